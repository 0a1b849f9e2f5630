// The analysed report, held in the worker (never on the page): a 10 MB
// corpus makes a report of tens of megabytes (every document's text,
// sentences and facts), and parsing or cloning that on the UI thread would
// freeze the page for seconds. The page gets `summary()` — what the views
// draw, a few hundred kilobytes at most — and asks `query()` for the rest
// (a page of facts, a reader excerpt, concordance lines) when it shows it.
// Offsets the page slices text with are UTF-16 (`*_utf16`), as the wasm
// boundary gives them; a report file without them gets them here.
import { reportJson, factsCsv } from './share.js';
import { utf16Map } from './dom.js';

export const KINDS = ['date', 'quantity', 'percent', 'person', 'place', 'org', 'quote'];
const TOP_KEYWORDS = 40; // the keywords view draws 25 bars and a 40-word cloud
const DOC_KEYWORDS = 10; // the compare view's column per document
const TIMELINE_POINTS = 1000; // more points than this make one drawing a long task
const METRICS_ROWS = 60; // one labelled bar each: more make one drawing a long task
const NETWORK_EDGES = 120;
const KWIC_MAX = 2000;
const KWIC_WIDTH = 24;
const READER_WHOLE = 20000; // documents shorter than this (UTF-16 units) are shown whole
const READER_AROUND = 4; // otherwise, this many sentences either side
const PAGE_MAX = 2000; // rows per answer, whatever the page asks
const FIRST_PAGE = 300; // rows of each table in the summary (views/paged.js PAGE)

let report = null;
let gen = 0;
let maps = new Map(); // doc index -> code point → UTF-16 map (CSV export), built when needed

/** Fills in UTF-16 offsets for reports that came without them (a report file). */
export function normalise(r) {
  if (!r || !Array.isArray(r.documents)) throw new Error('not a wenxi report');
  r.aggregates = r.aggregates || {};
  for (const d of r.documents) {
    d.name = String(d.name ?? '');
    d.facts = Array.isArray(d.facts) ? d.facts : [];
    d.sentences = Array.isArray(d.sentences) ? d.sentences : [];
    d.paragraphs = Array.isArray(d.paragraphs) ? d.paragraphs : [];
    d.text = typeof d.text === 'string' ? d.text : '';
    const items = [...d.facts, ...d.sentences, ...d.paragraphs];
    if (items.some((x) => x.start_utf16 === undefined)) {
      const map = utf16Map(d.text);
      const at = (n) => map[Math.min(Math.max(0, n | 0), map.length - 1)];
      for (const x of items) { x.start_utf16 = at(x.start); x.end_utf16 = at(x.end); }
    }
  }
  return r;
}

/** Keeps `r` (normalised) as the current report, under the page's generation `g`; `errors` are files the core never saw. */
export function set(r, g, errors = []) {
  report = normalise(r);
  for (const e of errors) {
    report.documents.push({ name: e.name, encoding: '', chars: 0, error: e.error, facts: [], sentences: [], paragraphs: [], text: '' });
  }
  gen = g;
  maps = new Map();
}

export function generation() { return gen; }

const PROVINCE = /^(北京市|天津市|上海市|重庆市|.+?特别行政区|.+?自治区|.{2,3}?省)/;
export function province(region) {
  const m = PROVINCE.exec(region || '');
  return m ? m[1] : '';
}

// Dates with a year sort first; month-day-only dates (--03-08) after them.
function dateKey(v) { return v.startsWith('--') ? '~' + v : v; }
const byDate = (a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0);

