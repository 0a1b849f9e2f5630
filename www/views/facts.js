// Facts table, filterable by kind and document; each fact opens the reader
// with that fact highlighted in its sentence.
import { h, table } from '../dom.js';
import { t, kindName } from '../i18n.js';

const KINDS = ['date', 'quantity', 'percent', 'person', 'place', 'org', 'quote'];
const PAGE = 300;

export function details(f) {
  const parts = [];
  if (f.value !== undefined && f.value !== null) parts.push(`= ${f.value}`);
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
  const { report, state } = ctx;
  const kindSel = h('select', { id: 'facts-kind', 'aria-label': t('kind') },
    h('option', { value: '' }, t('all')), KINDS.map((k) => h('option', { value: k }, kindName(k))));
  const docSel = h('select', { id: 'facts-doc', 'aria-label': t('doc') },
    h('option', { value: '' }, t('all')), report.documents.map((d, i) => h('option', { value: String(i) }, d.name)));
  kindSel.value = state.factKind || '';
  docSel.value = state.factDoc ?? '';
  const count = h('span', { class: 'count' });
  const holder = h('div', { class: 'scroll tall' });
  root.append(h('div', { class: 'toolbar' }, h('label', null, t('kind'), ' ', kindSel), h('label', null, t('doc'), ' ', docSel), count), holder);
  let limit = PAGE;
  const draw = () => {
    const rows = [];
    report.documents.forEach((d, di) => {
      if (docSel.value !== '' && String(di) !== docSel.value) return;
      (d.facts || []).forEach((f, fi) => {
        if (kindSel.value && f.kind !== kindSel.value) return;
        rows.push({ d, di, f, fi });
      });
    });
    count.textContent = `${rows.length} ${t('facts')}`;
    const shown = rows.slice(0, limit).map(({ d, di, f, fi }) => h('tr', { dataset: { kind: f.kind, doc: String(di), fact: String(fi) } },
      h('td', null, h('span', { class: `tag k-${f.kind}` }, kindName(f.kind))),
      h('td', null, h('button', { type: 'button', class: 'link ut fact-open', onclick: () => ctx.openFact(di, fi) }, f.text)),
      h('td', { class: 'ut' }, details(f)),
      h('td', { class: 'ut' }, d.name)));
    const tbl = table([t('kind'), t('text'), t('details'), t('doc')], shown, { class: 'facts', id: 'facts-table' });
    holder.replaceChildren(tbl);
    if (rows.length > limit) {
      holder.append(h('button', { type: 'button', onclick: () => { limit += PAGE; draw(); } }, `+${Math.min(PAGE, rows.length - limit)}`));
    }
  };
  kindSel.addEventListener('change', () => { state.factKind = kindSel.value; limit = PAGE; draw(); });
  docSel.addEventListener('change', () => { state.factDoc = docSel.value; limit = PAGE; draw(); });
  draw();
}
