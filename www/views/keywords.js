// Keywords: bar chart and word cloud, TF-IDF or TextRank, over the corpus.
// Clicking a word opens it in the concordance.
import { h } from '../dom.js';
import { t } from '../i18n.js';

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
  const max = Math.max(...list.map((w) => w.weight)) || 1;
  const palette = ['#4e79a7', '#f28e2b', '#e15759', '#2a9d8f', '#59a14f', '#b8860b', '#b07aa1'];
  ctx.charts.mount('keywords-cloud', cloudEl, {
    tooltip: { trigger: 'item' },
    series: [{
      type: 'wordCloud',
      shape: 'circle',
      gridSize: 4,
      sizeRange: [16, 72],
      rotationRange: [0, 0],
      width: '100%',
      height: '100%',
      drawOutOfBound: false,
      layoutAnimation: false,
      textStyle: { color: (p) => palette[p.dataIndex % palette.length] },
      data: list.map((w) => ({ name: w.word, value: Math.max(1, Math.round((w.weight / max) * 100)) })),
    }],
  }, (p) => ctx.kwic(p.name));
}