/** Everything the views draw up front, small enough to post to the page. */
export function summary() {
  const agg = report.aggregates;
  const documents = report.documents.map((d) => {
    const factsByKind = {};
    for (const f of d.facts) factsByKind[f.kind] = (factsByKind[f.kind] || 0) + 1;
    return {
      name: d.name, encoding: d.encoding || '', chars: d.chars || 0, words: d.words || 0, error: d.error || null,
      facts: d.facts.length, factsByKind, keywords: (d.keywords?.tfidf || []).slice(0, DOC_KEYWORDS).map((w) => w.word),
    };
  });
  const kw = (list) => (list || []).slice(0, TOP_KEYWORDS).map((w) => ({ word: w.word, weight: w.weight }));

  // Timeline: every date on the axis; points taken a layer at a time across
  // dates (the first fact of each date, then the second, ...) up to the cap.
  const entries = (agg.timeline || []).filter((e) => e.value);
  const perDate = new Map();
  for (const e of entries) {
    if (!perDate.has(e.value)) perDate.set(e.value, []);
    perDate.get(e.value).push(e);
  }
  const dates = [...perDate.keys()].sort(byDate);
  const points = [];
  for (let layer = 0; points.length < TIMELINE_POINTS; layer++) {
    let any = false;
    for (const v of dates) {
      const e = perDate.get(v)[layer];
      if (!e) continue;
      any = true;
      points.push({ value: e.value, stack: layer + 1, text: e.text, doc: e.doc, fact: e.fact });
      if (points.length >= TIMELINE_POINTS) break;
    }
    if (!any) break;
  }

  const allEntities = agg.entities || [];
  const byProvince = new Map();
  const entityTotals = { person: 0, place: 0, org: 0 };
  for (const e of allEntities) {
    if (e.kind in entityTotals) entityTotals[e.kind]++;
    if (e.kind !== 'place') continue;
    const p = province(e.region);
    if (p) byProvince.set(p, (byProvince.get(p) || 0) + e.mentions);
  }

  const edges = (agg.cooccurrence || []).slice(0, NETWORK_EDGES);
  const wanted = new Set(edges.flatMap((e) => [e.a, e.b]));
  const nodes = new Map();
  for (const e of allEntities) if (wanted.has(e.name) && !nodes.has(e.name)) nodes.set(e.name, { name: e.name, kind: e.kind, mentions: e.mentions });
  for (const n of wanted) if (!nodes.has(n)) nodes.set(n, { name: n, kind: 'org', mentions: 1 });

  layoutNetwork([...nodes.values()], edges);

  let quoteCount = 0;
  for (const d of report.documents) for (const f of d.facts) if (f.kind === 'quote') quoteCount++;

  // The first page of every table and the default trend, so the first
  // drawing needs no round trip to this worker.
  const firstDoc = report.documents.findIndex((d) => !d.error);
  const trendDefault = {
    word: agg.keywords?.tfidf?.[0]?.word || '', mode: documents.filter((d) => !d.error).length > 1 ? 'docs' : 'sections', doc: firstDoc,
  };
  const first = {
    facts: facts({ kind: '', doc: '', offset: 0, limit: FIRST_PAGE }),
    person: entities({ kind: 'person', offset: 0, limit: FIRST_PAGE }),
    org: entities({ kind: 'org', offset: 0, limit: FIRST_PAGE }),
    place: entities({ kind: 'place', province: '', offset: 0, limit: FIRST_PAGE }),
    quotes: quotes({ offset: 0, limit: FIRST_PAGE }),
    trends: firstDoc >= 0 ? { ...trendDefault, ...trends(trendDefault) } : null,
  };

  return {
    gen,
    first,
    documents,
    factsByKind: agg.facts_by_kind || [],
    keywords: { tfidf: kw(agg.keywords?.tfidf), textrank: kw(agg.keywords?.textrank) },
    timeline: { dates, points, total: entries.length },
    metrics: { rows: (agg.metrics || []).slice(0, METRICS_ROWS), total: (agg.metrics || []).length },
    provinces: [...byProvince.entries()].sort((a, b) => b[1] - a[1]),
    entityTotals,
    network: { nodes: [...nodes.values()], edges: edges.map((e) => ({ a: e.a, b: e.b, weight: e.weight })) },
    quotes: quoteCount,
  };
}

