// The reader: a document's text around a fact (or a concordance hit), with
// facts marked displaCy-style and coloured by kind. The core cuts the
// excerpt (src/explore `reader`, in UTF-16 units as JS slices) into
// runs; they go in here as text nodes, bidi controls made visible (after
// cutting, so offsets stay exact).
import { h, clear, inert } from '../dom.js';
import { t, kindName } from '../i18n.js';

/** Shows an excerpt {name, cutBefore, cutAfter, runs: [{text, kind?, current?}]}. */
export function show(dialog, excerpt) {
  const body = dialog.querySelector('.reader-text');
  clear(body);
  if (excerpt.cutBefore) body.append('… ');
  for (const r of excerpt.runs) {
    if (!r.kind) { body.append(inert(r.text)); continue; }
    body.append(h('mark', { class: `ent k-${r.kind}${r.current ? ' current' : ''}`, dataset: { kind: r.kind } },
      h('span', { class: 't' }, r.text),
      r.kind === 'hit' ? null : h('span', { class: 'lbl', 'aria-hidden': 'true' }, kindName(r.kind))));
  }
  if (excerpt.cutAfter) body.append(' …');
  dialog.querySelector('.reader-title').textContent = excerpt.name;
  if (!dialog.open) dialog.showModal();
  const cur = body.querySelector('mark.current');
  if (cur) cur.scrollIntoView({ block: 'center' });
}

export function create(onClose) {
  const dlg = h('dialog', { id: 'reader', 'aria-labelledby': 'reader-title' },
    h('div', { class: 'reader-head' },
      h('h2', { id: 'reader-title', class: 'reader-title ut' }),
      h('button', { type: 'button', class: 'close', onclick: () => dlg.close() }, t('close'))),
    h('div', { class: 'reader-text ut', tabindex: '0' }));
  dlg.addEventListener('close', () => onClose && onClose());
  dlg.addEventListener('click', (e) => { if (e.target === dlg) dlg.close(); });
  return dlg;
}
