import { sql } from 'drizzle-orm';
import { wallClock } from '../../../shared/booking/format';
import { addLocalDays } from '../../../shared/booking/slots';
import type { Locale } from '../../../shared/i18n/locales';
import type { DeadlineKind, ServiceStats, StatsOutput } from '../../../shared/requests/api';
import { type Executor, selectRows } from '../../db/client';
import { AppError } from '../../errors/app-error';

/** Transparency figures cover the last 90 days, today included. */
export const statsWindowDays = 90;
const statsTimeZone = 'Europe/Rome';

type StatsRow = {
  organization: string;
  organization_name: string;
  slug: string | null;
  title: string | null;
  deadline_days: number | null;
  deadline_kind: DeadlineKind | null;
  received: number;
  decided: number;
  median_days: number | null;
  p90_days: number | null;
  within_deadline: number | null;
};

export function statsWindow(now: Date) {
  const to = wallClock(now, statsTimeZone).localDate;
  return { from: addLocalDays(to, -(statsWindowDays - 1)), to };
}

export const oneDecimal = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
export const share = (value: number | null) => (value === null ? null : Math.round(Number(value) * 1000) / 1000);

const toStats = (row: StatsRow): ServiceStats => ({
  received: Number(row.received),
  decided: Number(row.decided),
  medianDays: oneDecimal(row.median_days),
  p90Days: oneDecimal(row.p90_days),
  withinDeadline: share(row.within_deadline),
});

/**
 * Received (submitted in the window), decided (approved or rejected in the window), days from submission
 * to decision (median and 90th percentile) and the share decided within the legal term, per service that
 * takes requests online and, with the service left null, over the whole organization (grouping sets).
 * Organization null: every organization.
 */
export async function selectStats(
  db: Executor,
  organization: string | null,
  locale: Locale,
  now: Date,
): Promise<StatsRow[]> {
  const { from } = statsWindow(now);
  const since = sql`(${from}::date::timestamp at time zone ${statsTimeZone})`;
  const days = sql`extract(epoch from r.decided_at - r.submitted_at) / 86400`;
  const decidedInWindow = sql`r.decided_at >= ${since}`;
  return selectRows<StatsRow>(
    db,
    sql`select o.slug as organization, o.name->>${locale} as organization_name,
          s.slug, ${locale === 'it' ? sql`s.title_it` : sql`s.title_en`} as title,
          max(rs.deadline_days) as deadline_days, max(rs.deadline_kind) as deadline_kind,
          (count(r.id) filter (where r.submitted_at >= ${since}))::int as received,
          (count(r.id) filter (where ${decidedInWindow}))::int as decided,
          percentile_cont(0.5) within group (order by ${days}) filter (where ${decidedInWindow}) as median_days,
          percentile_cont(0.9) within group (order by ${days}) filter (where ${decidedInWindow}) as p90_days,
          avg(case when r.decided_within_deadline then 1.0 else 0.0 end) filter (where ${decidedInWindow}) as within_deadline
        from request_services rs
        join services s on s.id = rs.service_id
        join organizations o on o.id = s.organization_id
        left join requests r on r.service_id = s.id and r.status <> 'draft'
          and (r.submitted_at >= ${since} or r.decided_at >= ${since})
        where ${organization === null ? sql`true` : sql`o.slug = ${organization}`}
        group by grouping sets ((o.slug, o.name, s.slug, s.title_it, s.title_en), (o.slug, o.name))
        order by o.slug, s.slug nulls first`,
  );
}

/** The public "tempi di risposta" page of one organization. */
export async function getStats(
  db: Executor,
  filter: { organization: string; service?: string | undefined },
  locale: Locale,
  now: Date,
): Promise<StatsOutput> {
  const [known] = await selectRows<{ name: string }>(
    db,
    sql`select name->>${locale} as name from organizations where slug = ${filter.organization}`,
  );
  if (!known) throw new AppError('ORGANIZATION_NOT_FOUND', { slug: filter.organization });
  const rows = await selectStats(db, filter.organization, locale, now);
  const total = rows.find((row) => row.slug === null);
  const window = statsWindow(now);
  return {
    organization: { slug: filter.organization, name: known.name },
    windowDays: statsWindowDays,
    from: window.from,
    to: window.to,
    total: total ? toStats(total) : { received: 0, decided: 0, medianDays: null, p90Days: null, withinDeadline: null },
    services: rows
      .filter((row) => row.slug !== null && (!filter.service || row.slug === filter.service))
      .map((row) => ({
        ...toStats(row),
        slug: row.slug!,
        title: row.title!,
        deadline: { days: Number(row.deadline_days), kind: row.deadline_kind! },
      })),
  };
}
