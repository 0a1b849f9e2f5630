// Overview: counts, facts by kind, and every file with its encoding (and an
// override that re-runs it) and its error, if any.
import { h, fmtNum, table } from '../dom.js';
import { t, kindName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

export function render(root, ctx) {
  const { summary } = ctx;
  const docs = summary.documents;
  const ok = docs.filter((d) => !d.error);
  const sum = (k) => ok.reduce((n, d) => n + (d[k] || 0), 0);
  root.append(h('div', { class: 'stats' },
    stat(t('documents'), docs.length), stat(t('characters'), sum('chars')), stat(t('words'), sum('words')), stat(t('facts'), sum('facts'))));

  const byKind = summary.factsByKind;
  const chartEl = h('div', { class: 'chart small', id: 'chart-kinds', role: 'img', 'aria-label': t('facts') });
  root.append(ctx.chartBox('kinds', t('facts'), chartEl));
  ctx.charts.mount('kinds', chartEl, {
    type: 'bars', across: true, labels: true, integer: true, labelWidth: 80,
    categories: byKind.map(([k]) => kindName(k)),
    series: [{ values: byKind.map(([, n]) => n), colors: byKind.map(([k]) => KIND_COLOURS[k]) }],
    format: fmtNum,
    tip: (i) => `${kindName(byKind[i][0])}: ${fmtNum(byKind[i][1])}`,
  }, (i) => ctx.filterFacts({ kind: byKind[i][0] }));

  const rows = docs.map((d, i) => {
    const sel = h('select', { 'aria-label': `${t('encoding')} ${d.name}`, dataset: { doc: String(i) } },
      ctx.encodings.map((e) => h('option', { value: e }, e || t('auto'))));
    sel.value = ctx.state.overrides[d.name] || '';
    sel.addEventListener('change', () => ctx.setEncoding(d.name, sel.value));
    return h('tr', { class: d.error ? 'err' : '' },
      h('td', { class: 'ut' }, d.name),
      h('td', null, d.encoding || '—', ' ', sel),
      h('td', null, fmtNum(d.chars)),
      h('td', null, fmtNum(d.words)),
      h('td', null, fmtNum(d.facts)),
      h('td', { class: 'ut doc-error' }, d.error || ''));
  });
  root.append(h('h3', null, t('files')),
    h('div', { class: 'scroll' }, table([t('doc'), t('encoding'), t('characters'), t('words'), t('facts'), t('error')], rows, { class: 'files' })));
}

function stat(label, n) {
  return h('div', { class: 'stat' }, h('div', { class: 'num' }, fmtNum(n)), h('div', { class: 'lbl' }, label));
}
