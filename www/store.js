// The analysed report, held in the wasm (src/explore/), never on the
// page nor as a JS object: a 10 MB corpus makes a report of tens of
// megabytes (every document's text, sentences and facts). The core answers
// from it in small JSON strings: `summary()` — what the views draw, a few
// hundred kilobytes at most — and `query()` for the rest (a page of facts,
// a reader excerpt, concordance lines) when the page shows it. Offsets the
// page slices text with are UTF-16 units (`*_utf16`). One thing stays here
// because it needs the browser: the concordance's sort (the browser's
// Chinese collation).

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
  return { summary: { gen, ...JSON.parse(json) }, chars: json.length };
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
