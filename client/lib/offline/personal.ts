import type { IDBPTransaction } from 'idb';
import type { Me } from '../../../shared/auth/api';
import { withCurrentApplicants } from './applicant-names';
import { type OfflineSchema, offlineDb } from './db';
import { droppedActionsKey } from './outbox-plan';
import { announceOutboxChange } from './replay';

/**
 * The signed-in person's own data on this device: who they are, the answers of their bookings, requests
 * and inbox, and the actions they queued. It belongs to one person at a time and goes when they sign out,
 * when the server says their session has ended, or when someone else signs in (docs/offline.md).
 */

const personKey = 'auth.session';

/** Set once this page has cleared the person's data: a late answer must not write it back. */
let forgotten = false;

type Tx = IDBPTransaction<OfflineSchema, ('personal' | 'outbox')[], 'readwrite'>;

/** Who was signed in here last, for the pages read without a connection; none if it cannot be read. */
export async function savedPerson(): Promise<Me | undefined> {
  try {
    const db = await offlineDb();
    return (await db.get('personal', personKey))?.value as Me | undefined;
  } catch (error) {
    console.warn('Sportello: who was signed in on this device could not be read', error);
    return undefined;
  }
}

/**
 * The server said who is signed in (null: nobody). Anyone else's data leaves the device first. Called
 * on every answer of who-is-signed-in and never awaited, so it reports its own failures.
 */
export async function keepPerson(me: Me | null): Promise<void> {
  if (forgotten) return;
  try {
    const db = await offlineDb();
    const tx = db.transaction(['personal', 'outbox'], 'readwrite');
    const cleared = await adopt(tx, me);
    await tx.done;
    if (cleared) announceOutboxChange();
  } catch (error) {
    console.warn('Sportello: the data of this device could not be matched to who is signed in', error);
  }
}

/** Saves one answer of the person's data; written with who they are, in the same transaction. */
export async function savePersonal(me: Me, key: string, value: unknown, fetchedAt: string): Promise<void> {
  if (forgotten) return;
  const db = await offlineDb();
  const tx = db.transaction(['personal', 'outbox'], 'readwrite');
  const cleared = await adopt(tx, me);
  await tx.objectStore('personal').put({ key, userId: me.id, value, fetchedAt });
  await tx.done;
  if (cleared) announceOutboxChange();
}

export async function readPersonal(
  userId: string,
  key: string,
): Promise<{ value: unknown; fetchedAt: string } | undefined> {
  const db = await offlineDb();
  const saved = await db.get('personal', key);
  return saved?.userId === userId ? { ...saved, value: withCurrentApplicants(saved.value) } : undefined;
}

/** Every saved answer of one procedure of the person's, e.g. each list of their bookings. */
export async function readPersonalOf(userId: string, procedure: string) {
  const db = await offlineDb();
  const all = await db.getAll('personal', IDBKeyRange.bound(`${procedure}?`, `${procedure}?\uffff`));
  return all
    .filter((saved) => saved.userId === userId)
    .map((saved) => ({ ...saved, value: withCurrentApplicants(saved.value) }));
}

/** Signing out (here or everywhere), deleting the account: nothing of the person stays. */
export async function forgetPerson(): Promise<void> {
  forgotten = true;
  const db = await offlineDb();
  const tx = db.transaction(['personal', 'outbox'], 'readwrite');
  await clearAccountData(tx);
  await tx.done;
  announceOutboxChange();
}

/** Makes `me` the device's person; true when someone else's data had to be cleared for it. */
async function adopt(tx: Tx, me: Me | null): Promise<boolean> {
  const personal = tx.objectStore('personal');
  const saved = await personal.get(personKey);
  const someoneElse = saved !== undefined && saved.userId !== me?.id;
  if (someoneElse) await clearAccountData(tx);
  if (me) await personal.put({ key: personKey, userId: me.id, value: me, fetchedAt: new Date().toISOString() });
  return someoneElse;
}

/**
 * Clears the saved answers and the actions queued under the account. A guest's booking actions stay:
 * like the guest's bookings themselves, they belong to the device, not to an account.
 */
async function clearAccountData(tx: Tx): Promise<void> {
  await tx.objectStore('personal').clear();
  const outbox = tx.objectStore('outbox');
  let unsent = 0;
  for (const entry of await outbox.getAll()) {
    if (entry.userId === null) continue;
    if (entry.state !== 'failed') unsent++;
    await outbox.delete(entry.id);
  }
  if (unsent > 0) noteDropped(unsent);
}

function noteDropped(count: number): void {
  try {
    const before = Number(localStorage.getItem(droppedActionsKey) ?? 0);
    localStorage.setItem(droppedActionsKey, String(before + count));
  } catch {
    // Storage refused: the actions are gone all the same, only the notice about them is missing.
  }
}
