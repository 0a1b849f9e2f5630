// Trends: a word's or entity's frequency across documents, or across
// sections of one long document.
import { h } from '../dom.js';
import { t, viewName } from '../i18n.js';

function count(text, word, from = 0, to = text.length) {
  let n = 0;
  let i = text.indexOf(word, from);
  while (i >= 0 && i + word.length <= to) { n++; i = text.indexOf(word, i + word.length); }
  return n;
}

export function render(root, ctx) {
  const { report, state } = ctx;
  const docs = report.documents.filter((d) => !d.error);
  if (!docs.length) { root.append(h('p', null, t('emptyView'))); return; }
  const defaultWord = report.aggregates?.keywords?.tfidf?.[0]?.word || '';
  const input = h('input', { type: 'search', id: 'trend-word', value: state.trendWord || defaultWord, 'aria-label': t('trendWord') });
  const mode = h('select', { id: 'trend-mode', 'aria-label': t('byDoc') },
    h('option', { value: 'docs' }, t('byDoc')), h('option', { value: 'sections' }, t('bySection')));
  const docSel = h('select', { 'aria-label': t('doc') }, report.documents.map((d, i) => h('option', { value: String(i) }, d.name)));
  mode.value = state.trendMode || (docs.length > 1 ? 'docs' : 'sections');
  docSel.value = String(state.trendDoc ?? report.documents.findIndex((d) => !d.error));
  const el = h('div', { class: 'chart small', id: 'chart-trends' });
  root.append(h('form', { class: 'toolbar', onsubmit: (e) => { e.preventDefault(); draw(); } },
    h('label', null, t('trendWord'), ' ', input), mode, docSel, h('button', { type: 'submit' }, '⏎')),
  ctx.chartBox('trends', viewName('trends'), el));
  const draw = () => {
    const word = input.value.trim();
    state.trendWord = word; state.trendMode = mode.value; state.trendDoc = +docSel.value;
    docSel.hidden = mode.value !== 'sections';
    let labels = []; let values = [];
    if (mode.value === 'docs') {
      labels = report.documents.map((d) => d.name);
      values = report.documents.map((d) => (word ? count(d.text || '', word) : 0));
    } else {
      const d = report.documents[+docSel.value] || docs[0];
      const text = d.text || '';
      const n = 10;
      const step = Math.max(1, Math.ceil(text.length / n));
      for (let s = 0; s < n && s * step < text.length; s++) {
        labels.push(`§${s + 1}`);
        values.push(word ? count(text, word, s * step, Math.min(text.length, (s + 1) * step)) : 0);
      }
    }
    ctx.charts.mount('trends', el, {
      grid: { left: 40, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 20, width: 120, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { trigger: 'item' },
      series: [{ type: mode.value === 'docs' ? 'bar' : 'line', name: word, data: values, itemStyle: { color: '#e15759' } }],
    }, () => word && ctx.kwic(word));
  };
  mode.addEventListener('change', draw);
  docSel.addEventListener('change', draw);
  draw();
}
