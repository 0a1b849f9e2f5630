// Starts the analyzer's worker while the page's <head> is still being
// parsed: scripts/build-page.mjs inlines this file into index.html (allowed
// by its hash in the Content-Security-Policy), so no download stands before
// it. The worker's own downloads (its code, the wasm, the dictionary) and
// the dictionary build are most of start-up; started from app.js, after its
// module graph had loaded, they began 100–250 ms later. app.js adopts this
// worker and the messages it sent meanwhile; without it (this script
// failed), app.js starts its own.
//
// The wasm uses WebAssembly SIMD (jieba-rs counts characters with the
// bytecount crate, whose wasm32 build always takes its SIMD path), so a
// browser without it could not even compile the module: it is told so
// instead (Chrome/Edge 91+, Firefox 89+, Safari 16.4+ have it).
(() => {
  // (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt)
  const SIMD_PROBE = new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);
  try {
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(SIMD_PROBE)) {
      window.__wenxiBoot = { unsupported: true };
      return;
    }
    const early = [];
    const worker = new Worker(new URL('./worker.js', document.baseURI), { type: 'module' });
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
