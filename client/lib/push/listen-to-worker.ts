import { revalidate } from '@solidjs/router';
import { inboxChangedMessage } from './worker-message';

let listening = false;

/**
 * A notification clicked while the personal area is open marks its message read: the inbox, the
 * Scrivania and the unread badge count again. Started by the personal area rather than by the entry
 * bundle, whose size budget it would eat; elsewhere the badge recounts when the tab is shown again.
 */
export function listenToWorker(): void {
  if (listening || !('serviceWorker' in navigator)) return;
  listening = true;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string } | null>) => {
    if (event.data?.type === inboxChangedMessage) void revalidate(['inbox.']);
  });
}
