// The analyzer's worker: loads the wasm (and its dictionary) once, then runs
// analyses one file at a time, posting progress. The page cancels a job by
// terminating this worker and starting a new one; a wasm trap (panic, out of
// memory) is reported with the file that caused it, and the page restarts the
// worker the same way.
//
// Protocol (page → worker):
//   {type: 'analyze', id, files: [{name, bytes: ArrayBuffer, encoding}], stopwords: string|null, userdict: string}
//   {type: 'cut', id, text}
// (worker → page):
//   {type: 'ready', ms, stopwords}                 once, after the dictionary is built
//   {type: 'progress', id, done, total, name}      before each file and at the end
//   {type: 'result', id, json, ms, wasmBytes}      the report (JSON text, parsed once by the page); wasm heap size
//   {type: 'crash', id, name, index, message}             the wasm trapped on file `name`; this worker is dead
//   {type: 'cut', id, offsets: Uint32Array}
//   {type: 'fatal', message}                       the module could not load
import init, { WasmAnalyzer, last_panic } from 'wenxi-wasm';

let analyzer = null;
let memory = null; // the wasm heap: it only grows, so its size is the peak
let dead = false;
const queue = [];

async function start() {
  const t0 = performance.now();
  try {
    // The code and the dictionary download in parallel; the dictionary is
    // its own asset so the server compresses it and the cache keeps it.
    const [wasm, dict] = await Promise.all([
      init({ module_or_path: new URL('./wenxi_bg.wasm', import.meta.url) }),
      fetch(new URL('./jieba-dict.wxd', import.meta.url)).then((r) => {
        if (!r.ok) throw new Error(`dictionary: HTTP ${r.status}`);
        return r.arrayBuffer();
      }),
    ]);
    memory = wasm.memory;
    analyzer = new WasmAnalyzer(new Uint8Array(dict));
    postMessage({ type: 'ready', ms: performance.now() - t0, stopwords: WasmAnalyzer.default_stopwords() });
  } catch (e) {
    dead = true;
    postMessage({ type: 'fatal', message: String(e && e.message || e) });
    return;
  }
  while (queue.length) handle(queue.shift());
}

function panicMessage(e) {
  let msg = '';
  try { msg = last_panic(); } catch { /* the instance may be unusable */ }
  return msg || String(e && e.message || e);
}

function handle(msg) {
  if (dead) return;
  if (msg.type === 'analyze') {
    const t0 = performance.now();
    const { id, files } = msg;
    let current = '';
    let index = -1;
    try {
      analyzer.set_stopwords(msg.stopwords ?? undefined);
      analyzer.set_user_dict(msg.userdict || '');
      analyzer.begin();
      for (let i = 0; i < files.length; i++) {
        const f = files[i];
        current = f.name;
        index = i;
        postMessage({ type: 'progress', id, done: i, total: files.length, name: f.name });
        analyzer.add(f.name, new Uint8Array(f.bytes), f.encoding || undefined);
      }
      current = '';
      index = -1;
      postMessage({ type: 'progress', id, done: files.length, total: files.length, name: '' });
      const json = analyzer.finish();
      postMessage({ type: 'result', id, json, ms: performance.now() - t0, wasmBytes: memory.buffer.byteLength });
    } catch (e) {
      dead = true;
      postMessage({ type: 'crash', id, name: current, index, message: panicMessage(e) });
    }
  } else if (msg.type === 'cut') {
    try {
      const offsets = analyzer.cut(msg.text);
      postMessage({ type: 'cut', id: msg.id, offsets }, [offsets.buffer]);
    } catch (e) {
      dead = true;
      postMessage({ type: 'crash', id: msg.id, name: '', message: panicMessage(e) });
    }
  }
}

onmessage = (ev) => {
  if (!analyzer) queue.push(ev.data);
  else handle(ev.data);
};

start();
