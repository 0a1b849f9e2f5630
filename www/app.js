// Page state and wiring: input (drop, pick, paste, sample, share link,
// report file), the analyzer worker (progress, cancel, crash recovery), the
// views (loaded lazily with the chart code), exports and the share link.
import { t, setLang, getLang, viewName } from './i18n.js';
import { h, clear, fmtSize, download } from './dom.js';
import * as share from './share.js';
import * as reader from './views/reader.js';

// The core's own per-file limit (wenxi::decode::MAX_FILE_BYTES, about 100
// bytes of memory per character), and a per-drop limit that keeps the
// worker's wasm heap well inside its 4 GB.
export const FILE_LIMIT = 16 * 1024 * 1024;
export const DROP_LIMIT = 50 * 1024 * 1024;
const VIEW_IDS = ['overview', 'keywords', 'timeline', 'metrics', 'places', 'people', 'network', 'facts', 'kwic', 'trends', 'compare'];
const ENCODINGS = ['', 'UTF-8', 'UTF-16LE', 'UTF-16BE', 'GBK', 'gb18030', 'Big5'];

const timings = { ready: null, analysed: null, drawn: null, inputAt: null };
window.__wenxiTimings = timings;

const state = {
  files: [], // [{name, bytes: ArrayBuffer, encoding}] of the current corpus
  overrides: {}, // name -> encoding label
  stopwords: null, // null: the built-in list
  defaultStopwords: '',
  userdict: load('wenxi.userdict') || '',
  view: 'overview',
  kwMethod: 'tfidf',
  summary: null, // what the views draw of the report on show (the report itself stays in the worker)
  source: null, // what that report was made from, to rebuild it in a restarted worker
  fromReportFile: false,
};

function load(k) { try { return localStorage.getItem(k); } catch { return null; } }
function save(k, v) { try { localStorage.setItem(k, v); } catch { /* ignore */ } }

// ---------------------------------------------------------------- the worker

let worker = null;
let job = null; // {id, resolve}: an analysis or a report file being loaded
let jobSeq = 0;
const questions = new Map(); // query id -> resolve
let querySeq = 0;

let noSimd = false; // boot.js found no WebAssembly SIMD: no worker can run

function startWorker() {
  setStatus('loading', t('loading'));
  // The first worker was started by boot.js, ahead of this module.
  const boot = window.__wenxiBoot;
  window.__wenxiBoot = null;
  if (boot?.unsupported) noSimd = true;
  if (noSimd) {
    setStatus('error', t('noSimd'));
    return;
  }
  if (timings.workerCreated === undefined) timings.workerCreated = boot ? boot.at : performance.now();
  worker = boot ? boot.worker : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (ev) => onWorker(ev.data);
  worker.onerror = (ev) => {
    ev.preventDefault();
    if (job) { const j = job; job = null; j.resolve({ type: 'crash', index: -1, message: ev.message || 'worker error' }); }
    else setStatus('error', ev.message || 'worker error');
  };
  // What the worker said before this module ran, in order, once the page
  // is built (a microtask: before any later message).
  if (boot) queueMicrotask(() => { for (const m of boot.early) onWorker(m); });
}

// The offline cache (sw.js). Installing it downloads every file of the
// page again and writes them to Cache Storage, work that competes with a
// first analysis for a small machine's 2 cores (seeds dropped at ready →
// charts drawn: 289 → 204 ms, median of 10 opens each, when it waited).
// So it registers once the page has been quiet for a while after ready: no
// analysis under way and every chart drawn. Plain static hosts serve it too.
const OFFLINE_CACHE_QUIET_MS = 3000;

function registerOfflineCacheWhenQuiet() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  setTimeout(() => {
    if (job || document.body.dataset.charts === 'drawing') registerOfflineCacheWhenQuiet();
    else navigator.serviceWorker.register('./sw.js').catch(() => { /* the page works without it */ });
  }, OFFLINE_CACHE_QUIET_MS);
}

function restartWorker() {
  if (worker) worker.terminate();
  worker = null;
  // Questions the old worker will never answer: the views get nothing.
  for (const resolve of questions.values()) resolve(null);
  questions.clear();
  startWorker();
}

