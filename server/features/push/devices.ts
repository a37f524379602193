import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { deviceNameFor } from '../../../shared/auth/user-agent';
import type { PushDevice, SubscribeInput } from '../../../shared/push/api';
import type { Database, Executor } from '../../db/client';
import { pushOutbox, pushSubscriptions } from '../../db/tables/push';
import { AppError } from '../../errors/app-error';

const deviceColumns = {
  id: pushSubscriptions.id,
  deviceName: pushSubscriptions.deviceName,
  endpoint: pushSubscriptions.endpoint,
  createdAt: pushSubscriptions.createdAt,
  lastDeliveredAt: pushSubscriptions.lastDeliveredAt,
};

type DeviceRow = { id: string; deviceName: string; endpoint: string; createdAt: Date; lastDeliveredAt: Date | null };

const toDevice = (row: DeviceRow): PushDevice => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  lastDeliveredAt: row.lastDeliveredAt?.toISOString() ?? null,
});

/**
 * Stores this browser's subscription for the person. The endpoint is unique: the same person subscribing
 * the same browser again refreshes its keys (and the session that turned it on). An endpoint that is
 * another person's device stays theirs, refused with PUSH_ENDPOINT_TAKEN, until they turn it off, remove
 * it or sign out of the session that turned it on (docs/push.md): an endpoint is not proof of holding the
 * browser, and moving it would silently take that person's notifications away. The check is the insert
 * itself (on conflict, update only one's own row), so no interleaving of calls or processes can move it.
 */
export async function subscribeDevice(
  db: Database,
  by: { userId: string; sessionId: string; userAgent: string | undefined },
  input: Omit<SubscribeInput, 'expirationTime'>,
): Promise<PushDevice> {
  const deviceName = input.deviceName ?? deviceNameFor(by.userAgent) ?? 'Browser';
  const values = {
    userId: by.userId,
    sessionId: by.sessionId,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    deviceName,
  };
  const [row] = await db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: values,
      setWhere: eq(pushSubscriptions.userId, by.userId),
    })
    .returning(deviceColumns);
  if (!row) throw new AppError('PUSH_ENDPOINT_TAKEN');
  return toDevice(row);
}

export async function listDevices(db: Executor, userId: string): Promise<PushDevice[]> {
  const rows = await db
    .select(deviceColumns)
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId))
    .orderBy(asc(pushSubscriptions.createdAt));
  return rows.map(toDevice);
}

/** Removes one of the person's devices; someone else's id answers exactly as an unknown one. */
export async function removeDevice(db: Database, userId: string, id: string): Promise<void> {
  const removed = await forgetDevices(db, and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId))!);
  if (removed === 0) throw new AppError('PUSH_DEVICE_NOT_FOUND');
}

/** This browser stops receiving (turned off, or signing out): fine if it was never subscribed. */
export async function unsubscribeEndpoint(db: Database, userId: string, endpoint: string): Promise<void> {
  await forgetDevices(db, and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId))!);
}

/** Signing out of a session removes the devices that turned push on in it. */
export async function forgetSessionDevices(db: Executor, sessionId: string): Promise<void> {
  await forgetDevices(db, eq(pushSubscriptions.sessionId, sessionId));
}

/** Signing out everywhere (a lost phone) removes every device of the person. */
export async function forgetAllDevices(db: Executor, userId: string): Promise<void> {
  await forgetDevices(db, eq(pushSubscriptions.userId, userId));
}

/**
 * Devices that are gone (turned off, removed, signed out, 404/410 from their push service): their
 * pending pushes end with them, in one transaction. Returns how many devices were removed.
 */
export async function forgetDevices(db: Executor, which: SQL): Promise<number> {
  return db.transaction(async (tx) => {
    await tx
      .update(pushOutbox)
      .set({ status: 'gone', leasedUntil: null, leasedBy: null })
      .where(
        and(
          eq(pushOutbox.status, 'pending'),
          inArray(
            pushOutbox.subscriptionId,
            tx.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(which),
          ),
        ),
      );
    const removed = await tx.delete(pushSubscriptions).where(which).returning({ id: pushSubscriptions.id });
    return removed.length;
  });
}
