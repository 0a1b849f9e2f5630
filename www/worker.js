// The analyzer's worker: loads the wasm (and its dictionary) once, runs
// analyses one file at a time, posting progress, and then KEEPS the report
// (in the wasm; store.js asks it): the page gets a small summary of it and
// asks for the rest when it shows it. The page cancels a job by terminating this worker and
// starting a new one; a wasm trap (panic, out of memory) is reported with
// the file that caused it, and the page restarts the worker the same way.
//
// Protocol (page → worker):
//   {type: 'analyze', id, gen, files: [{name, bytes: ArrayBuffer, encoding}], errors: [{name, error}],
//      stopwords: string|null, userdict: string}
//        analyse `files` into the report of generation `gen`; `errors` are
//        files the page refused (too big) or that trapped the wasm before,
//        listed after the analysed ones
//   {type: 'load', id, gen, bytes: ArrayBuffer}
//        a report file (JSON) exported earlier becomes the report of `gen`
//   {type: 'query', id, gen, q: {what, ...}}
//        a question about report `gen` (store.js `query`, answered by the
//        core's src/explore): facts, entities, quotes, kwic, trends, reader,
//        export. Offsets are UTF-16 units and say so: kwic hits carry
//        `start_utf16`/`end_utf16`, and the reader opens at a fact
//        (`doc`, `fact`) or at a range (`doc`, `start_utf16`, `end_utf16`)
//   {type: 'cut', id, text}
// (worker → page):
//   {type: 'ready', ms, stopwords, timings}   once, after the dictionary is built
//   {type: 'progress', id, done, total, name} before each file and at the end
//   {type: 'result', id, summary, ms, wasmBytes, summaryChars, finishMs, summaryMs}
//        the report is kept here; `summary` is what the views draw
//        (store.js `summary`); wasm heap size; the summary's JSON size, the
//        time the core took to aggregate the corpus and to summarise it
//   {type: 'result', id, notReport: true}     a 'load' whose bytes are not a report
//   {type: 'answer', id, result, stale}       `stale`: the report is no longer `gen`
//   {type: 'crash', id, name, index, message} the wasm trapped on file `name`; this worker is dead
//   {type: 'cut', id, offsets: Uint32Array}
//   {type: 'fatal', message}                  the module could not load
// Every message to the page is small (no report text, no full fact list):
// cloning a big one would block the page's thread as long as parsing it.
//
// The words worker: files analysed on two cores. A second instance of this
// module, started by this one as a nested worker named WORDS_WORKER, gets
// the same bytes and does part of the work, so the report is the same
// either way (tests/wasm.rs, tests/e2e/words-worker.test.mjs):
// - of a drop of one big file, it tags the second half of its lines and
//   sends the tokens over while this worker tags the first half (`open`);
//   this worker joins them (`close`) and extracts the facts;
// - of a drop of many files, it tags all of each file while this worker
//   extracts the facts of the one before;
// - and it makes each file's word aggregates (word counts, top words,
//   keywords: TextRank is most of it), which read only words, not facts
//   (`complete`).
// It has its own analyzer, built once this worker has been idle for a
// moment, so it never slows start-up or a first drop; a job that starts
// before it is ready, or a machine with one core, does without it. It dies
// with this worker (the page's cancel).
// (this worker → words worker):
//   {type: 'words', id, name, bytes: ArrayBuffer, encoding, all, stopwords, userdict}
//        `all`: tag every line, else the second half
// (words worker → this worker):
//   {type: 'ready'}                      its analyzer is built and warm
//   {type: 'part', id, part: Uint32Array} its lines' tokens, packed
//        (segment::Tagged::pack); empty if the text is not cut
//   {type: 'words', id, wire, wasmBytes} `wire`: WordAggregates::to_wire, '' if
//        not decodable, null if it failed (it then stops being asked)
import init, { WasmAnalyzer, last_panic } from 'wenxi-wasm';
import * as store from './store.js';

const WORDS_WORKER = 'wenxi-words';
const isWordsWorker = self.name === WORDS_WORKER;
// A file dropped alone and smaller than this goes whole through this
// worker: cut in two, it would save less than sending it over costs.
const WORDS_WORKER_MIN_BYTES = 256 * 1024;
// How long this worker stays idle after its warm-up before it starts the
// words worker (whose start-up would otherwise share the cores with a
// first drop's analysis and charts).
const WORDS_WORKER_AFTER_MS = 1000;