/**
 * Places the network's nodes (x, y) with a force-directed layout
 * (Fruchterman–Reingold, with a strong pull to the centre so that separate
 * clusters stay near the main one instead of drifting to the edges).
 * ECharts' own force layout runs on the page's thread, every step
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

const page = (rows, q) => {
  const offset = Math.max(0, q.offset | 0);
  const limit = Math.min(PAGE_MAX, Math.max(1, q.limit | 0 || 300));
  return { total: rows.length, offset, rows: rows.slice(offset, offset + limit) };
};

function factRow(d, di, f, fi) {
  const { kind, text, value, unit, approx, object, metric, title, region, speaker } = f;
  return { di, fi, doc: d.name, kind, text, value, unit, approx, object, metric, title, region, speaker };
}

/** Facts, filtered by `kind` and document `doc` ('' for all): one page. */
function facts(q) {
  const rows = [];
  report.documents.forEach((d, di) => {
    if (q.doc !== '' && q.doc !== undefined && q.doc !== null && +q.doc !== di) return;
    d.facts.forEach((f, fi) => { if (!q.kind || f.kind === q.kind) rows.push([d, di, f, fi]); });
  });
  const p = page(rows, q);
  return { ...p, rows: p.rows.map((r) => factRow(...r)) };
}

/** Entities of one kind (in the core's order, most mentioned first), optionally of one province. */
function entities(q) {
  const rows = (report.aggregates.entities || [])
    .filter((e) => e.kind === q.kind && (!q.province || province(e.region) === q.province));
  const p = page(rows, q);
  return {
    ...p,
    rows: p.rows.map((e) => ({ name: e.name, title: e.title || '', region: e.region || '', mentions: e.mentions,
      docs: (e.docs || []).map((i) => report.documents[i]?.name ?? String(i)) })),
  };
}

/** Quotes with their speaker and how many quotes that speaker has. */
function quotes(q) {
  const rows = [];
  const bySpeaker = new Map();
  report.documents.forEach((d, di) => d.facts.forEach((f, fi) => {
    if (f.kind !== 'quote') return;
    rows.push({ di, fi, doc: d.name, speaker: f.speaker || '', text: f.text });
    if (f.speaker) bySpeaker.set(f.speaker, (bySpeaker.get(f.speaker) || 0) + 1);
  }));
  const p = page(rows, q);
  return { ...p, rows: p.rows.map((r) => ({ ...r, speakerQuotes: r.speaker ? bySpeaker.get(r.speaker) : 0 })) };
}

/** Concordance: every occurrence of `word` (up to KWIC_MAX), sorted by document, left or right context. */
function kwic(q) {
  const word = String(q.word || '');
  const hits = [];
  let total = 0;
  if (word) {
    report.documents.forEach((d, di) => {
      const text = d.text || '';
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
        total++;
        if (hits.length >= KWIC_MAX) continue;
        hits.push({
          di, doc: d.name, start: i, end: i + word.length,
          left: text.slice(Math.max(0, i - KWIC_WIDTH), i).replace(/\s+/g, ' '),
          right: text.slice(i + word.length, i + word.length + KWIC_WIDTH).replace(/\s+/g, ' '),
        });
      }
    });
  }
  const rev = (s) => [...s].reverse().join('');
  if (q.sort === 'left') {
    const keyed = hits.map((x) => [rev(x.left), x]);
    keyed.sort((a, b) => a[0].localeCompare(b[0], 'zh'));
    return { total, hits: keyed.map(([, x]) => x) };
  }
  if (q.sort === 'right') hits.sort((a, b) => a.right.localeCompare(b.right, 'zh'));
  return { total, hits };
}

function count(text, word, from = 0, to = text.length) {
  let n = 0;
  let i = text.indexOf(word, from);
  while (i >= 0 && i + word.length <= to) { n++; i = text.indexOf(word, i + word.length); }
  return n;
}

