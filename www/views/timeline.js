// Timeline: dated facts as points (x: the date, stacked per date; the
// worker picks at most a few thousand, a layer across all dates at a time);
// clicking a point opens its sentence in the reader.
import { h, inert } from '../dom.js';
import { t, viewName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

const DATES_SHOWN = 120;

export function render(root, ctx) {
  const { dates, points, total } = ctx.summary.timeline;
  if (!points.length) { root.append(h('p', null, t('emptyView'))); return; }
  const el = h('div', { class: 'chart', id: 'chart-timeline' });
  const said = h('p', { class: 'picked ut', 'aria-live': 'polite' }, t('clickPoint'));
  root.append(ctx.chartBox('timeline', viewName('timeline'), el), said);
  if (total > points.length) root.append(h('p', { class: 'picked' }, t('firstOf', { n: points.length, total })));
  ctx.charts.mount('timeline', el, {
    grid: { left: 40, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: dates, axisLabel: { rotate: 40 } },
    yAxis: { type: 'value', minInterval: 1 },
    tooltip: { trigger: 'item', formatter: (p) => `${p.value[0]}  ${inert(points[p.dataIndex].text)}` },
    // Many dates: a window of the first DATES_SHOWN, the slider for the rest
    // (laying out hundreds of axis labels at once is a long task).
    dataZoom: dates.length > 30 ? [{ type: 'slider', bottom: 0, startValue: 0, endValue: Math.min(dates.length, DATES_SHOWN) - 1 }] : [],
    series: [{
      type: 'scatter', symbolSize: 12, itemStyle: { color: KIND_COLOURS.date },
      // Plain [date, stack] pairs: ECharts stores them as columns, where
      // objects (with a name, a document, a fact each) cost it a model per
      // point; the rest is looked up by index.
      data: points.map((p) => [p.value, p.stack]),
    }],
  }, async (p) => {
    const point = points[p.dataIndex];
    const excerpt = await ctx.openFact(point.doc, point.fact);
    said.textContent = '';
    if (excerpt) said.append(`${point.value} — `, excerpt.sentence);
  });
}
