// Places: mentions by province (bar chart, no boundary map) and every place
// with its administrative path, a page at a time from the worker. Clicking
// a province lists its places.
import { h, fmtNum } from '../dom.js';
import { t } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';
import { pagedTable } from './paged.js';

export function render(root, ctx) {
  const { provinces, entityTotals } = ctx.summary;
  if (!entityTotals.place) { root.append(h('p', null, t('emptyView'))); return; }
  const el = h('div', { class: 'chart small', id: 'chart-places' });
  root.append(ctx.chartBox('places', t('province'), el));
  const filterNote = h('p', { class: 'picked' });
  const holder = h('div', { class: 'scroll tall' });
  const show = (prov) => {
    filterNote.textContent = prov ? `${t('province')}: ${prov}` : '';
    return pagedTable(holder, {
      first: prov ? null : ctx.summary.first.place,
      ask: (offset, limit) => ctx.query({ what: 'entities', kind: 'place', province: prov, offset, limit }),
      headers: [t('text'), t('region'), t('mentions'), t('documents')], attrs: { class: 'places' },
      toRow: (p) => [h('button', { type: 'button', class: 'link ut', onclick: () => ctx.kwic(p.name) }, p.name),
        h('span', { class: 'ut' }, p.region || '—'), fmtNum(p.mentions), p.docs.join('、')],
    });
  };
  root.append(filterNote, holder);
  ctx.charts.mount('places', el, {
    type: 'bars', rotate: 40, integer: true,
    categories: provinces.map(([p]) => p),
    series: [{ values: provinces.map(([, n]) => n), color: KIND_COLOURS.place }],
    tip: (i) => `${provinces[i][0]}: ${fmtNum(provinces[i][1])}`,
  }, (i) => show(provinces[i][0]));
  show('');
}
