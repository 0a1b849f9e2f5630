// Starts the analyzer's worker the moment the page's <head> is parsed,
// before app.js and its imports have downloaded: the worker's own
// downloads (its code, the wasm, the dictionary) and the dictionary build
// are most of start-up, and app.js's module graph is a chain of round trips
// that would otherwise delay them. app.js adopts this worker (and the
// messages it sent meanwhile); if this script failed, app.js starts its own.
// A classic script, not a module: it runs as soon as it arrives.
(() => {
  try {
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
