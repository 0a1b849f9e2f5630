// Comparison of several documents: facts by kind per document, and each
// document's top keywords side by side.
import { h, table, inert } from '../dom.js';
import { fitPx } from '../measure.js';
import { t, kindName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

const KINDS = ['date', 'quantity', 'percent', 'person', 'place', 'org', 'quote'];

export function render(root, ctx) {
  const docs = ctx.summary.documents.filter((d) => !d.error);
  if (docs.length < 2) { root.append(h('p', null, t('compareHint'))); return; }
  const el = h('div', { class: 'chart small', id: 'chart-compare' });
  root.append(ctx.chartBox('compare', t('facts'), el));
  ctx.charts.mount('compare', el, {
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 60 },
    // Labels cut here (measure.js): ECharts' truncation measures each character.
    xAxis: { type: 'category', data: docs.map((d) => fitPx(d.name, 140)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value' },
    tooltip: { trigger: 'item', formatter: (p) => `${inert(docs[p.dataIndex].name)}\n${p.seriesName}: ${p.value}` },
    series: KINDS.map((k) => ({
      type: 'bar', name: kindName(k), stack: 'facts', itemStyle: { color: KIND_COLOURS[k] },
      data: docs.map((d) => d.factsByKind[k] || 0),
    })),
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
