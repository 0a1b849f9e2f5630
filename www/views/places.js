// Places: mentions by province (bar chart, no boundary map) and every place
// with its administrative path.
import { h, fmtNum, table } from '../dom.js';
import { t } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

const PROVINCE = /^(北京市|天津市|上海市|重庆市|.+?特别行政区|.+?自治区|.{2,3}?省)/;

export function province(region) {
  const m = PROVINCE.exec(region || '');
  return m ? m[1] : '';
}

export function render(root, ctx) {
  const places = (ctx.report.aggregates?.entities || []).filter((e) => e.kind === 'place');
  if (!places.length) { root.append(h('p', null, t('emptyView'))); return; }
  const by = new Map();
  for (const p of places) {
    const prov = province(p.region);
    if (!prov) continue;
    by.set(prov, (by.get(prov) || 0) + p.mentions);
  }
  const provs = [...by.entries()].sort((a, b) => b[1] - a[1]);
  const el = h('div', { class: 'chart small', id: 'chart-places' });
  root.append(ctx.chartBox('places', t('province'), el));
  const filterNote = h('p', { class: 'picked' });
  const tbody = h('div', { class: 'scroll tall' });
  const show = (prov) => {
    const rows = places.filter((p) => !prov || province(p.region) === prov).map((p) => [
      h('button', { type: 'button', class: 'link ut', onclick: () => ctx.kwic(p.name) }, p.name),
      h('span', { class: 'ut' }, p.region || '—'), fmtNum(p.mentions), docList(ctx, p.docs)]);
    tbody.replaceChildren(table([t('text'), t('region'), t('mentions'), t('documents')], rows, { class: 'places' }));
    filterNote.textContent = prov ? `${t('province')}: ${prov}` : '';
  };
  root.append(filterNote, tbody);
  show('');
  ctx.charts.mount('places', el, {
    grid: { left: 40, right: 20, top: 20, bottom: 70 },
    xAxis: { type: 'category', data: provs.map(([p]) => p), axisLabel: { rotate: 40, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    tooltip: { trigger: 'item' },
    series: [{ type: 'bar', data: provs.map(([, n]) => n), itemStyle: { color: KIND_COLOURS.place } }],
  }, (p) => show(p.name));
}

export function docList(ctx, docs) {
  return (docs || []).map((i) => ctx.report.documents[i]?.name ?? i).join('、');
}
