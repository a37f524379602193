/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import './sw/push';
import './sw/sync';

/**
 * Sportello's service worker. The app shell (HTML, JS, CSS, fonts, icons) is precached at install, so
 * the app opens without network; catalog data is not cached here but in IndexedDB by the page
 * (client/lib/offline), where it is kept with the time it was fetched.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any page of the app (a deep link such as /servizi/cambio-di-residenza, reloaded offline) is the SPA
// shell; the router then draws the page. API and server endpoints are never answered with it.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [
      /^\/trpc\//,
      /^\/auth\//,
      /^\/(ics|qr)\//,
      /^\/dev\//,
      /^\/(healthz|readyz)$/,
      /^\/api\//,
      /\.[a-z0-9]+$/i,
    ],
  }),
);

// The new version waits until the citizen accepts the "reload" prompt, so a page is never swapped
// under someone filling it in.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
