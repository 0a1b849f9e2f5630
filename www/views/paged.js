// A table filled a page at a time from the worker: the first page when the
// view renders, the next one when asked (the "+N" button). The holder is
// aria-busy while a page is on its way.
import { h } from '../dom.js';

export const PAGE = 300;

/**
 * Fills `holder` with a table: `ask(offset, limit)` resolves to
 * {total, rows} (or null: the report is gone), `toRow(row)` makes a <tr> or
 * an array of cells; `first`, if given, is the first page already at hand
 * (then the table is filled synchronously). Returns the first answer (or a
 * promise of it).
 */
export function pagedTable(holder, { ask, first, headers, toRow, attrs, onTotal }) {
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'more', hidden: true });
  holder.replaceChildren(h('table', attrs, h('thead', null, h('tr', null, headers.map((x) => h('th', { scope: 'col' }, x)))), tbody), more);
  const token = {};
  holder._paged = token;
  let shown = 0;
  const add = (ans) => {
    for (const r of ans.rows) {
      const row = toRow(r);
      tbody.append(row instanceof Node ? row : h('tr', null, row.map((c) => h('td', null, c))));
    }
    shown += ans.rows.length;
    more.hidden = shown >= ans.total;
    more.textContent = `+${Math.min(PAGE, ans.total - shown)}`;
    if (onTotal) onTotal(ans.total);
    return ans;
  };
  const load = async () => {
    holder.setAttribute('aria-busy', 'true');
    more.disabled = true;
    const ans = await ask(shown, PAGE);
    if (holder._paged !== token) return null; // refilled meanwhile
    holder.removeAttribute('aria-busy');
    more.disabled = false;
    return ans ? add(ans) : null;
  };
  more.addEventListener('click', load);
  // The first page may come with the summary: drawn at once, no round trip.
  return first ? add(first) : load();
}