let analyzer = null;
let memory = null; // the wasm heap: it only grows, so its size is the peak
let dead = false;
const queue = [];

async function start() {
  const t0 = performance.now();
  try {
    // The code and the dictionary download in parallel; the dictionary is
    // its own asset so the server compresses it and the cache keeps it.
    // init() compiles while the wasm streams in (application/wasm).
    let compiled = 0;
    let fetched = 0;
    const [wasm, dict] = await Promise.all([
      init({ module_or_path: new URL('./wenxi_bg.wasm', import.meta.url) }).then((w) => { compiled = performance.now(); return w; }),
      fetch(new URL('./jieba-dict.wxd', import.meta.url)).then((r) => {
        if (!r.ok) throw new Error(`dictionary: HTTP ${r.status}`);
        return r.arrayBuffer();
      }).then((b) => { fetched = performance.now(); return b; }),
    ]);
    memory = wasm.memory;
    const b0 = performance.now();
    analyzer = new WasmAnalyzer(new Uint8Array(dict));
    const built = performance.now();
    if (isWordsWorker) {
      warmUpWords();
      postMessage({ type: 'ready' });
      while (queue.length) enqueue(queue.shift());
      return;
    }
    postMessage({
      type: 'ready', ms: built - t0, stopwords: WasmAnalyzer.default_stopwords(),
      timings: { workerStart: t0, wasmMs: compiled - t0, dictMs: fetched - t0, buildMs: built - b0 },
    });
  } catch (e) {
    dead = true;
    postMessage({ type: 'fatal', message: String(e && e.message || e) });
    return;
  }
  if (queue.length) while (queue.length) enqueue(queue.shift());
  else warmUp();
  if ((navigator.hardwareConcurrency || 1) > 1) idleThenStartWordsWorker();
}

// One small analysis right after start-up, before any file arrives: the
// engine compiles the analysis code on its first run and the core fills its
// lazy tables (the IDF index, the script table), which otherwise cost the
// user's first drop 100–200 ms. A file dropped meanwhile waits for it.
const WARM_UP_TEXT = '新华社北京3月8日电（记者王明）截至3月8日，全省规模以上工业企业复工率达到95.2％，'
  + '约有120万名工人返岗。省经济和信息化厅厅长李华说：“我们将继续加大支持力度。”'
  + '据国家统计局介绍，一季度产值同比增长3.5个百分点，上海、广州两地的工厂已恢复生产。';

function warmUp() {
  try {
    analyzer.begin();
    analyzer.add('warm-up.txt', new TextEncoder().encode(WARM_UP_TEXT), undefined);
    conclude(0, []);
    analyzer.begin(); // forget it
    store.set(null, 0);
  } catch (e) {
    console.warn('warm-up failed', e);
  }
}

// ---- the words worker, seen from this one -------------------------------

let wordsWorker = null;
let wordsReady = false;
let wordsGone = false; // it failed: asked no more (answers come as null at once)
let wordsTimer = 0;
let wordsHeap = 0; // the words worker's wasm heap, as it last reported it
let nextWordsId = 0;
const wordsWaiting = new Map(); // id → {part, wire}: resolve(answer | null)
const NO_PART = new Uint32Array(0);

/** Starts the words worker once this one has been idle WORDS_WORKER_AFTER_MS. */
function idleThenStartWordsWorker() {
  clearTimeout(wordsTimer);
  if (wordsWorker || dead) return;
  wordsTimer = setTimeout(() => { if (!busy) startWordsWorker(); else idleThenStartWordsWorker(); }, WORDS_WORKER_AFTER_MS);
}

function startWordsWorker() {
  // This worker's side of the two-core path, warmed up the same way, twice
  // (in Node 87 and 26 ms; it leaves the report alone): the first helped
  // round of the bench took 712 ms without, 633 with.
  try {
    for (let i = 0; i < 2; i++) analyzer.rehearse(WARM_UP_LINES);
  } catch (e) {
    console.warn('warm-up failed', e);
  }
  try {
    wordsWorker = new Worker(new URL(import.meta.url), { type: 'module', name: WORDS_WORKER });
  } catch (e) {
    console.warn('no words worker', e);
    return;
  }
  const giveUp = () => {
    wordsReady = false;
    wordsGone = true;
    for (const waiting of wordsWaiting.values()) { waiting.part(null); waiting.wire(null); }
    wordsWaiting.clear();
  };
  wordsWorker.onmessage = ({ data }) => {
    if (data.type === 'ready') wordsReady = true;
    else if (data.type === 'part') wordsWaiting.get(data.id)?.part(data.part);
    else if (data.type === 'words') {
      if (data.wasmBytes) wordsHeap = data.wasmBytes;
      if (data.wire == null) giveUp();
      const waiting = wordsWaiting.get(data.id);
      wordsWaiting.delete(data.id);
      waiting?.part(null); // if it never came
      waiting?.wire(data.wire ?? null);
    } else if (data.type === 'fatal') giveUp();
  };
  wordsWorker.onerror = (ev) => { ev.preventDefault(); giveUp(); };
}

