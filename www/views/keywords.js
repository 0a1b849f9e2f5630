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
    type: 'bars', across: true, labelWidth: 90,
    categories: top.map((w) => w.word),
    series: [{ values: top.map((w) => +w.weight.toFixed(4)), color: '#4e79a7' }],
    tip: (i) => `${top[i].word}: ${top[i].weight.toFixed(4)}`,
  }, (i) => ctx.kwic(top[i].word));
  // The cloud is laid out here (cloud.js), in the box's pixels, at every size the box takes.
  const palette = ['#4e79a7', '#f28e2b', '#e15759', '#2a9d8f', '#59a14f', '#b8860b', '#b07aa1'];
  let words = [];
  ctx.charts.mount('keywords-cloud', cloudEl, (width, height) => {
    words = layoutCloud(list.map((w) => ({ word: w.word, weight: w.weight })), width, height, { minSize: 14, maxSize: 64 });
    return {
      type: 'cloud',
      words: words.map((w, i) => ({
        text: w.word, x: w.x, y: w.y, size: w.size, color: palette[i % palette.length], tip: `${w.word}: ${w.weight.toFixed(4)}`,
      })),
    };
  }, (i) => ctx.kwic(words[i].word));
}
