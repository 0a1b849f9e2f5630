// KWIC concordance: every occurrence of a word in context, sortable by the
// left or the right context (found and sorted by the worker). Clicking a
// line opens the reader there.
import { h, inert } from '../dom.js';
import { t } from '../i18n.js';

export function render(root, ctx) {
  const { state } = ctx;
  const input = h('input', { type: 'search', id: 'kwic-word', value: state.kwicWord || '', placeholder: t('kwicHint'), 'aria-label': t('word') });
  const sort = h('select', { id: 'kwic-sort', 'aria-label': t('sortLeft') },
    h('option', { value: 'doc' }, t('doc')), h('option', { value: 'left' }, t('sortLeft')), h('option', { value: 'right' }, t('sortRight')));
  sort.value = state.kwicSort || 'doc';
  const count = h('span', { class: 'count', 'aria-live': 'polite' });
  const out = h('div', { class: 'scroll tall kwic', id: 'kwic-lines' });
  root.append(h('form', { class: 'toolbar', onsubmit: (e) => { e.preventDefault(); draw(); } }, input, sort, h('button', { type: 'submit' }, '⏎'), count), out);
  let asked = 0;
  const draw = async () => {
    state.kwicWord = input.value.trim();
    state.kwicSort = sort.value;
    const word = state.kwicWord;
    if (!word) { out.replaceChildren(); count.textContent = ''; return; }
    const mine = ++asked;
    out.setAttribute('aria-busy', 'true');
    const ans = await ctx.query({ what: 'kwic', word, sort: sort.value });
    if (mine !== asked) return;
    out.removeAttribute('aria-busy');
    if (!ans) return;
    count.textContent = ans.total ? t('hits', { n: ans.total }) : t('noHits');
    out.replaceChildren(...ans.hits.map((x) => h('div', { class: 'line', role: 'button', tabindex: '0',
      onclick: () => ctx.openAt(x.di, x.start_utf16, x.end_utf16),
      onkeydown: (e) => { if (e.key === 'Enter') ctx.openAt(x.di, x.start_utf16, x.end_utf16); } },
    h('span', { class: 'l ut' }, inert(x.left)), h('mark', { class: 'kw ut' }, inert(x.word ?? word)), h('span', { class: 'r ut' }, inert(x.right)),
    h('span', { class: 'src ut' }, x.doc))));
  };
  input.addEventListener('input', () => { clearTimeout(input._t); input._t = setTimeout(draw, 200); });
  sort.addEventListener('change', draw);
  return draw();
}
