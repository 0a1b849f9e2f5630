// Timeline: every dated fact as a point (x: the date, stacked per date);
// clicking a point opens its sentence in the reader.
import { h } from '../dom.js';
import { t, viewName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

// Sort key: month-day-only dates (--03-08) sort by month and day after
// dates with a year? No: they sort by their own month-day, in a separate run
// after the full dates, so the axis reads left to right.
function key(v) { return v.startsWith('--') ? '~' + v : v; }

export function render(root, ctx) {
  const entries = (ctx.report.aggregates?.timeline || []).filter((e) => e.value);
  if (!entries.length) { root.append(h('p', null, t('emptyView'))); return; }
  const values = [...new Set(entries.map((e) => e.value))].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const stack = new Map();
  const points = entries.map((e) => {
    const n = (stack.get(e.value) || 0) + 1;
    stack.set(e.value, n);
    return { value: [e.value, n], name: e.text, doc: e.doc, fact: e.fact, sentence: e.sentence };
  });
  const el = h('div', { class: 'chart', id: 'chart-timeline' });
  const said = h('p', { class: 'picked ut', 'aria-live': 'polite' }, t('clickPoint'));
  root.append(ctx.chartBox('timeline', viewName('timeline'), el), said);
  ctx.charts.mount('timeline', el, {
    grid: { left: 40, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: values, axisLabel: { rotate: 40 } },
    yAxis: { type: 'value', minInterval: 1 },
    tooltip: { trigger: 'item', formatter: (p) => `${p.data.value[0]}  ${p.data.name}` },
    dataZoom: values.length > 30 ? [{ type: 'slider', bottom: 0 }] : [],
    series: [{ type: 'scatter', symbolSize: 12, itemStyle: { color: KIND_COLOURS.date }, data: points }],
  }, (p) => {
    said.textContent = '';
    said.append(`${p.data.value[0]} — `, p.data.sentence);
    ctx.openFact(p.data.doc, p.data.fact);
  });
}
