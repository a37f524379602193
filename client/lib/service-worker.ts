import { Workbox } from 'workbox-window';

/**
 * Registers /sw.js. When a new version has installed and waits, the citizen is asked; on "reload" the
 * waiting worker is told to take over and the page reloads once it controls it.
 */
export async function registerServiceWorker(offerUpdate: (apply: () => void) => void): Promise<void> {
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    offerUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
  // A tab left open for days still learns about new versions.
  window.setInterval(() => void workbox.update(), 60 * 60 * 1000);
}
