// The browser half of `make bench`: wenxi in its Web Worker against npm
// jieba-wasm 2.4.0 and Intl.Segmenter on the same text, in one headless
// Chromium session, rounds interleaved, medians reported; then start-up,
// long tasks and memory of the real page (dist/), and the size of every file
// dist/ serves. Prints a table, then `name=value` lines. Nothing here is
// asserted: figures are for reading and for comparing across commits.
//
// usage: node bench/browser.mjs CORPUS.txt [ROUNDS]
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.join(root, 'dist');
const jiebaDir = path.join(root, 'node_modules/jieba-wasm/pkg/web');
const [corpusPath, roundsArg] = process.argv.slice(2);
if (!corpusPath) throw new Error('usage: node bench/browser.mjs CORPUS.txt [ROUNDS]');
const ROUNDS = Number(roundsArg || 5);
const corpus = fs.readFileSync(corpusPath);
// The long-task and memory run wants a 10 MB corpus: the same text twice.
const corpus10 = Buffer.concat([corpus, corpus]);
const MB = corpus.length / 1e6;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

function fileFor(pathname) {
  if (pathname === '/corpus.txt') return { body: corpus };
  if (pathname === '/corpus10.txt') return { body: corpus10 };
  const routes = [['/bench/', path.join(here, 'web')], ['/jieba/', jiebaDir], ['/', dist]];
  for (const [prefix, dir] of routes) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.join(dir, decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
    if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) return { file };
    return null;
  }
  return null;
}

const server = http.createServer((req, res) => {
  const found = fileFor(new URL(req.url, 'http://x').pathname);
  if (!found) { res.writeHead(404); res.end(); return; }
  const name = found.file || '.txt';
  res.writeHead(200, { 'content-type': TYPES[path.extname(name)] || 'application/octet-stream' });
  if (found.body) res.end(found.body);
  else fs.createReadStream(found.file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'];
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wenxi-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1280, height: 900 },
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (x, d = 1) => (x == null || Number.isNaN(x) ? 'NA' : x.toFixed(d));

// ---- throughput: the workers, same text, interleaved rounds -------------
const harness = await context.newPage();
await harness.goto(`${origin}/bench/blank.html`);
await harness.evaluate(async () => {
  const text = await (await fetch('/corpus.txt')).text();
  const bytes = new Uint8Array(await (await fetch('/corpus.txt')).arrayBuffer());
  const once = (w, type) => new Promise((resolve) => {
    const on = (ev) => { if (!type || ev.data.type === type) { w.removeEventListener('message', on); resolve(ev.data); } };
    w.addEventListener('message', on);
  });
  const wenxi = new Worker('/worker.js', { type: 'module' });
  const peers = new Worker('/bench/peer-worker.js', { type: 'module' });
  await once(wenxi, 'ready');
  peers.postMessage({ op: 'warmup', text: '预热' });
  await once(peers);
  let id = 0;
  const ops = {
    async wenxi_tokens() {
      const t0 = performance.now();
      wenxi.postMessage({ type: 'cut', id: ++id, text });
      const r = await once(wenxi, 'cut');
      return { ms: performance.now() - t0, count: r.offsets.length / 2 };
    },
    async wenxi_full() {
      const t0 = performance.now();
      // The wasm keeps the report; the page gets its summary (as the page does).
      wenxi.postMessage({ type: 'analyze', id: ++id, gen: id, files: [{ name: 'corpus.txt', bytes: bytes.slice().buffer }], stopwords: null, userdict: '' });
      const r = await once(wenxi, 'result');
      const ms = performance.now() - t0;
      const facts = r.summary.documents.reduce((n, d) => n + d.facts, 0);
      // The worker's own clock: documents analysed, corpus aggregated, summary made.
      const parts = { add: r.ms - r.finishMs - r.summaryMs, finish: r.finishMs, summary: r.summaryMs, wait: r.waitMs || 0 };
      return { ms, count: facts, wasmBytes: r.wasmBytes ?? null, wordsWasmBytes: r.wordsWasmBytes || null, helped: r.helped || 0, parts };
    },
  };
  for (const op of ['jieba_cut', 'jieba_tag', 'intl']) {
    ops[op] = async () => {
      const t0 = performance.now();
      peers.postMessage({ op, text });
      const r = await once(peers);
      return { ms: performance.now() - t0, count: r.count };
    };
  }
  window.__bench = ops;
});
const names = ['wenxi_tokens', 'wenxi_full', 'jieba_cut', 'jieba_tag', 'intl'];
const runs = Object.fromEntries(names.map((n) => [n, []]));
let wasmBytes = null;
let wordsWasmBytes = null;
const helpedRounds = []; // per round of the full analysis: did the words worker help
const counts = {};
const fullParts = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const n of names) {
    const out = await harness.evaluate((n) => window.__bench[n](), n);
    runs[n].push(out.ms);
    counts[n] = out.count;
    if (out.wasmBytes) wasmBytes = Math.max(wasmBytes || 0, out.wasmBytes);
    if (out.wordsWasmBytes) wordsWasmBytes = Math.max(wordsWasmBytes || 0, out.wordsWasmBytes);
    if (n === 'wenxi_full') helpedRounds.push(out.helped > 0);
    if (out.parts) fullParts.push(out.parts);
  }
}
await harness.close();
const ms = Object.fromEntries(names.map((n) => [n, median(runs[n])]));

