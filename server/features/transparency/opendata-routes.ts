import type { FastifyInstance } from 'fastify';
import { openDataColumns } from '../../../shared/requests/api';
import type { Database } from '../../db/client';
import { oneDecimal, selectStats, share, statsWindow } from './stats';

type StatsRecord = Record<(typeof openDataColumns)[number], string | number | null>;

const csvCell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Response times as open data: one record per service that takes requests online, over the last 90 days,
 * for every organization. Public, anonymous and cacheable for an hour (the figures move by the day).
 */
export function registerOpenDataRoutes(app: FastifyInstance, deps: { db: Database }) {
  const records = async (): Promise<StatsRecord[]> => {
    const now = new Date();
    const window = statsWindow(now);
    const rows = await selectStats(deps.db, null, 'it', now);
    return rows
      .filter((row) => row.slug !== null)
      .map((row) => ({
        organization: row.organization,
        service: row.slug,
        service_title: row.title,
        window_from: window.from,
        window_to: window.to,
        received: Number(row.received),
        decided: Number(row.decided),
        median_days: oneDecimal(row.median_days),
        p90_days: oneDecimal(row.p90_days),
        within_deadline_share: share(row.within_deadline),
        deadline_days: Number(row.deadline_days),
        deadline_kind: row.deadline_kind,
      }));
  };

  app.get('/opendata/requests-stats.json', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=3600').send({ columns: openDataColumns, records: await records() }),
  );
  app.get('/opendata/requests-stats.csv', async (_request, reply) => {
    const lines = [
      openDataColumns.join(','),
      ...(await records()).map((record) => openDataColumns.map((column) => csvCell(record[column])).join(',')),
    ];
    return reply
      .header('cache-control', 'public, max-age=3600')
      .header('content-disposition', 'inline; filename="requests-stats.csv"')
      .type('text/csv; charset=utf-8')
      .send(`${lines.join('\r\n')}\r\n`);
  });
}