function onWorker(m) {
  if (m.type === 'ready') {
    if (timings.ready === null) {
      timings.ready = performance.now();
      timings.worker = m.timings;
      registerOfflineCacheWhenQuiet();
      // The views' code loads once the analyzer is ready: nothing but the
      // analyzer's start competes for the 2 cores of a small machine before.
      // Right at ready, not when idle: files dropped at once waited for it
      // (seeds dropped at ready → charts drawn 347 → 300 ms, medians of 10
      // interleaved opens).
      loadViews();
    }
    state.defaultStopwords = m.stopwords;
    const sw = document.getElementById('stopwords');
    if (sw && !sw.value) sw.value = state.stopwords ?? m.stopwords;
    setStatus(job ? 'busy' : 'ready', job ? t('analysing') : t('ready'));
  } else if (m.type === 'fatal') {
    setStatus('error', m.message);
  } else if (m.type === 'progress' && job && m.id === job.id) {
    setStatus('busy', t('analysing'));
    showProgress(m.done, m.total, m.name);
  } else if ((m.type === 'result' || m.type === 'crash') && job && m.id === job.id) {
    const j = job;
    job = null;
    j.resolve(m);
  } else if (m.type === 'answer') {
    const resolve = questions.get(m.id);
    questions.delete(m.id);
    if (resolve) resolve(m.stale ? null : m.result);
  }
}

/** Sends a job message (analyze, load) and resolves with its result, crash or cancellation. */
function runJob(msg, transfer) {
  const id = ++jobSeq;
  return new Promise((resolve) => {
    job = { id, resolve };
    worker.postMessage({ ...msg, id }, transfer || []);
  });
}

function analyzeJob(files, errors, gen) {
  return runJob({
    type: 'analyze', gen, errors,
    files: files.map((f) => ({ name: f.name, bytes: f.bytes, encoding: state.overrides[f.name] || f.encoding || '' })),
    stopwords: state.stopwords, userdict: state.userdict,
  });
}

/** Asks the worker about the report on show (store.js `query`); null if that report is gone. */
function query(q) {
  if (!state.summary || !worker) return Promise.resolve(null);
  const id = ++querySeq;
  return new Promise((resolve) => {
    questions.set(id, resolve);
    worker.postMessage({ type: 'query', id, gen: state.summary.gen, q });
  });
}

function cancel() {
  if (!job) return;
  const j = job;
  job = null;
  restartWorker();
  hideProgress();
  notice(t('cancelled'));
  j.resolve({ type: 'cancelled' });
  restoreReport();
}

// The report on show lived in the worker that was just terminated: the new
// one rebuilds it from the same input (same generation), quietly. Questions
// asked meanwhile wait in the worker's queue behind it.
function restoreReport() {
  const src = state.source;
  if (!src || !state.summary) return;
  const gen = state.summary.gen;
  if (src.reportFile) {
    src.reportFile.arrayBuffer().then((bytes) => worker.postMessage({ type: 'load', id: 0, gen, bytes }, [bytes]));
  } else {
    worker.postMessage({
      type: 'analyze', id: 0, gen, errors: src.errors,
      files: src.files.map((f) => ({ name: f.name, bytes: f.bytes, encoding: src.overrides[f.name] || f.encoding || '' })),
      stopwords: src.stopwords, userdict: src.userdict,
    });
  }
}

// ---------------------------------------------------------------- analysis

let genSeq = 0;

async function analyse(files) {
  if (noSimd) { notice(t('noSimd'), true); return; }
  state.files = files;
  state.fromReportFile = false;
  const early = [];
  const run = [];
  for (const f of files) {
    if (f.bytes.byteLength > FILE_LIMIT) early.push({ name: f.name, error: t('tooBigFile', { name: f.name, size: fmtSize(f.bytes.byteLength) }) });
    else run.push(f);
  }
  showProgress(0, run.length, '');
  const gen = ++genSeq;
  let remaining = run;
  const crashed = [];
  let res;
  for (;;) {
    // The files the core never saw (too big, or trapped it) follow the analysed ones.
    res = await analyzeJob(remaining, [...early, ...crashed], gen);
    if (res.type === 'cancelled') return;
    if (res.type !== 'crash') break;
    const bad = remaining[res.index] || null;
    const name = res.name || (bad && bad.name) || '?';
    crashed.push({ name, error: t('crashed', { name, msg: res.message }) });
    notice(t('crashed', { name, msg: res.message }), true);
    restartWorker();
    if (bad) remaining = remaining.filter((f) => f !== bad);
    else if (remaining.length) remaining = []; // not a file's fault: once more, with the files listed as errors
    else { hideProgress(); return; } // it failed with no file at all: nothing more to try
  }
  hideProgress();
  timings.summaryChars = res.summaryChars;
  timings.finishMs = res.finishMs;
  timings.summaryMs = res.summaryMs;
  timings.workerAnalyseMs = res.ms;
  timings.wordsWorkerFiles = res.helped || 0;
  state.source = {
    files: remaining, errors: [...early, ...crashed], overrides: { ...state.overrides },
    stopwords: state.stopwords, userdict: state.userdict,
  };
  for (const d of res.summary.documents) if (d.error) notice(`${d.name}: ${d.error}`, true);
  await setReport(res.summary);
}

