/// <reference lib="webworker" />
import { callApi } from './call-api';
import { openTarget } from './open-target';
import { readPayload, readTarget } from './push-payload';

/**
 * Push notifications in the service worker: a push message becomes a notification (its text already
 * in the person's language, written by the server), a click opens the page it is about, and a
 * subscription the browser renewed is sent to the server again.
 */
declare const self: ServiceWorkerGlobalScope;

const icon = '/icons/icon-192.png';
/** Android draws the badge in the status bar from its transparency alone: a white glyph. */
const badge = '/icons/badge-96.png';

self.addEventListener('push', (event) => {
  const payload = readPayload(event.data);
  if (!payload) {
    console.warn('Sportello: a push message that is not a Sportello notification was ignored');
    return;
  }
  // renotify: an update to the same booking replaces the old notification and still alerts the person.
  const options: NotificationOptions & { renotify: boolean } = {
    body: payload.body,
    icon,
    badge,
    tag: payload.tag,
    renotify: true,
    lang: payload.lang,
    data: { link: payload.link, messageId: payload.messageId },
  };
  event.waitUntil(self.registration.showNotification(payload.title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openTarget(readTarget(event.notification.data)));
});

type SubscriptionChange = ExtendableEvent & {
  oldSubscription?: PushSubscription | null;
  newSubscription?: PushSubscription | null;
};

/** The server's key, for a renewal that lost it: push.setup answers the signed-in person. */
async function serverKey(): Promise<string> {
  const response = await fetch('/trpc/push.setup', { headers: { 'x-sportello-request': '1' } });
  if (!response.ok) throw new Error(`push.setup answered ${response.status}`);
  const body = (await response.json()) as { result?: { data?: { publicKey?: string } } };
  const key = body.result?.data?.publicKey;
  if (!key) throw new Error('push.setup gave no key');
  return key;
}

async function renew(change: SubscriptionChange): Promise<void> {
  const old = change.oldSubscription ?? null;
  const fresh =
    change.newSubscription ??
    (await self.registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: old?.options.applicationServerKey ?? (await serverKey()),
    }));
  await callApi('push.subscribe', fresh.toJSON());
  if (old && old.endpoint !== fresh.endpoint) await callApi('push.unsubscribe', { endpoint: old.endpoint });
}

// Push services may expire or rotate a subscription; without this, the device would silently go quiet.
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(
    renew(event as SubscriptionChange).catch((error: unknown) =>
      console.warn('Sportello: the renewed push subscription could not be sent', error),
    ),
  );
});
