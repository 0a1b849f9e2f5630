// Metrics: every percentage that names the rate it measures, as a bar.
import { h, inert } from '../dom.js';
import { t } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';
import { fitPx } from '../measure.js';

export function render(root, ctx) {
  const { rows, total } = ctx.summary.metrics;
  if (!rows.length) { root.append(h('p', null, t('emptyView'))); return; }
  const el = h('div', { class: 'chart', id: 'chart-metrics' });
  root.append(ctx.chartBox('metrics', t('metric'), el));
  if (total > rows.length) root.append(h('p', { class: 'picked' }, t('firstOf', { n: rows.length, total })));
  el.style.height = `${Math.max(200, rows.length * 28 + 60)}px`;
  const full = rows.map((m) => `${m.subject ? m.subject + ' ' : ''}${m.metric}`);
  ctx.charts.mount('metrics', el, {
    grid: { left: 160, right: 50, top: 10, bottom: 30 },
    xAxis: { type: 'value', max: (v) => Math.max(100, v.max), axisLabel: { formatter: '{value}%' } },
    // Labels cut to the axis's 150 px here (measure.js), not by ECharts.
    yAxis: { type: 'category', data: full.map((l) => fitPx(l, 150)), inverse: true, axisLabel: { interval: 0 } },
    tooltip: { trigger: 'item', formatter: (p) => `${inert(full[p.dataIndex])}: ${p.value}%` },
    series: [{
      type: 'bar',
      data: rows.map((m) => ({ value: m.value, doc: m.doc, fact: m.fact })),
      itemStyle: { color: KIND_COLOURS.percent },
      label: { show: true, position: 'right', formatter: '{c}%' },
    }],
  }, (p) => ctx.openFact(p.data.doc, p.data.fact));
}