/** A report file exported earlier, parsed in the worker; false if it is not one. */
async function openReportFile(file) {
  if (noSimd) { notice(t('noSimd'), true); return true; }
  const res = await runJob({ type: 'load', gen: ++genSeq, bytes: await file.arrayBuffer() });
  if (res.type !== 'result' || res.notReport) return false;
  state.files = [];
  state.fromReportFile = true;
  state.source = { reportFile: file };
  notice(t('reportLoaded', { name: file.name }));
  await setReport(res.summary);
  return true;
}

// ---------------------------------------------------------------- views

let ui = null; // the lazily loaded views + charts
let uiLoading = null;

/** The views and the chart code: loaded once the analyzer is ready, or at the first report. */
function loadViews() {
  uiLoading = uiLoading || import('./views/index.js').then((m) => { ui = m; return m; });
  return uiLoading;
}

// A fresh task: rendering one view per task keeps each one short.
function nextTask() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

async function setReport(summary) {
  state.summary = summary;
  state.factDoc = '';
  await loadViews();
  document.getElementById('results').hidden = false;
  setStatus('ready', t('ready'));
  document.getElementById('export-csv').disabled = false;
  document.getElementById('export-json').disabled = false;
  await renderAll();
}

let renderSeq = 0;

// The current view first, then the others, in slices of about SLICE_MS (a
// new task after each slice, so input and painting get in between; every
// yield costs a frame, so a small report renders in one or two slices);
// "drawn" once every view is rendered and every chart has painted. Charts
// are measured together and drawn in the frames after, up to 16 ms a frame
// (charts.js mount).
const SLICE_MS = 50;

async function renderAll() {
  if (!state.summary || !ui) return;
  const run = ++renderSeq;
  ui.charts.unmountAll();
  document.body.dataset.charts = 'drawing';
  timings.analysed = performance.now();
  document.body.dataset.state = 'ready';
  const order = [state.view, ...VIEW_IDS.filter((v) => v !== state.view)];
  for (const v of order) clear(document.querySelector(`#v-${v} .body`));
  timings.views = [];
  let slice = performance.now();
  const yieldIfLong = async () => {
    if (performance.now() - slice <= SLICE_MS) return true;
    await nextTask();
    slice = performance.now();
    return run === renderSeq;
  };
  for (const v of order) {
    const v0 = performance.now();
    await renderView(v);
    if (run !== renderSeq) return;
    timings.views.push([v, Math.round(v0 - timings.analysed), Math.round(performance.now() - v0)]);
    if (!await yieldIfLong()) return;
  }
  timings.viewsRendered = performance.now();
  await ui.charts.allDrawn();
  if (run !== renderSeq) return;
  document.body.dataset.charts = 'drawn';
  if (timings.inputAt !== null && timings.drawn === null) timings.drawn = performance.now();
}

async function renderView(v) {
  const sec = document.getElementById(`v-${v}`);
  const body = clear(sec.querySelector('.body'));
  try {
    await ui.views[v].render(body, ctx());
  } catch (e) {
    body.append(h('p', { class: 'error' }, String(e && e.message || e)));
    console.warn(e);
  }
}

function chartBox(key, title, el) {
  const btn = (fmt) => h('button', {
    type: 'button', class: 'small', 'aria-label': `${title} ${fmt.toUpperCase()}`, dataset: { export: `${key}.${fmt}` },
    onclick: async () => download(await (fmt === 'png' ? ui.charts.toPng(key) : ui.charts.toSvg(key)), `wenxi-${key}.${fmt}`),
  }, fmt.toUpperCase());
  return h('figure', { class: 'chart-box' },
    h('figcaption', null, h('span', null, title), h('span', { class: 'exports' }, btn('png'), btn('svg'))), el);
}

