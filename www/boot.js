// Starts the analyzer's worker as soon as the page is parsed,
// before app.js and its imports have downloaded: the worker's own
// downloads (its code, the wasm, the dictionary) and the dictionary build
// are most of start-up, and app.js's module graph is a chain of round trips
// that would otherwise delay them. app.js adopts this worker (and the
// messages it sent meanwhile); if this script failed, app.js starts its own.
// A classic deferred script, placed before app.js: deferred and module
// scripts run in document order, so the worker exists when app.js runs.
//
// The wasm uses WebAssembly SIMD (jieba-rs counts characters with the
// bytecount crate, whose wasm32 build always takes its SIMD path), so a
// browser without it could not even compile the module: it is told so
// instead (Chrome/Edge 91+, Firefox 89+, Safari 16.4+ have it).
const SIMD_PROBE = new Uint8Array([ // (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt)
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);
(() => {
  try {
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(SIMD_PROBE)) {
      window.__wenxiBoot = { unsupported: true };
      return;
    }
    const early = [];
    const worker = new Worker(new URL('./worker.js', document.currentScript.src), { type: 'module' });
    worker.onmessage = (ev) => early.push(ev.data);
    worker.onerror = (ev) => {
      ev.preventDefault();
      early.push({ type: 'fatal', message: ev.message || 'worker error' });
    };
    window.__wenxiBoot = { worker, early, at: performance.now() };
  } catch {
    window.__wenxiBoot = null;
  }
})();
