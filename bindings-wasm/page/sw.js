// Offline support: the first visit caches the page and the WebAssembly package; later visits
// (online or not) are served from the cache. The build replaces __BUILD_HASH__ with a hash of
// the files, so a new build gets a new cache and the old one is dropped.
const CACHE = 'cpanmeta-__BUILD_HASH__';
const FILES = ['./', 'index.html', 'app.js', 'markdown.js', 'style.css',
  'pkg/index.js', 'pkg/cpanmeta_wasm.js', 'pkg/cpanmeta_wasm_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cpanmeta-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const hit = await cache.match(event.request, { ignoreSearch: true });
    return hit ?? fetch(event.request);
  }));
});