async function openReader(q) {
  const excerpt = await query({ what: 'reader', ...q });
  if (excerpt) reader.show(readerDialog, excerpt);
  return excerpt;
}

function ctx() {
  return {
    summary: state.summary, state, charts: ui.charts, chartBox, encodings: ENCODINGS, query,
    openFact(di, fi) { return openReader({ doc: di, fact: fi }); },
    openAt(di, s, e) { return openReader({ doc: di, start_utf16: s, end_utf16: e }); },
    kwic(word) {
      state.kwicWord = word;
      renderView('kwic');
      goto('kwic');
    },
    filterFacts({ kind }) {
      state.factKind = kind;
      renderView('facts');
      goto('facts');
    },
    setEncoding(name, enc) {
      if (enc) state.overrides[name] = enc; else delete state.overrides[name];
      if (state.files.length) analyse(state.files);
    },
    set(patch) {
      Object.assign(state, patch);
      if ('kwMethod' in patch) renderView('keywords');
    },
    openSettings() {
      const s = document.getElementById('settings');
      s.open = true;
      document.getElementById('stopwords').focus();
    },
  };
}

let pinnedUntil = 0; // after a jump, scrolling does not change the current view for a moment
const REALIGN_MS = 400; // and views above that take their real height re-align it (sectionSizes)
let realignUntil = 0;

function setCurrent(v) {
  state.view = v;
  for (const b of document.querySelectorAll('#nav button')) b.setAttribute('aria-current', b.dataset.view === v ? 'true' : 'false');
}

function goto(v) {
  setCurrent(v);
  pinnedUntil = performance.now() + 1000;
  const sec = document.getElementById(`v-${v}`);
  if (!sec) return;
  sec.scrollIntoView({ block: 'start' });
  sec.focus({ preventScroll: true });
  realignUntil = performance.now() + REALIGN_MS;
}

// Views out of sight are laid out at an estimated height (style.css,
// content-visibility); one the jump brings into sight takes its real height
// a few frames later, and one above the view jumped to moved that view down
// the window (by 216 px for the seeds' places). Such a change aligns the
// view again: in the first REALIGN_MS only, as later a move under the
// pointer would be a surprise of its own.
const sectionSizes = new ResizeObserver((entries) => {
  if (performance.now() >= realignUntil) return;
  const sec = document.getElementById(`v-${state.view}`);
  const above = (e) => e.target.compareDocumentPosition(sec) & Node.DOCUMENT_POSITION_FOLLOWING;
  if (sec && entries.some(above)) sec.scrollIntoView({ block: 'start' });
});

// The view in the middle of the window is the current one (the share link keeps it).
const viewObserver = new IntersectionObserver((entries) => {
  if (performance.now() < pinnedUntil) return;
  for (const e of entries) if (e.isIntersecting) setCurrent(e.target.id.slice(2));
}, { rootMargin: '-45% 0px -50% 0px' });

// ---------------------------------------------------------------- status, notices, progress

let status = { kind: 'loading', text: '' };

function setStatus(kind, text) {
  status = { kind, text };
  const s = document.getElementById('status');
  s.dataset.kind = kind;
  s.textContent = text;
  document.body.dataset.worker = kind;
}

function notice(text, isError) {
  const list = document.getElementById('notices');
  const item = h('li', { class: isError ? 'error' : '' }, h('span', { class: 'ut' }, text),
    h('button', { type: 'button', class: 'small', 'aria-label': t('close'), onclick: () => item.remove() }, '×'));
  list.append(item);
}

function showProgress(done, total, name) {
  const p = document.getElementById('progress');
  p.hidden = false;
  const bar = p.querySelector('progress');
  bar.max = Math.max(1, total);
  bar.value = done;
  p.querySelector('.what').textContent = total ? `${done}/${total} ${name}` : '';
}

function hideProgress() { document.getElementById('progress').hidden = true; }

// ---------------------------------------------------------------- input

