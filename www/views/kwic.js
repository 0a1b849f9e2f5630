// KWIC concordance: every occurrence of a word in context, sortable by the
// left or the right context. Clicking a line opens the reader there.
import { h, inert } from '../dom.js';
import { t } from '../i18n.js';

const WIDTH = 24;
const MAX = 2000;

export function find(report, word) {
  const hits = [];
  if (!word) return hits;
  report.documents.forEach((d, di) => {
    const text = d.text || '';
    let i = text.indexOf(word);
    while (i >= 0 && hits.length < MAX) {
      hits.push({
        di, start: i, end: i + word.length,
        left: text.slice(Math.max(0, i - WIDTH), i).replace(/\s+/g, ' '),
        right: text.slice(i + word.length, i + word.length + WIDTH).replace(/\s+/g, ' '),
      });
      i = text.indexOf(word, i + word.length);
    }
  });
  return hits;
}

export function render(root, ctx) {
  const { state } = ctx;
  const input = h('input', { type: 'search', id: 'kwic-word', value: state.kwicWord || '', placeholder: t('kwicHint'), 'aria-label': t('word') });
  const sort = h('select', { id: 'kwic-sort', 'aria-label': t('sortLeft') },
    h('option', { value: 'doc' }, t('doc')), h('option', { value: 'left' }, t('sortLeft')), h('option', { value: 'right' }, t('sortRight')));
  sort.value = state.kwicSort || 'doc';
  const count = h('span', { class: 'count', 'aria-live': 'polite' });
  const out = h('div', { class: 'scroll tall kwic', id: 'kwic-lines' });
  root.append(h('form', { class: 'toolbar', onsubmit: (e) => { e.preventDefault(); draw(); } }, input, sort, h('button', { type: 'submit' }, '⏎'), count), out);
  const draw = () => {
    state.kwicWord = input.value.trim();
    state.kwicSort = sort.value;
    const hits = find(ctx.report, state.kwicWord);
    const rev = (s) => [...s].reverse().join('');
    if (sort.value === 'left') hits.sort((a, b) => rev(a.left).localeCompare(rev(b.left), 'zh'));
    if (sort.value === 'right') hits.sort((a, b) => a.right.localeCompare(b.right, 'zh'));
    count.textContent = state.kwicWord ? (hits.length ? t('hits', { n: hits.length }) : t('noHits')) : '';
    out.replaceChildren(...hits.map((x) => h('div', { class: 'line', role: 'button', tabindex: '0',
      onclick: () => ctx.openAt(x.di, x.start, x.end),
      onkeydown: (e) => { if (e.key === 'Enter') ctx.openAt(x.di, x.start, x.end); } },
    h('span', { class: 'l ut' }, inert(x.left)), h('mark', { class: 'kw ut' }, inert(state.kwicWord)), h('span', { class: 'r ut' }, inert(x.right)),
    h('span', { class: 'src ut' }, ctx.report.documents[x.di].name))));
  };
  input.addEventListener('input', () => { clearTimeout(input._t); input._t = setTimeout(draw, 200); });
  sort.addEventListener('change', draw);
  draw();
}
