// The analysed report, held in the wasm (src/explore/), never on the
// page nor as a JS object: a 10 MB corpus makes a report of tens of
// megabytes (every document's text, sentences and facts). The core answers
// from it in small JSON strings: `summary()` — what the views draw, a few
// hundred kilobytes at most — and `query()` for the rest (a page of facts,
// a reader excerpt, concordance lines) when the page shows it. Offsets the
// page slices text with are UTF-16 units (`*_utf16`). Two things stay here
// because they need the browser or are only about drawing: the
// concordance's sort (the browser's Chinese collation) and the network's
// layout.

let analyzer = null; // the WasmAnalyzer that holds the report
let gen = 0;

/** The report is now the one `a` holds (after finish or load), under the page's generation `g`. */
export function set(a, g) {
  analyzer = a;
  gen = g;
}

export function generation() { return gen; }

/** Everything the views draw up front, small enough to post to the page; `chars` is the JSON's size. */
export function summary() {
  const json = analyzer.summary();
  const s = JSON.parse(json);
  layoutNetwork(s.network.nodes, s.network.edges);
  return { summary: { gen, ...s }, chars: json.length };
}

/**
 * Places the network's nodes (x, y) with a force-directed layout
 * (Fruchterman–Reingold, with a strong pull to the centre so that separate
 * clusters stay near the main one instead of drifting to the edges).
 * A force layout in the chart (ECharts', used before) ran on the page's thread, every step
 * re-laying out the chart: half a second in one task. Here it costs the
 * worker a few milliseconds, and the chart draws the positions as given.
 * Deterministic: the same report gives the same picture.
 */
export function layoutNetwork(nodes, edges, iterations = 100) {
  const n = nodes.length;
  if (!n) return;
  const index = new Map(nodes.map((node, i) => [node.name, i]));
  const links = edges.map((e) => [index.get(e.a), index.get(e.b)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const size = 1000;
  const k = size / Math.sqrt(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) { // a sunflower spiral: spread out, no randomness
    const r = size * 0.45 * Math.sqrt((i + 0.5) / n);
    const a = i * 2.399963;
    x[i] = r * Math.cos(a);
    y[i] = r * Math.sin(a);
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ex = x[i] - x[j];
        const ey = y[i] - y[j];
        const d2 = Math.max(1e-2, ex * ex + ey * ey);
        const f = (k * k) / d2; // repulsion k²/d, along the unit vector (e/d)
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const [a, b] of links) {
      const ex = x[a] - x[b];
      const ey = y[a] - y[b];
      const d = Math.max(1e-2, Math.hypot(ex, ey));
      const f = d / k; // attraction d²/k, along the unit vector
      dx[a] -= ex * f; dy[a] -= ey * f;
      dx[b] += ex * f; dy[b] += ey * f;
    }
    const temp = (size / 10) * (1 - it / iterations) + 1;
    for (let i = 0; i < n; i++) {
      dx[i] -= x[i] * 1.0;
      dy[i] -= y[i] * 1.0;
      const d = Math.max(1e-9, Math.hypot(dx[i], dy[i]));
      const step = Math.min(d, temp);
      x[i] += (dx[i] / d) * step;
      y[i] += (dy[i] / d) * step;
    }
  }
  for (let i = 0; i < n; i++) { nodes[i].x = Math.round(x[i]); nodes[i].y = Math.round(y[i]); }
}

// ---------------------------------------------------------------- queries

/** Concordance lines, sorted by document (as found), or by left or right context. */
function kwic(q) {
  const ans = JSON.parse(analyzer.query(JSON.stringify({ what: 'kwic', word: q.word })));
  const rev = (s) => [...s].reverse().join('');
  if (q.sort === 'left') {
    const keyed = ans.hits.map((x) => [rev(x.left), x]);
    keyed.sort((a, b) => a[0].localeCompare(b[0], 'zh'));
    return { total: ans.total, hits: keyed.map(([, x]) => x) };
  }
  if (q.sort === 'right') ans.hits.sort((a, b) => a.right.localeCompare(b.right, 'zh'));
  return ans;
}

/** The whole report for download: JSON as the CLI prints it, or the facts as CSV. */
function exportBlob(q) {
  if (q.format === 'csv') return new Blob([analyzer.export_csv()], { type: 'text/csv;charset=utf-8' });
  return new Blob([analyzer.export_json()], { type: 'application/json' });
}

/** Answers query `q` ({what, ...}) about the current report. */
export function query(q) {
  if (!analyzer) return null;
  if (q.what === 'kwic') return kwic(q);
  if (q.what === 'export') return exportBlob(q);
  if (!['facts', 'entities', 'quotes', 'trends', 'reader'].includes(q.what)) throw new Error(`unknown query ${q.what}`);
  return JSON.parse(analyzer.query(JSON.stringify(q)));
}