async function fromFiles(fileList) {
  const files = [...fileList];
  if (!files.length) return;
  timings.inputAt = performance.now();
  timings.drawn = null;
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > DROP_LIMIT) { notice(t('tooBigDrop', { size: fmtSize(total) }), true); return; }
  // A report exported by this page (or `wenxi analyze --json`) reopens as it is.
  for (const f of files) {
    if (/\.json$/i.test(f.name) && f.size <= DROP_LIMIT && await openReportFile(f)) return;
  }
  const read = await Promise.all(files.map(async (f) => ({
    name: f.name, bytes: f.size <= FILE_LIMIT ? await f.arrayBuffer() : new ArrayBuffer(0), size: f.size, encoding: '',
  })));
  // Too-big files are not read; give analyse() their size to explain.
  for (const f of read) if (f.size > FILE_LIMIT) f.bytes = { byteLength: f.size };
  state.overrides = {};
  await analyse(read);
}

async function sample() {
  timings.inputAt = performance.now();
  timings.drawn = null;
  const idx = await (await fetch('./seeds/index.json')).json();
  const files = await Promise.all(idx.map(async (name) => ({
    name, bytes: await (await fetch(`./seeds/${encodeURIComponent(name)}`)).arrayBuffer(), encoding: '',
  })));
  state.overrides = {};
  await analyse(files);
}

async function fromPaste() {
  const text = document.getElementById('paste').value;
  if (!text.trim()) return;
  timings.inputAt = performance.now();
  timings.drawn = null;
  state.overrides = {};
  await analyse([{ name: `${t('pasted')}.txt`, bytes: new TextEncoder().encode(text).buffer, encoding: '' }]);
}

async function openLink() {
  const frag = location.hash.slice(1);
  if (!frag.startsWith('v1.')) return;
  let link;
  try {
    link = await share.decodeLink(frag);
  } catch (e) {
    notice(t('linkError', { msg: e.message }), true);
    return;
  }
  state.stopwords = link.stopwords;
  state.userdict = link.userdict;
  document.getElementById('userdict').value = link.userdict;
  if (link.stopwords !== null) document.getElementById('stopwords').value = link.stopwords;
  state.overrides = {};
  for (const f of link.files) if (f.encoding) state.overrides[f.name] = f.encoding;
  timings.inputAt = performance.now();
  await analyse(link.files.map((f) => ({ name: f.name, bytes: f.bytes, encoding: '' })));
  if (VIEW_IDS.includes(link.view)) goto(link.view);
}

async function makeLink() {
  const out = document.getElementById('share-out');
  clear(out);
  const files = state.files.filter((f) => f.bytes instanceof ArrayBuffer);
  if (!files.length) {
    out.append(h('p', null, t('shareTooBig', { n: share.LINK_LIMIT })), exportJsonButton());
    return;
  }
  const frag = await share.encodeLink(
    files.map((f) => ({ name: f.name, bytes: f.bytes, encoding: state.overrides[f.name] || '' })),
    { stopwords: state.stopwords, userdict: state.userdict, view: state.view });
  if (frag.length > share.LINK_LIMIT) {
    out.append(h('p', { class: 'error' }, t('shareTooBig', { n: share.LINK_LIMIT })), exportJsonButton());
    return;
  }
  const url = `${location.href.split('#')[0]}#${frag}`;
  history.replaceState(null, '', `#${frag}`);
  out.append(h('input', { type: 'text', readonly: true, id: 'share-url', value: url, 'aria-label': t('share') }));
  try { await navigator.clipboard.writeText(url); out.append(h('p', null, t('shareCopied'))); } catch { /* no clipboard */ }
}

function exportJsonButton() {
  return h('button', { type: 'button', onclick: exportJson }, t('shareTooBigAction'));
}

// Built in the worker, from the whole report; the page only saves the Blob.
async function exportJson() { const b = await query({ what: 'export', format: 'json' }); if (b) download(b, 'wenxi-report.json'); }
async function exportCsv() { const b = await query({ what: 'export', format: 'csv' }); if (b) download(b, 'wenxi-facts.csv'); }

// ---------------------------------------------------------------- page

let readerDialog = null;

