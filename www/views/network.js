// Entity co-occurrence network: people, places and organisations named in the
// same sentence (the strongest edges, with their nodes placed by the worker).
// Clicking a node opens it in the concordance.
import { h } from '../dom.js';
import { t, kindName, viewName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

export function render(root, ctx) {
  const { nodes, edges } = ctx.summary.network;
  if (!edges.length) { root.append(h('p', null, t('emptyView'))); return; }
  const kinds = ['person', 'place', 'org'];
  const data = nodes.map((n) => ({
    name: n.name, value: n.mentions, category: kinds.indexOf(n.kind), x: n.x, y: n.y,
    symbolSize: Math.min(40, 8 + Math.sqrt(n.mentions) * 5),
  }));
  const el = h('div', { class: 'chart tall', id: 'chart-network' });
  root.append(ctx.chartBox('network', viewName('network'), el));
  ctx.charts.mount('network', el, {
    tooltip: { trigger: 'item' },
    // The force layout may push nodes under the legend: give it a backdrop
    // (legends draw above series) so it stays readable.
    legend: { data: kinds.map(kindName), top: 0, left: 0, padding: 6, backgroundColor: 'rgba(255,255,255,0.9)', borderRadius: 4 },
    series: [{
      type: 'graph',
      // Laid out by the worker (store.js layoutNetwork): a force layout here
      // would run on the page's thread, half a second in one task.
      layout: 'none',
      roam: true,
      draggable: true,
      top: 40, bottom: 20, left: 20, right: 80,
      label: { show: true, position: 'right', fontSize: 11 },
      categories: kinds.map((k) => ({ name: kindName(k), itemStyle: { color: KIND_COLOURS[k] } })),
      data,
      links: edges.map((e) => ({ source: e.a, target: e.b, value: e.weight, lineStyle: { width: Math.min(6, e.weight) } })),
      lineStyle: { color: '#999', opacity: 0.6 },
    }],
  }, (p) => { if (p.dataType === 'node') ctx.kwic(p.name); });
}
