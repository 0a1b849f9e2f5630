// Timeline: dated facts as points (x: the date, stacked per date; the
// worker picks at most a few thousand, a layer across all dates at a time);
// clicking a point opens its sentence in the reader.
import { h } from '../dom.js';
import { t, viewName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

export function render(root, ctx) {
  const { dates, points, total } = ctx.summary.timeline;
  if (!points.length) { root.append(h('p', null, t('emptyView'))); return; }
  const el = h('div', { class: 'chart', id: 'chart-timeline' });
  const said = h('p', { class: 'picked ut', 'aria-live': 'polite' }, t('clickPoint'));
  root.append(ctx.chartBox('timeline', viewName('timeline'), el), said);
  if (total > points.length) root.append(h('p', { class: 'picked' }, t('firstOf', { n: points.length, total })));
  const column = new Map(dates.map((d, i) => [d, i]));
  // Many dates make the chart wider than its box: it scrolls sideways.
  ctx.charts.mount('timeline', el, {
    type: 'points', categories: dates, color: KIND_COLOURS.date,
    points: points.map((p) => [column.get(p.value) ?? 0, p.stack]),
    tip: (i) => `${points[i].value}  ${points[i].text}`,
  }, async (i) => {
    const point = points[i];
    const excerpt = await ctx.openFact(point.doc, point.fact);
    said.textContent = '';
    if (excerpt) said.append(`${point.value} — `, excerpt.sentence);
  });
}
