// The offline cache. The first visit stores every file of the page (the
// wasm, the dictionary, the code, the sample) in the Cache API; later
// visits start from there, with or without a network. scripts/build-page.sh
// fills in VERSION (a hash of the build) and FILES, so a new deployment
// installs a new cache and drops the old one. Only this origin's GET
// requests are answered; nothing is ever fetched from elsewhere.
const VERSION = '__WENXI_VERSION__';
const FILES = ['__WENXI_FILES__'];
const CACHE = `wenxi-${VERSION}`;

self.addEventListener('install', (ev) => {
  ev.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (ev) => {
  ev.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('wenxi-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (ev) => {
  const req = ev.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  ev.respondWith(caches.open(CACHE)
    .then((c) => c.match(req, { ignoreSearch: true }))
    .then((hit) => hit || fetch(req)));
});
