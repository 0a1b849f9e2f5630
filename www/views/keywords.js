// Keywords: bar chart and word cloud, TF-IDF or TextRank, over the corpus.
// Clicking a word opens it in the concordance.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { layoutCloud } from '../cloud.js';

export function render(root, ctx) {
  const method = ctx.state.kwMethod;
  const list = ctx.summary.keywords[method] || [];
  const radios = ['tfidf', 'textrank'].map((m) => {
    const input = h('input', { type: 'radio', name: 'kw-method', value: m, checked: m === method });
    input.addEventListener('change', () => ctx.set({ kwMethod: m }));
    return h('label', null, input, ' ', t(m));
  });
  const edit = h('button', { type: 'button', onclick: () => ctx.openSettings() }, t('stopwords'));
  root.append(h('div', { class: 'toolbar' }, h('fieldset', null, h('legend', null, t('method')), radios), edit));
  if (!list.length) { root.append(h('p', null, t('emptyView'))); return; }
  const barEl = h('div', { class: 'chart tall', id: 'chart-keywords-bar' });
  const cloudEl = h('div', { class: 'chart tall', id: 'chart-keywords-cloud' });
  root.append(h('div', { class: 'two' }, ctx.chartBox('keywords-bar', t('bar'), barEl), ctx.chartBox('keywords-cloud', t('cloud'), cloudEl)));
  const top = list.slice(0, 25);
  ctx.charts.mount('keywords-bar', barEl, {
    grid: { left: 90, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: top.map((w) => w.word), inverse: true, axisLabel: { interval: 0 } },
    tooltip: { trigger: 'item' },
    series: [{ type: 'bar', data: top.map((w) => ({ name: w.word, value: +w.weight.toFixed(4) })), itemStyle: { color: '#4e79a7' } }],
  }, (p) => ctx.kwic(p.name));
  // The cloud is laid out here (cloud.js) and drawn as a scatter of labels
  // on hidden axes spanning the box in pixels: hover, click and the PNG/SVG
  // exports work as on every other chart.
  const width = cloudEl.clientWidth || 600;
  const height = cloudEl.clientHeight || 480;
  const palette = ['#4e79a7', '#f28e2b', '#e15759', '#2a9d8f', '#59a14f', '#b8860b', '#b07aa1'];
  const words = layoutCloud(list.map((w) => ({ word: w.word, weight: w.weight })), width, height, { minSize: 14, maxSize: 64 });
  const axis = (max, inverse) => ({ type: 'value', min: 0, max, inverse, show: false });
  ctx.charts.mount('keywords-cloud', cloudEl, {
    grid: { left: 0, right: 0, top: 0, bottom: 0 },
    xAxis: axis(width, false),
    yAxis: axis(height, true),
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${p.data.weight.toFixed(4)}` },
    series: [{
      type: 'scatter',
      symbol: 'rect',
      itemStyle: { color: 'rgba(0,0,0,0)' },
      data: words.map((w, i) => ({
        name: w.word, value: [w.x, w.y], weight: w.weight, symbolSize: [w.width, w.height],
        label: { show: true, position: 'inside', formatter: '{b}', fontSize: w.size, color: palette[i % palette.length] },
      })),
    }],
  }, (p) => ctx.kwic(p.name));
}
