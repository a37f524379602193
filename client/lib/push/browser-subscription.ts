import { pushSupport } from './support';

/**
 * This browser's own push subscription (PushManager), apart from what the server keeps of it. Creating
 * one asks a push service run by the browser's vendor, which can hang (no network to it, a browser
 * built without one): the wait is bounded and ends in an error the page can explain.
 */

export type PushFailure = 'unsupported' | 'denied' | 'timeout' | 'failed';

export class PushDeviceError extends Error {
  constructor(
    readonly reason: PushFailure,
    options?: { cause?: unknown },
  ) {
    super(`push subscription: ${reason}`, options);
    this.name = 'PushDeviceError';
  }
}

/** Long enough for a slow mobile network to reach the push service, short enough to not look frozen. */
const subscribeTimeoutMs = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new PushDeviceError('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The VAPID key arrives as base64url text; PushManager wants its bytes. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

function sameBytes(buffer: ArrayBuffer | null, bytes: Uint8Array): boolean {
  if (!buffer || buffer.byteLength !== bytes.length) return false;
  const other = new Uint8Array(buffer);
  return bytes.every((byte, index) => byte === other[index]);
}

/** The registration of Sportello's worker; none in development builds, which register no worker. */
function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (pushSupport() !== 'supported') return Promise.resolve(undefined);
  return navigator.serviceWorker.getRegistration('/');
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  return (await (await registration())?.pushManager.getSubscription()) ?? null;
}

/** What push.subscribe takes, from the browser's subscription. */
export type BrowserSubscription = {
  endpoint: string;
  expirationTime: number | null;
  keys: { p256dh: string; auth: string };
};

function describe(subscription: PushSubscription): BrowserSubscription {
  const json = subscription.toJSON();
  return {
    endpoint: subscription.endpoint,
    expirationTime: json.expirationTime ?? null,
    keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
  };
}

/**
 * Asks the person's permission (the browser's own dialog, so this must run from a click) and subscribes
 * this browser with the server's key, reusing a subscription made with the same key.
 */
export async function subscribeBrowser(publicKey: () => Promise<string>): Promise<BrowserSubscription> {
  if (pushSupport() !== 'supported') throw new PushDeviceError('unsupported');
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushDeviceError('denied');
  const [key, worker] = await Promise.all([
    publicKey().then(base64UrlToBytes),
    withTimeout(navigator.serviceWorker.ready, subscribeTimeoutMs),
  ]);
  const existing = await worker.pushManager.getSubscription();
  if (existing && sameBytes(existing.options.applicationServerKey, key)) return describe(existing);
  // Made with another key (the server's keys were replaced): the push service would refuse our messages.
  await existing?.unsubscribe();
  try {
    const subscription = await withTimeout(
      worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }),
      subscribeTimeoutMs,
    );
    return describe(subscription);
  } catch (error) {
    if (error instanceof PushDeviceError) throw error;
    const denied = error instanceof DOMException && error.name === 'NotAllowedError';
    throw new PushDeviceError(denied ? 'denied' : 'failed', { cause: error });
  }
}

/** Ends this browser's subscription; the endpoint it had, for the server to forget. */
export async function unsubscribeBrowser(): Promise<string | undefined> {
  const subscription = await currentSubscription();
  if (!subscription) return undefined;
  await subscription.unsubscribe();
  return subscription.endpoint;
}
