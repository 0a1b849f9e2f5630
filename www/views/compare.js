// Comparison of several documents: facts by kind per document, and each
// document's top keywords side by side.
import { h, table } from '../dom.js';
import { fitPx } from '../measure.js';
import { t, kindName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

const KINDS = ['date', 'quantity', 'percent', 'person', 'place', 'org', 'quote'];

export function render(root, ctx) {
  const docs = ctx.summary.documents.filter((d) => !d.error);
  if (docs.length < 2) { root.append(h('p', null, t('compareHint'))); return; }
  const el = h('div', { class: 'chart small', id: 'chart-compare' });
  root.append(ctx.chartBox('compare', t('facts'), el));
  const series = KINDS.map((k) => ({ name: kindName(k), color: KIND_COLOURS[k], values: docs.map((d) => d.factsByKind[k] || 0) }));
  ctx.charts.mount('compare', el, {
    type: 'bars', stacked: true, legend: true, integer: true,
    // Labels cut to 140 px (measure.js); the whole in the tooltip.
    categories: docs.map((d) => fitPx(d.name, 140)),
    series,
    stackTip: (i, se) => `${docs[i].name}\n${se.name}: ${se.values[i]}`,
  });
  const n = 10;
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push(docs.map((d) => {
      const w = d.keywords[i];
      return w ? h('button', { type: 'button', class: 'link ut', onclick: () => ctx.kwic(w) }, w) : '';
    }));
  }
  root.append(h('div', { class: 'scroll' }, table(docs.map((d) => d.name), rows, { class: 'compare' })));
}
