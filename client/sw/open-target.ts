/// <reference lib="webworker" />
import { inboxChangedMessage } from '../lib/push/worker-message';
import { callApi } from './call-api';
import type { NotificationTarget } from './push-payload';

/**
 * What a click on a notification does: the message becomes read in the inbox, and the page it is about
 * opens, in the window the person already has open when there is one.
 */
declare const self: ServiceWorkerGlobalScope;

async function markRead(messageId: string): Promise<void> {
  try {
    await callApi('inbox.markRead', { id: messageId });
  } catch (error) {
    // Signed out meanwhile, or offline: the message simply stays unread in the inbox.
    console.warn('Sportello: the clicked message could not be marked read', error);
    return;
  }
  for (const client of await self.clients.matchAll({ type: 'window' }))
    client.postMessage({ type: inboxChangedMessage });
}

/**
 * The browser lets a worker focus or open windows only just after a click; a click it did not see
 * (a test's, or a slow start) is refused, and the page must still get there.
 */
async function bringForward(client: WindowClient, url: string): Promise<void> {
  await client.focus().catch(() => undefined);
  if (client.url === url) return;
  try {
    if (await client.navigate(url)) return;
  } catch (error) {
    console.warn('Sportello: the open window could not be moved to the notification page', error);
  }
  await self.clients.openWindow(url);
}

export async function openTarget(target: NotificationTarget): Promise<void> {
  const url = new URL(target.link, self.location.origin).href;
  const reading = target.messageId ? markRead(target.messageId) : Promise.resolve();
  // Only windows this worker controls can be navigated by it.
  const windows = await self.clients.matchAll({ type: 'window' });
  const client = windows.find((candidate) => candidate.focused) ?? windows[0];
  if (!client) {
    await Promise.all([self.clients.openWindow(url), reading]);
    return;
  }
  // Marked read before the page moves, so the page that opens counts the message as read.
  await reading;
  await bringForward(client, url);
}