/** A word's frequency per document (`mode: 'docs'`) or per tenth of document `doc` ('sections'). */
function trends(q) {
  const word = String(q.word || '');
  const labels = [];
  const values = [];
  if (q.mode === 'docs') {
    for (const d of report.documents) { labels.push(d.name); values.push(word ? count(d.text || '', word) : 0); }
  } else {
    const d = report.documents[+q.doc] || report.documents.find((x) => !x.error);
    const text = d?.text || '';
    const n = 10;
    const step = Math.max(1, Math.ceil(text.length / n));
    for (let s = 0; s < n && s * step < text.length; s++) {
      labels.push(`§${s + 1}`);
      values.push(word ? count(text, word, s * step, Math.min(text.length, (s + 1) * step)) : 0);
    }
  }
  return { labels, values };
}

/**
 * The reader's excerpt of document `doc` around fact `fact`, or around the
 * UTF-16 range [start, end): the text cut into runs, each plain or a marked
 * fact (the target first; other facts where they do not overlap a mark).
 */
function reader(q) {
  const d = report.documents[q.doc];
  if (!d) return null;
  const fact = q.fact !== undefined && q.fact !== null ? d.facts[q.fact] : null;
  if (q.fact !== undefined && q.fact !== null && !fact) return null;
  const start = fact ? fact.start_utf16 : +q.start;
  const end = fact ? fact.end_utf16 : +q.end;
  const text = d.text || '';
  let from = 0;
  let to = text.length;
  if (text.length > READER_WHOLE) {
    const sents = d.sentences;
    let s = sents.findIndex((x) => x.start_utf16 <= start && start < x.end_utf16);
    if (s < 0) s = 0;
    from = sents[Math.max(0, s - READER_AROUND)]?.start_utf16 ?? Math.max(0, start - 500);
    to = sents[Math.min(sents.length - 1, s + READER_AROUND)]?.end_utf16 ?? Math.min(text.length, end + 500);
    from = Math.min(from, start);
    to = Math.max(to, end);
  }
  const marks = [{ start, end, kind: fact ? fact.kind : 'hit', current: true }];
  for (const f of d.facts) {
    if (f.end_utf16 <= from || f.start_utf16 >= to) continue;
    if (marks.some((m) => f.start_utf16 < m.end && m.start < f.end_utf16)) continue;
    marks.push({ start: f.start_utf16, end: f.end_utf16, kind: f.kind });
  }
  marks.sort((a, b) => a.start - b.start);
  const runs = [];
  let at = from;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) runs.push({ text: text.slice(at, m.start) });
    runs.push({ text: text.slice(m.start, m.end), kind: m.kind, current: !!m.current });
    at = m.end;
  }
  if (to > at) runs.push({ text: text.slice(at, to) });
  let sentence = '';
  const s = fact ? d.sentences[fact.sentence] : null;
  if (s) sentence = text.slice(s.start_utf16, s.end_utf16);
  return { name: d.name, cutBefore: from > 0, cutAfter: to < text.length, runs, sentence };
}

/** The whole report for download: JSON as the CLI prints it, or the facts as CSV. */
function exportBlob(q) {
  if (q.format === 'csv') {
    const sentenceOf = (d, di, f) => {
      const s = d.sentences[f.sentence];
      if (!s || !d.text) return '';
      // Code-point offsets: sliced through one UTF-16 map per document.
      if (!maps.has(di)) maps.set(di, utf16Map(d.text));
      const map = maps.get(di);
      const at = (n) => map[Math.min(Math.max(0, n | 0), map.length - 1)];
      return d.text.slice(at(s.start), at(s.end));
    };
    return factsCsv(report, sentenceOf);
  }
  return reportJson(report);
}

const QUERIES = { facts, entities, quotes, kwic, trends, reader, export: exportBlob };

/** Answers query `q` ({what, ...}) about the current report. */
export function query(q) {
  if (!report) return null;
  const fn = QUERIES[q.what];
  if (!fn) throw new Error(`unknown query ${q.what}`);
  return fn(q);
}
