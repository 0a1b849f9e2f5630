// The reader: a document's text around a fact (or a concordance hit), with
// facts marked displaCy-style and coloured by kind. Text is sliced by UTF-16
// offsets from the wasm boundary and inserted as text nodes.
import { h, clear } from '../dom.js';
import { t, kindName } from '../i18n.js';

const WHOLE = 20000; // documents shorter than this (UTF-16 units) are shown whole
const AROUND = 4; // otherwise, this many sentences either side

/** Shows document `di` with the range [start, end) (UTF-16) highlighted; `factIdx` if it is a fact. */
export function show(dialog, ctx, di, start, end, factIdx) {
  const d = ctx.report.documents[di];
  const text = d.text || '';
  let from = 0;
  let to = text.length;
  if (text.length > WHOLE) {
    const sents = d.sentences || [];
    let s = sents.findIndex((x) => x.start_utf16 <= start && start < x.end_utf16);
    if (s < 0) s = 0;
    from = sents[Math.max(0, s - AROUND)]?.start_utf16 ?? Math.max(0, start - 500);
    to = sents[Math.min(sents.length - 1, s + AROUND)]?.end_utf16 ?? Math.min(text.length, end + 500);
  }
  // The marks: the target first, then other facts that do not overlap a mark.
  const marks = [{ start, end, kind: factIdx !== undefined ? d.facts[factIdx].kind : 'hit', current: true }];
  for (const f of d.facts || []) {
    if (f.end_utf16 <= from || f.start_utf16 >= to) continue;
    if (marks.some((m) => f.start_utf16 < m.end && m.start < f.end_utf16)) continue;
    marks.push({ start: f.start_utf16, end: f.end_utf16, kind: f.kind });
  }
  marks.sort((a, b) => a.start - b.start);
  const body = dialog.querySelector('.reader-text');
  clear(body);
  let at = from;
  if (from > 0) body.append('… ');
  for (const m of marks) {
    if (m.start < at) continue;
    body.append(text.slice(at, m.start));
    body.append(h('mark', { class: `ent k-${m.kind}${m.current ? ' current' : ''}`, dataset: { kind: m.kind } },
      h('span', { class: 't' }, text.slice(m.start, m.end)),
      m.kind === 'hit' ? null : h('span', { class: 'lbl', 'aria-hidden': 'true' }, kindName(m.kind))));
    at = m.end;
  }
  body.append(text.slice(at, to));
  if (to < text.length) body.append(' …');
  dialog.querySelector('.reader-title').textContent = d.name;
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
