import { getMe } from '../auth';
import { currentSubscription } from './browser-subscription';
import { notificationPermission, pushSupport } from './support';

/**
 * The offer to turn notifications on, made once per device and only right after something worth
 * hearing about (a booking, a submission): never when someone merely opens the app, which is when
 * permission prompts get refused out of habit.
 */
const offeredKey = 'sportello.push.offered';

function wasOffered(): boolean {
  try {
    return localStorage.getItem(offeredKey) !== null;
  } catch {
    // Storage refused (private browsing): better to stay silent than to ask on every booking.
    return true;
  }
}

export function markOffered(): void {
  try {
    localStorage.setItem(offeredKey, new Date().toISOString());
  } catch {
    // As above: nothing to remember it in, and wasOffered() already answers yes.
  }
}

/** Signed in, push possible, never answered for this site, this device not subscribed, never offered. */
export async function shouldOfferPush(): Promise<boolean> {
  if (wasOffered() || pushSupport() !== 'supported' || notificationPermission() !== 'default') return false;
  if (!(await getMe())) return false;
  return (await currentSubscription()) === null;
}
