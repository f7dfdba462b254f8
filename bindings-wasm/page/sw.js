// Offline support: the first visit caches the page and the lint module; later visits (online or
// not) are served from the cache. The release reader (pkg/release.js, cpanmeta_release_bg.wasm)
// is not fetched up front: it is cached the first time a release is dropped, and works offline
// from then on. The build replaces __BUILD_HASH__ with a hash of the files, so a new build gets a
// new cache and the old one is dropped.
const CACHE = 'cpanmeta-__BUILD_HASH__';
const FILES = ['./', 'index.html', 'app.js', 'markdown.js', 'release-view.js', 'style.css',
  'pkg/index.js', 'pkg/binding.js', 'pkg/cpanmeta_wasm.js', 'pkg/cpanmeta_wasm_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cpanmeta-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || new URL(event.request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const hit = await cache.match(event.request, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(event.request);
    if (response.ok) await cache.put(event.request, response.clone());
    return response;
  }));
});
