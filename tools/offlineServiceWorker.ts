import type { Plugin } from 'vite';

/** The page, and the files from `public/` that the running app needs (the rest are for people and tools). */
const PUBLIC_FILES = ['favicon.svg', 'index.html'];

/** jsPDF's optional HTML and SVG helpers: emitted with it, never loaded by the charter, so not worth caching. */
const NEVER_LOADED = /^assets\/(html2canvas|purify\.es|index\.es)-[\w-]+\.js$/;

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The service worker for conference rooms with bad Wi-Fi (it works offline once loaded). It is
 * written at build time with the exact list of built files, fonts included, so the first visit caches the
 * whole app; a new build caches its files beside the old ones and replaces them once no tab of the old
 * version is open. Pages go to the network first (updates arrive
 * at once when online); everything else is served from the cache, whose names carry content hashes.
 */
export function offlineServiceWorker(): Plugin {
  return {
    name: 'offline-service-worker',
    apply: 'build',
    // After Vite's own plugins, so the bundle holds every emitted file.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((file) => !file.endsWith('.map') && !NEVER_LOADED.test(file));
      const files = [...new Set(['./', ...[...built, ...PUBLIC_FILES].map((file) => `./${file}`)])].sort();
      const cache = `raci-workshop-${hash(files.join('\n'))}`;
      const source = `// Generated at build time (tools/offlineServiceWorker.ts); do not edit.
const CACHE = ${JSON.stringify(cache)};
const FILES = ${JSON.stringify(files, null, 2)};

self.addEventListener('install', (event) => {
  // No skipWaiting: a tab that is open keeps the version (and the cached files) it started with, so its
  // lazily loaded parts still load; the new version takes over once every tab of the old one is closed.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('raci-workshop-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('./', { ignoreSearch: true, ignoreVary: true }).then((page) => page || Response.error())));
    return;
  }
  // ignoreVary: module scripts are requested with an Origin header, which a "Vary: Origin" would not match.
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
