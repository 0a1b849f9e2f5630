// Trends: a word's or entity's frequency across documents, or across
// sections of one long document (counted by the worker).
import { h } from '../dom.js';
import { fitPx } from '../measure.js';
import { t, viewName } from '../i18n.js';

export function render(root, ctx) {
  const { summary, state } = ctx;
  const docs = summary.documents.filter((d) => !d.error);
  if (!docs.length) { root.append(h('p', null, t('emptyView'))); return undefined; }
  const defaultWord = summary.keywords.tfidf[0]?.word || '';
  const input = h('input', { type: 'search', id: 'trend-word', value: state.trendWord || defaultWord, 'aria-label': t('trendWord') });
  const mode = h('select', { id: 'trend-mode', 'aria-label': t('byDoc') },
    h('option', { value: 'docs' }, t('byDoc')), h('option', { value: 'sections' }, t('bySection')));
  const docSel = h('select', { 'aria-label': t('doc') }, summary.documents.map((d, i) => h('option', { value: String(i) }, d.name)));
  mode.value = state.trendMode || (docs.length > 1 ? 'docs' : 'sections');
  docSel.value = String(state.trendDoc ?? summary.documents.findIndex((d) => !d.error));
  const el = h('div', { class: 'chart small', id: 'chart-trends' });
  root.append(h('form', { class: 'toolbar', onsubmit: (e) => { e.preventDefault(); draw(); } },
    h('label', null, t('trendWord'), ' ', input), mode, docSel, h('button', { type: 'submit' }, '⏎')),
  ctx.chartBox('trends', viewName('trends'), el));
  let asked = 0;
  const draw = () => {
    const word = input.value.trim();
    state.trendWord = word; state.trendMode = mode.value; state.trendDoc = +docSel.value;
    docSel.hidden = mode.value !== 'sections';
    const mine = ++asked;
    const q = { word, mode: mode.value, doc: +docSel.value };
    // The default trend comes with the summary: no round trip.
    const pre = summary.first.trends;
    if (pre && pre.word === q.word && pre.mode === q.mode && pre.doc === q.doc) return show(pre);
    return ctx.query({ what: 'trends', ...q }).then((ans) => { if (mine === asked && ans) show(ans); });
  };
  const show = (ans) => {
    const word = ans.word ?? input.value.trim();
    ctx.charts.mount('trends', el, {
      type: 'bars', line: mode.value !== 'docs', rotate: 20, integer: true,
      // Labels cut to 120 px (measure.js); the whole in the tooltip.
      categories: ans.labels.map((l) => fitPx(l, 120)),
      series: [{ name: word, values: ans.values, color: '#e15759' }],
      tip: (i) => `${ans.labels[i]}: ${ans.values[i]}`,
    }, () => word && ctx.kwic(word));
  };
  mode.addEventListener('change', draw);
  docSel.addEventListener('change', draw);
  return draw();
}
