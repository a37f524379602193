import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/tables/audit';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  ip: string | null;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
};

/** Writes one audit row; call it inside the transaction of the action it records. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    ip: entry.ip,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    details: entry.details ?? {},
  });
}

/**
 * Newest first, one page; optionally only one person's entries, and only what changed something
 * (a person's "Attività" leaves out the pages a staff member merely looked at).
 */
export async function listAudit(
  db: Executor,
  options: { actorId?: string; limit: number; before?: string; changesOnly?: boolean },
) {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(
      and(
        options.actorId ? eq(auditLog.actorId, options.actorId) : undefined,
        options.before ? lt(auditLog.at, new Date(options.before)) : undefined,
        options.changesOnly ? sql`${auditLog.details}->>'type' is distinct from 'query'` : undefined,
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(options.limit);
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
