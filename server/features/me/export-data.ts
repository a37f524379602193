import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { passkeys } from '../../db/tables/auth';
import { inboxMessages } from '../../db/tables/inbox';
import { listAudit } from '../audit/record';
import { listSessions } from '../auth/sessions';
import { getMe } from '../auth/users';
import { exportBookings } from '../booking/manage';
import { storedMessageColumns } from '../inbox/deliver';
import { listDevices } from '../push/devices';
import { readPreferences } from '../push/preferences';
import { exportRequests } from '../requests/citizen';

/** Everything Sportello keeps about a person, as one JSON document (GDPR art. 15 and 20). */
export async function exportPersonalData(db: Executor, userId: string): Promise<Record<string, unknown>> {
  const [profile, sessions, keys, messages, activity, bookings, requests, pushDevices, pushPreferences] =
    await Promise.all([
      getMe(db, userId),
      listSessions(db, userId, ''),
      db
        .select({
          id: passkeys.id,
          name: passkeys.name,
          createdAt: passkeys.createdAt,
          lastUsedAt: passkeys.lastUsedAt,
        })
        .from(passkeys)
        .where(eq(passkeys.userId, userId)),
      db.select(storedMessageColumns).from(inboxMessages).where(eq(inboxMessages.userId, userId)),
      listAudit(db, { actorId: userId, limit: 10_000 }),
      exportBookings(db, userId),
      exportRequests(db, userId),
      listDevices(db, userId),
      readPreferences(db, userId, 'it'),
    ]);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    sessions: sessions.map(({ current: _current, ...session }) => session),
    passkeys: keys,
    messages,
    activity: activity.map(({ actorId: _actor, ...entry }) => entry),
    bookings,
    requests,
    pushDevices,
    pushPreferences,
  };
}
