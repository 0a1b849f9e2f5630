// Entity co-occurrence network: people, places and organisations named in the
// same sentence (the strongest edges, with their nodes placed by the worker).
// Clicking a node opens it in the concordance.
import { h, fmtNum } from '../dom.js';
import { t, kindName, viewName } from '../i18n.js';
import { KIND_COLOURS } from '../charts.js';

export function render(root, ctx) {
  const { nodes, edges } = ctx.summary.network;
  if (!edges.length) { root.append(h('p', null, t('emptyView'))); return; }
  const kinds = ['person', 'place', 'org'];

  const el = h('div', { class: 'chart tall', id: 'chart-network' });
  root.append(ctx.chartBox('network', viewName('network'), el));
  // Placed by the core (src/explore/layout.rs): a force layout here would
  // run on the page's thread.
  ctx.charts.mount('network', el, {
    type: 'graph',
    legend: kinds.map((k) => ({ name: kindName(k), color: KIND_COLOURS[k] })),
    nodes: nodes.map((n) => ({
      name: n.name, x: n.x, y: n.y, r: Math.min(20, 4 + Math.sqrt(n.mentions) * 2.5), color: KIND_COLOURS[n.kind],
      tip: `${n.name} (${kindName(n.kind)}): ${fmtNum(n.mentions)}`,
    })),
    edges: edges.map((e) => ({ a: e.a, b: e.b, width: Math.min(6, e.weight) })),
  }, (i) => ctx.kwic(nodes[i].name));
}
