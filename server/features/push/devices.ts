import { and, asc, eq, sql } from 'drizzle-orm';
import type { PushDevice, SubscribeInput } from '../../../shared/push/api';
import type { Database, Executor } from '../../db/client';
import { AppError } from '../../errors';
import { deviceNameFor } from '../accounts/device-name';
import { forgetDevice } from './dispatcher';
import { pushSubscriptions } from './schema';

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
 * Stores this browser's subscription for the person. The endpoint is unique: the same browser subscribing
 * again refreshes its keys, and if someone else signed in on it, the device becomes theirs.
 */
export async function subscribeDevice(
  db: Database,
  userId: string,
  input: Omit<SubscribeInput, 'expirationTime'>,
  userAgent: string | undefined,
): Promise<PushDevice> {
  const deviceName = input.deviceName ?? deviceNameFor(userAgent) ?? 'Browser';
  const values = { userId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth, deviceName };
  const [row] = await db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: {
        ...values,
        createdAt: sql`case when ${pushSubscriptions.userId} = excluded.user_id then ${pushSubscriptions.createdAt} else now() end`,
      },
    })
    .returning(deviceColumns);
  return toDevice(row!);
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
  await db.transaction(async (tx) => {
    const [device] = await tx
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId)))
      .for('update');
    if (!device) throw new AppError('PUSH_DEVICE_NOT_FOUND');
    await forgetDevice(tx, device.id);
  });
}

/** This browser stops receiving (turned off, or signing out): fine if it was never subscribed. */
export async function unsubscribeEndpoint(db: Database, userId: string, endpoint: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [device] = await tx
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId)))
      .for('update');
    if (device) await forgetDevice(tx, device.id);
  });
}