function build() {
  const app = document.getElementById('app');
  const fileInput = h('input', { type: 'file', id: 'file-input', multiple: true, accept: '.txt,.text,.json,text/plain,application/json', class: 'visually-hidden', tabindex: '-1' });
  fileInput.addEventListener('change', () => { fromFiles(fileInput.files); fileInput.value = ''; });
  const drop = h('div', { id: 'dropzone', class: 'dropzone' },
    h('p', null, t('drop'), ' ',
      h('button', { type: 'button', id: 'pick', onclick: () => fileInput.click() }, t('pick')), ' ',
      h('button', { type: 'button', id: 'sample', onclick: sample }, t('sample'))),
    h('p', { class: 'hint' }, t('limits')), fileInput);
  for (const ev of ['dragenter', 'dragover']) drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); fromFiles(e.dataTransfer.files); });
  // A drop elsewhere on the page must not navigate away to the file.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => { e.preventDefault(); if (!drop.contains(e.target)) fromFiles(e.dataTransfer.files); });

  const paste = h('details', { class: 'paste' }, h('summary', null, t('paste')),
    h('textarea', { id: 'paste', rows: '6', 'aria-label': t('paste') }),
    h('button', { type: 'button', id: 'analyse-paste', onclick: fromPaste }, t('analysePaste')));

  const sw = h('textarea', { id: 'stopwords', rows: '6', spellcheck: 'false' });
  sw.value = state.stopwords ?? state.defaultStopwords;
  const ud = h('textarea', { id: 'userdict', rows: '4', spellcheck: 'false', placeholder: '张三丰 person\n某某科技 org' });
  ud.value = state.userdict;
  const settings = h('details', { id: 'settings' }, h('summary', null, t('settings')),
    h('label', { for: 'stopwords' }, t('stopwords')), sw,
    h('label', { for: 'userdict' }, t('userdict')), ud,
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', id: 'apply-settings', onclick: () => {
        state.stopwords = sw.value === state.defaultStopwords ? null : sw.value;
        state.userdict = ud.value;
        save('wenxi.userdict', ud.value);
        if (state.files.length) analyse(state.files);
      } }, t('apply')),
      h('button', { type: 'button', onclick: () => { sw.value = state.defaultStopwords; state.stopwords = null; } }, t('reset'))));

  const progress = h('div', { id: 'progress', hidden: true, role: 'status' },
    h('progress', { max: '1', value: '0', 'aria-label': t('analysing') }), h('span', { class: 'what ut' }),
    h('button', { type: 'button', id: 'cancel', onclick: cancel }, t('cancel')));

  const nav = h('nav', { id: 'nav', 'aria-label': 'views' }, VIEW_IDS.map((v) => h('button', { type: 'button', dataset: { view: v }, onclick: () => goto(v) }, viewName(v))));
  const sections = VIEW_IDS.map((v) => h('section', { id: `v-${v}`, tabindex: '-1', 'aria-labelledby': `h-${v}` },
    h('h2', { id: `h-${v}` }, viewName(v)), h('div', { class: 'body' })));

  viewObserver.disconnect();
  sectionSizes.disconnect();
  for (const sec of sections) { viewObserver.observe(sec); sectionSizes.observe(sec); }
  readerDialog = reader.create();
  clear(app).append(
    h('header', null,
      h('h1', null, t('title')), h('p', { class: 'tagline' }, t('tagline')),
      h('span', { id: 'status', role: 'status', 'aria-live': 'polite' }),
      h('button', { type: 'button', id: 'lang', onclick: () => { setLang(getLang() === 'zh' ? 'en' : 'zh'); rebuild(); } }, t('lang'))),
    h('section', { class: 'input', 'aria-label': t('drop') }, drop, paste, settings),
    progress,
    h('ul', { id: 'notices', 'aria-live': 'polite' }),
    h('div', { id: 'results', hidden: !state.summary },
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'share', onclick: makeLink }, t('share')),
        h('button', { type: 'button', id: 'export-csv', onclick: exportCsv, disabled: !state.summary }, t('exportCsv')),
        h('button', { type: 'button', id: 'export-json', onclick: exportJson, disabled: !state.summary }, t('exportJson')),
        h('div', { id: 'share-out' })),
      nav, sections),
    readerDialog);
  const { kind } = status;
  setStatus(kind, kind === 'ready' ? t('ready') : kind === 'busy' ? t('analysing') : kind === 'error' ? status.text : t('loading'));
}

function rebuild() {
  build();
  renderAll();
}

setLang(getLang());
// The worker first: its downloads and the dictionary build overlap the
// page's own set-up.
startWorker();
build();
window.addEventListener('hashchange', openLink);
openLink();