// ---- the page: open → ready, seeds → charts, 10 MB drop ------------------
async function openPage(ctx) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__peakHeap = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
    setInterval(() => { window.__peakHeap = Math.max(window.__peakHeap, performance.memory.usedJSHeapSize); }, 20);
  });
  const foreign = [];
  page.on('request', (req) => { if (!req.url().startsWith(origin)) foreign.push(req.url()); });
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.dataset.kind === 'ready', null, { timeout: 60000 });
  return { page, foreign };
}

const ready = []; const readyParts = []; const seedsCharts = []; const seedsWorker = []; let foreignRequests = 0;
for (let r = 0; r < ROUNDS; r++) {
  // A fresh profile each round: a first visit, nothing cached.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenxi-bench-cold-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  const { page, foreign } = await openPage(ctx);
  ready.push(await page.evaluate(() => window.__wenxiTimings.ready));
  readyParts.push(await page.evaluate(() => ({ workerCreated: window.__wenxiTimings.workerCreated, ...window.__wenxiTimings.worker })));
  await page.evaluate(() => { document.body.dataset.charts = ''; });
  await dropUrls(page, ['seeds/index.json']);
  await page.waitForFunction(() => document.body.dataset.charts === 'drawn', null, { timeout: 60000 });
  seedsCharts.push(await page.evaluate(() => window.__wenxiTimings.drawn - window.__wenxiTimings.inputAt));
  seedsWorker.push(await page.evaluate(() => window.__wenxiTimings.workerAnalyseMs));
  foreignRequests += foreign.length;
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

// Drops files fetched from the server through a real drop event. A path
// ending in index.json stands for the seeds listed in it.
async function dropUrls(page, urls) {
  await page.evaluate(async (urls) => {
    const dt = new DataTransfer();
    for (const u of urls) {
      const list = u.endsWith('index.json')
        ? (await (await fetch(u)).json()).map((n) => u.replace('index.json', n)) : [u];
      for (const f of list) {
        const blob = await (await fetch(f)).blob();
        dt.items.add(new File([blob], f.split('/').pop(), { type: 'text/plain' }));
      }
    }
    window.__wenxiTimings.inputAt = performance.now();
    const zone = document.getElementById('dropzone');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, urls);
}

// 10 MB: long tasks on the main thread and the page's JS heap peak.
const { page: big, foreign: bigForeign } = await openPage(context);
await big.evaluate(() => { window.__longTasks.length = 0; window.__peakHeap = 0; document.body.dataset.charts = ''; });
const bigT0 = Date.now();
await dropUrls(big, ['/corpus10.txt']);
await big.waitForFunction(() => document.body.dataset.charts === 'drawn', null, { timeout: 600000, polling: 250 });
const bigMs = Date.now() - bigT0;
// The page's tasks from the drop on: dropUrls first fetches the 10 MB file
// into a Blob inside the page, which is this harness's work, not the page's
// (a user's drop hands the page a File it reads asynchronously).
const longTasks = await big.evaluate(() => window.__longTasks
  .filter(([start, d]) => start + d > window.__wenxiTimings.inputAt).map(([, d]) => d));
const peakHeap = await big.evaluate(() => window.__peakHeap);
foreignRequests += bigForeign.length;
await big.close();
await context.close();
server.close();

// ---- sizes: every file dist/ serves ----------------------------------------
const sizes = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else {
      const raw = fs.readFileSync(p);
      const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
      sizes.push({ file: path.relative(dist, p), raw: raw.length, br });
    }
  }
})(dist);
sizes.sort((a, b) => b.br - a.br);
// The built-in sample is fetched only when the user asks for it.
const onOpen = sizes.filter((s) => !s.file.startsWith('seeds/'));
const total = (xs, k) => xs.reduce((n, s) => n + s[k], 0);

