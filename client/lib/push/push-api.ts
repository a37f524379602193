import { query, revalidate } from '@solidjs/router';
import type { Me } from '../../../shared/auth/api';
import type { PushDevice, PushPreferences, PushTopic } from '../../../shared/push/api';
import { updateProfile } from '../account';
import { personal } from '../auth';
import { trpc } from '../trpc';
import { currentSubscription, subscribeBrowser, unsubscribeBrowser } from './browser-subscription';
import { notificationPermission, pushSupport } from './support';

/**
 * Push notifications for the signed-in person: this device's subscription, the devices that receive
 * notifications, and what they receive. Query keys start with "me." so a sign-in or sign-out drops them.
 */

export const getPushSetup = query(() => personal(() => trpc.push.setup.query()), 'me.push.setup');

export const getPushPreferences = query(() => personal(() => trpc.push.preferences.query()), 'me.push.preferences');

/** What this browser can do and has done; the server's list of devices says whether it is still on. */
export const getThisDevice = query(
  async () => ({
    support: pushSupport(),
    permission: notificationPermission(),
    endpoint: (await currentSubscription())?.endpoint ?? null,
  }),
  'me.push.device',
);

function refreshPush(): Promise<void> {
  return revalidate(['me.push.']);
}

/**
 * Turns notifications on for this device: the browser's permission and subscription, then the server.
 * A person who had switched push off altogether in Preferences clearly wants it now: it is switched on.
 */
export async function turnOnPush(me: Me): Promise<PushDevice> {
  try {
    const subscription = await subscribeBrowser(async () => (await getPushSetup()).publicKey);
    // No device name: the server's, "Chrome · Android", reads the same in every language, which one
    // stored in the language of the day would not.
    const device = await personal(() => trpc.push.subscribe.mutate(subscription));
    if (!me.notificationPrefs.push) await updateProfile({ notificationPrefs: { push: true } });
    return device;
  } finally {
    await refreshPush();
  }
}

/** Turns notifications off for this device: the server forgets it first, so a failure changes nothing. */
export async function turnOffPush(): Promise<void> {
  const subscription = await currentSubscription();
  if (subscription) await personal(() => trpc.push.unsubscribe.mutate({ endpoint: subscription.endpoint }));
  await unsubscribeBrowser();
  await refreshPush();
}

/** Removes one of the person's devices; when it is this one, this browser stops listening too. */
export async function removePushDevice(device: PushDevice): Promise<void> {
  await personal(() => trpc.push.removeDevice.mutate({ id: device.id }));
  if ((await currentSubscription())?.endpoint === device.endpoint) await unsubscribeBrowser();
  await refreshPush();
}

export function setPushTopic(topic: PushTopic, enabled: boolean): Promise<PushPreferences> {
  return personal(() => trpc.push.setTopic.mutate({ topic, enabled }));
}

export function setPushService(service: string, enabled: boolean): Promise<PushPreferences> {
  return personal(() => trpc.push.setService.mutate({ service, enabled }));
}
