// Metrics: every percentage that names the rate it measures, as a bar.
import { h } from '../dom.js';
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
    type: 'bars', across: true, labels: true, max: 100, labelWidth: 160,
    // Labels cut to the axis's 150 px (measure.js); the whole in the tooltip.
    categories: full.map((l) => fitPx(l, 150)),
    series: [{ values: rows.map((m) => m.value), color: KIND_COLOURS.percent }],
    format: (v) => `${v}%`,
    tip: (i) => `${full[i]}: ${rows[i].value}%`,
  }, (i) => ctx.openFact(rows[i].doc, rows[i].fact));
}