// ---- report ---------------------------------------------------------------
const mbs = (t) => MB / (t / 1000);
console.log(`corpus: ${path.basename(corpusPath)} ${MB.toFixed(2)} MB, ${ROUNDS} rounds (interleaved), medians`);
console.log(`${'item'.padEnd(40)} ${'median ms'.padStart(10)} ${'MB/s'.padStart(8)} ${'items'.padStart(10)}`);
const label = {
  wenxi_tokens: 'wenxi worker: token offsets to JS', wenxi_full: 'wenxi worker: full analysis (summary)',
  jieba_cut: 'jieba-wasm 2.4.0 cut (string[])', jieba_tag: 'jieba-wasm 2.4.0 tag ({word,tag}[])',
  intl: 'Intl.Segmenter zh word',
};
for (const n of names) console.log(`${label[n].padEnd(40)} ${fmt(ms[n], 0).padStart(10)} ${fmt(mbs(ms[n])).padStart(8)} ${String(counts[n]).padStart(10)}`);
const fullPart = (k) => fmt(median(fullParts.map((p) => p[k])), 0);
console.log(`wenxi full analysis parts (medians, worker clock): documents ${fullPart('add')} ms (of which waiting for the words worker ${fullPart('wait')} ms), corpus aggregate ${fullPart('finish')} ms, summary ${fullPart('summary')} ms`);
// The words worker starts once the analyzer's worker has been idle a second
// after its warm-up; a round that starts before it is ready does without it.
console.log(`wenxi full analysis: the words worker helped in ${helpedRounds.filter(Boolean).length} of ${ROUNDS} rounds; rounds ${runs.wenxi_full.map((x, i) => `${x.toFixed(0)}${helpedRounds[i] ? '' : ' (alone)'}`).join(', ')} ms`);
console.log();
console.log(`page: open → ready median ${fmt(median(ready), 0)} ms (${ready.map((x) => x.toFixed(0)).join(', ')})`);
// Where start-up goes: the page's clock when it created the worker; the
// worker's own clock (from its start) when the wasm was compiled and the
// dictionary fetched, and how long the analyzer took to build.
const part = (k) => median(readyParts.map((p) => p[k] ?? NaN));
console.log(`page: start-up parts (medians): worker created at ${fmt(part('workerCreated'), 0)} ms; in the worker: wasm ready ${fmt(part('wasmMs'), 0)} ms, dictionary fetched ${fmt(part('dictMs'), 0)} ms, analyzer built in ${fmt(part('buildMs'), 0)} ms`);
console.log(`page: seeds: worker analysis median ${fmt(median(seedsWorker), 0)} ms`);
console.log(`page: seeds → all charts drawn median ${fmt(median(seedsCharts), 0)} ms (${seedsCharts.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`page: 10 MB drop → charts ${bigMs} ms; long tasks > 50 ms: ${longTasks.length}, max ${fmt(Math.max(0, ...longTasks), 0)} ms`);
console.log();
console.log(`${'dist file'.padEnd(40)} ${'raw B'.padStart(10)} ${'brotli B'.padStart(10)}`);
for (const s of sizes) console.log(`${s.file.padEnd(40)} ${String(s.raw).padStart(10)} ${String(s.br).padStart(10)}`);
console.log(`${'total (all)'.padEnd(40)} ${String(total(sizes, 'raw')).padStart(10)} ${String(total(sizes, 'br')).padStart(10)}`);
console.log(`${'total (on open, without the sample)'.padEnd(40)} ${String(total(onOpen, 'raw')).padStart(10)} ${String(total(onOpen, 'br')).padStart(10)}`);
console.log();
const lines = {
  full_vs_jiebawasm_tag: fmt(ms.jieba_tag / ms.wenxi_full, 2),
  tokens_vs_jiebawasm_cut: fmt(ms.jieba_cut / ms.wenxi_tokens, 2),
  tokens_vs_intl_segmenter: fmt(ms.intl / ms.wenxi_tokens, 2),
  browser_tokens_mbs: fmt(mbs(ms.wenxi_tokens)),
  browser_full_mbs: fmt(mbs(ms.wenxi_full)),
  jiebawasm_cut_mbs: fmt(mbs(ms.jieba_cut)),
  jiebawasm_tag_mbs: fmt(mbs(ms.jieba_tag)),
  intl_segmenter_mbs: fmt(mbs(ms.intl)),
  ready_ms: fmt(median(ready), 0),
  seeds_charts_ms: fmt(median(seedsCharts), 0),
  wire_brotli_bytes: total(onOpen, 'br'),
  wire_brotli_bytes_with_sample: total(sizes, 'br'),
  long_task_max_ms: fmt(Math.max(0, ...longTasks), 0),
  long_tasks_over_100ms: longTasks.filter((d) => d > 100).length,
  peak_wasm_mb: wasmBytes ? fmt(wasmBytes / 2 ** 20) : 'NA',
  peak_words_worker_wasm_mb: wordsWasmBytes ? fmt(wordsWasmBytes / 2 ** 20) : 'NA',
  peak_js_heap_mb: fmt(peakHeap / 2 ** 20),
  foreign_requests: foreignRequests,
};
for (const [k, v] of Object.entries(lines)) console.log(`${k}=${v}`);
fs.rmSync(profile, { recursive: true, force: true });
