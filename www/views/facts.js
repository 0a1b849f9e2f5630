// Facts table, filterable by kind and document, a page at a time from the
// worker; each fact opens the reader with that fact highlighted in its
// sentence.
import { h } from '../dom.js';
import { t, kindName } from '../i18n.js';
import { pagedTable } from './paged.js';

const KINDS = ['date', 'quantity', 'percent', 'person', 'place', 'org', 'quote'];

export function details(f) {
  const parts = [];
  if (f.value !== undefined && f.value !== null) parts.push(`= ${f.value}`);
  // A day written alone: no value by the schema's conventions, its date
  // resolved from the dates around it.
  else if (f.resolved) parts.push(`≈ ${f.resolved}`);
  if (f.unit) parts.push(`${t('unit')} ${f.unit}`);
  if (f.approx && f.approx !== 'exact') parts.push(t(`approx_${f.approx}`));
  if (f.object) parts.push(`${t('object')} ${f.object}`);
  if (f.metric) parts.push(`${t('metric')} ${f.metric}`);
  if (f.title) parts.push(`${t('title_')} ${f.title}`);
  if (f.region) parts.push(`${t('region')} ${f.region}`);
  if (f.speaker) parts.push(`${t('speaker')} ${f.speaker}`);
  return parts.join(' · ');
}

export function render(root, ctx) {
  const { summary, state } = ctx;
  const kindSel = h('select', { id: 'facts-kind', 'aria-label': t('kind') },
    h('option', { value: '' }, t('all')), KINDS.map((k) => h('option', { value: k }, kindName(k))));
  const docSel = h('select', { id: 'facts-doc', 'aria-label': t('doc') },
    h('option', { value: '' }, t('all')), summary.documents.map((d, i) => h('option', { value: String(i) }, d.name)));
  kindSel.value = state.factKind || '';
  docSel.value = state.factDoc ?? '';
  const count = h('span', { class: 'count' });
  const holder = h('div', { class: 'scroll tall', id: 'facts-holder' });
  root.append(h('div', { class: 'toolbar' }, h('label', null, t('kind'), ' ', kindSel), h('label', null, t('doc'), ' ', docSel), count), holder);
  const draw = () => pagedTable(holder, {
    first: !kindSel.value && !docSel.value ? summary.first.facts : null,
    ask: (offset, limit) => ctx.query({ what: 'facts', kind: kindSel.value, doc: docSel.value, offset, limit }),
    headers: [t('kind'), t('text'), t('details'), t('doc')],
    attrs: { class: 'facts', id: 'facts-table' },
    onTotal: (n) => { count.textContent = `${n} ${t('facts')}`; },
    toRow: (f) => h('tr', { dataset: { kind: f.kind, doc: String(f.di), fact: String(f.fi) } },
      h('td', null, h('span', { class: `tag k-${f.kind}` }, kindName(f.kind))),
      h('td', null, h('button', { type: 'button', class: 'link ut fact-open', onclick: () => ctx.openFact(f.di, f.fi) }, f.text)),
      h('td', { class: 'ut' }, details(f)),
      h('td', { class: 'ut' }, f.doc)),
  });
  kindSel.addEventListener('change', () => { state.factKind = kindSel.value; draw(); });
  docSel.addEventListener('change', () => { state.factDoc = docSel.value; draw(); });
  return draw();
}