/**
 * Asks the words worker for its part of a file's tagging (`all` its lines,
 * or the second half) and for its word aggregates: promises of each, or of null.
 */
function askWords(f, msg, all) {
  const id = ++nextWordsId;
  const waiting = {};
  const answer = {
    part: new Promise((resolve) => { waiting.part = resolve; }),
    wire: new Promise((resolve) => { waiting.wire = resolve; }),
  };
  if (wordsGone) {
    waiting.part(null);
    waiting.wire(null);
    return answer;
  }
  wordsWaiting.set(id, waiting);
  // A copy of the bytes: this worker analyses them too.
  wordsWorker.postMessage({ type: 'words', id, name: f.name, bytes: f.bytes, encoding: f.encoding || '', all,
    stopwords: msg.stopwords ?? null, userdict: msg.userdict || '' });
  return answer;
}

// ---- the words worker itself -------------------------------------------

let wordsSettings = { stopwords: null, userdict: '' };

// The words worker's warm-up, some 40 ms while the page is idle (in Node:
// 26, 7, 3, 3, 3 ms): a text of many lines, cut in two like a big file,
// five times, so the engine has optimised its loops before the first big
// file (a function's first long calls run in the engine's quick first-tier
// code). Measured on the 5.5 MB bench corpus: after one warm-up of 200
// lines, the first big file waited 96 ms for the words worker's half and
// took 704 ms, the next ones 578–631; after these, the first took 603.
const WARM_UP_LINES = new TextEncoder().encode(`${WARM_UP_TEXT}\n`.repeat(300));
const WARM_UP_ROUNDS = 5;

function warmUpWords() {
  try {
    for (let i = 0; i < WARM_UP_ROUNDS; i++) analyzer.word_aggregates_split('warm-up.txt', WARM_UP_LINES, undefined, false, () => {});
  } catch (e) {
    console.warn('warm-up failed', e);
  }
}

function answerWords(msg) {
  if (dead) {
    postMessage({ type: 'words', id: msg.id, wire: null });
    return;
  }
  try {
    if (msg.stopwords !== wordsSettings.stopwords) analyzer.set_stopwords(msg.stopwords ?? undefined);
    if (msg.userdict !== wordsSettings.userdict) analyzer.set_user_dict(msg.userdict);
    wordsSettings = { stopwords: msg.stopwords, userdict: msg.userdict };
    const sendPart = (part) => postMessage({ type: 'part', id: msg.id, part }, [part.buffer]);
    const wire = analyzer.word_aggregates_split(msg.name, new Uint8Array(msg.bytes), msg.encoding || undefined, !!msg.all, sendPart);
    postMessage({ type: 'words', id: msg.id, wire, wasmBytes: memory.buffer.byteLength });
  } catch (e) {
    dead = true; // a trapped instance is not asked again
    console.warn('words worker:', panicMessage(e));
    postMessage({ type: 'words', id: msg.id, wire: null });
  }
}

/** Aggregates the documents added, lists the files the core never saw, keeps the report as `gen`, summarises it. */
function conclude(gen, errors) {
  const f0 = performance.now();
  analyzer.finish();
  const finishMs = performance.now() - f0;
  for (const e of errors) analyzer.add_refused(e.name, e.error);
  store.set(analyzer, gen);
  const s0 = performance.now();
  const { summary, chars } = store.summary();
  return { summary, summaryChars: chars, finishMs, summaryMs: performance.now() - s0 };
}

function panicMessage(e) {
  let msg = '';
  try { msg = last_panic(); } catch { /* the instance may be unusable */ }
  return msg || String(e && e.message || e);
}

