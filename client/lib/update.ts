import { createSignal } from 'solid-js';

/**
 * "A new version is ready": set by the service worker registration, read by the update prompt. Kept
 * apart from workbox-window so the first page load does not carry it.
 */
const [updateReady, setUpdateReady] = createSignal(false);
let activate: (() => void) | undefined;

export { updateReady };

export function offerUpdate(apply: () => void): void {
  activate = apply;
  setUpdateReady(true);
}

export function applyUpdate(): void {
  activate?.();
}

export function dismissUpdate(): void {
  setUpdateReady(false);
}

/** Registers the service worker once the page has loaded, in production builds only. */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => {
    import('./service-worker')
      .then((module) => module.registerServiceWorker(offerUpdate))
      .catch((error: unknown) => console.warn('Sportello: service worker not registered', error));
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