async function analyze(msg) {
  const t0 = performance.now();
  const { id, files } = msg;
  let current = '';
  let index = -1;
  // Files the words worker helps with: [index, file, promise of the word aggregates' wire].
  const helped = [];
  let waitMs = 0; // this worker waiting for the words worker
  // It takes every file of a drop of many, tagging all of each (and making
  // its word aggregates) while this worker extracts the facts of the one
  // before; of a drop of one big file, the second half of its lines.
  const many = wordsReady && files.length > 1;
  const asks = [];
  const ask = (i) => { if (i < files.length && !asks[i]) asks[i] = askWords(files[i], msg, many); return asks[i]; };
  try {
    // The previous report goes first: the settings allocated while it
    // still held the heap would sit in the middle of its freed space and
    // split it (measured: 17 MB more wasm heap on a second 5.5 MB run).
    analyzer.begin();
    analyzer.set_stopwords(msg.stopwords ?? undefined);
    analyzer.set_user_dict(msg.userdict || '');
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      current = f.name;
      index = i;
      postMessage({ type: 'progress', id, done: i, total: files.length, name: f.name });
      if (many || (wordsReady && f.bytes.byteLength >= WORDS_WORKER_MIN_BYTES)) {
        // Asked first, so both work at once; the next file too, so the
        // words worker is never idle, and never more than one ahead.
        const answer = ask(i);
        if (many) ask(i + 1);
        analyzer.open(f.name, new Uint8Array(f.bytes), f.encoding || undefined, many);
        const w0 = performance.now();
        const part = await answer.part;
        waitMs += performance.now() - w0;
        const at = analyzer.close(part || NO_PART);
        helped.push([at, f, answer.wire]);
      } else {
        analyzer.add(f.name, new Uint8Array(f.bytes), f.encoding || undefined);
      }
    }
    for (const [at, f, wire] of helped) {
      current = f.name;
      index = files.indexOf(f);
      const w0 = performance.now();
      const w = await wire;
      waitMs += performance.now() - w0;
      if (w == null || !analyzer.complete(at, w)) analyzer.complete_here(at, new Uint8Array(f.bytes), f.encoding || undefined);
    }
    current = '';
    index = -1;
    postMessage({ type: 'progress', id, done: files.length, total: files.length, name: '' });
    const done = conclude(msg.gen, msg.errors || []);
    postMessage({ type: 'result', id, ...done, ms: performance.now() - t0, wasmBytes: memory.buffer.byteLength,
      helped: helped.length, waitMs, wordsWasmBytes: wordsHeap });
  } catch (e) {
    dead = true;
    postMessage({ type: 'crash', id, name: current, index, message: panicMessage(e) });
  }
}

function load(msg) {
  try {
    analyzer.load(new Uint8Array(msg.bytes));
  } catch {
    postMessage({ type: 'result', id: msg.id, notReport: true });
    return;
  }
  store.set(analyzer, msg.gen);
  postMessage({ type: 'result', id: msg.id, summary: store.summary().summary, ms: 0 });
}

function answer(msg) {
  if (msg.gen !== store.generation()) {
    postMessage({ type: 'answer', id: msg.id, result: null, stale: true });
    return;
  }
  let result = null;
  try {
    result = store.query(msg.q);
  } catch (e) {
    console.warn(e);
  }
  postMessage({ type: 'answer', id: msg.id, result });
}

function handle(msg) {
  if (dead) return undefined;
  if (msg.type === 'analyze') return analyze(msg);
  else if (msg.type === 'load') load(msg);
  else if (msg.type === 'query') answer(msg);
  else if (msg.type === 'cut') {
    try {
      const offsets = analyzer.cut(msg.text);
      postMessage({ type: 'cut', id: msg.id, offsets }, [offsets.buffer]);
    } catch (e) {
      dead = true;
      postMessage({ type: 'crash', id: msg.id, name: '', message: panicMessage(e) });
    }
  }
}

// Jobs run one after another: an analysis awaits the words worker, and a
// message arriving meanwhile waits for it as it would for a synchronous one.
let busy = false;
let chain = Promise.resolve();
function enqueue(msg) {
  if (isWordsWorker) {
    if (msg.type === 'words') answerWords(msg);
    return;
  }
  chain = chain.then(async () => {
    busy = true;
    try { await handle(msg); } finally {
      busy = false;
      if (!wordsWorker && (navigator.hardwareConcurrency || 1) > 1) idleThenStartWordsWorker();
    }
  });
}

onmessage = (ev) => {
  if (!analyzer) queue.push(ev.data);
  else enqueue(ev.data);
};

start();
