import { sql } from 'drizzle-orm';
import type { BookableService, BookingMode, OfficeSchedule, PatronSaintDay } from '../../../shared/booking/schedule';
import type { Address, LocalizedText, WeeklyHours } from '../../../shared/catalog/content';
import { type Executor, selectRows } from '../../db/client';
import { AppError } from '../../errors/app-error';

/** One office where a service can be booked: its schedule and the service's booking rules there. */
export interface BookableOffice {
  serviceId: string;
  officeId: string;
  slug: string;
  name: LocalizedText;
  address: Address;
  schedule: OfficeSchedule;
  rules: BookableService;
  meetingUrlBase: string | null;
}

export interface BookableServiceInfo {
  id: string;
  slug: string;
  title: LocalizedText;
}

export function formatAddress(address: Address): string {
  return `${address.street}, ${address.postalCode} ${address.city} (${address.province})`;
}

interface BookableRow {
  service_id: string;
  service_slug: string;
  title_it: string;
  title_en: string;
  office_exists: boolean;
  office_id: string | null;
  office_slug: string;
  name: LocalizedText;
  address: Address;
  time_zone: string;
  opening_hours: WeeklyHours;
  patron_saint: PatronSaintDay | null;
  closures: { from: string; to: string; reason: LocalizedText }[];
  slot_minutes: number;
  capacity: number;
  buffer_minutes: number;
  min_notice_minutes: number;
  booking_window_days: number;
  cancel_deadline_minutes: number;
  mode: BookingMode;
  meeting_url_base: string | null;
  earlier_booking_id?: string | null;
  live?: number;
  lapsed?: number;
}

/**
 * What a confirmation wants to know before anything else, asked in the same round trip as the rules
 * (each round trip is a system call pair, which dominates a turned-away attempt): the booking an
 * idempotency key already made, and how the slot's seats stand (live places, lapsed holds).
 */
export interface SlotProbe {
  earlierBookingId: string | null;
  live: number;
  lapsed: number;
}

/**
 * A service and the offices where it can be booked (one office when `officeSlug` is given), with what
 * slot generation needs, in one query: every availability, hold and confirmation starts here. Closures
 * that ended before yesterday are left out: no bookable day can fall in them.
 */
export async function loadBookable(
  db: Executor,
  serviceSlug: string,
  officeSlug?: string,
  probe?: { idempotencyKey?: string; start: string },
): Promise<{ service: BookableServiceInfo; offices: BookableOffice[]; probe?: SlotProbe }> {
  const office = officeSlug ?? null;
  const probeColumns = probe
    ? sql`, (select id from bookings where idempotency_key = ${probe.idempotencyKey ?? null}::uuid) as earlier_booking_id,
          (select count(*) filter (where p.expires_at is null or p.expires_at > now())::int from booking_places p
           where p.service_id = b.service_id and p.office_id = b.office_id and p.starts_at = ${probe.start}::timestamptz) as live,
          (select count(*) filter (where p.expires_at <= now())::int from booking_places p
           where p.service_id = b.service_id and p.office_id = b.office_id and p.starts_at = ${probe.start}::timestamptz) as lapsed`
    : sql``;
  const rows = await selectRows<BookableRow>(
    db,
    sql`select s.id as service_id, s.slug as service_slug, s.title_it, s.title_en,
          ${office}::text is null or exists (select 1 from offices where slug = ${office}) as office_exists,
          o.id as office_id, o.slug as office_slug, o.name, o.address, o.time_zone, o.opening_hours, o.patron_saint,
          coalesce((select json_agg(json_build_object('from', c.starts_on, 'to', c.ends_on, 'reason', c.reason)
                                    order by c.starts_on)
                    from office_closures c where c.office_id = o.id and c.ends_on >= current_date - 1), '[]') as closures,
          b.slot_minutes, b.capacity, b.buffer_minutes, b.min_notice_minutes, b.booking_window_days,
          b.cancel_deadline_minutes, b.mode, b.meeting_url_base ${probeColumns}
        from services s
        left join (bookable_services b join offices o on o.id = b.office_id and (${office}::text is null or o.slug = ${office}))
          on b.service_id = s.id
        where s.slug = ${serviceSlug}
        order by o.slug`,
  );
  const [first] = rows;
  if (!first) throw new AppError('SERVICE_NOT_FOUND', { slug: serviceSlug });
  if (!first.office_exists) throw new AppError('OFFICE_NOT_FOUND', { slug: officeSlug ?? '' });
  const bookable = rows.filter((row) => row.office_id !== null);
  if (bookable.length === 0) throw new AppError('SERVICE_NOT_BOOKABLE', { slug: serviceSlug });
  const probed = bookable[0]!;
  return {
    service: { id: first.service_id, slug: first.service_slug, title: { it: first.title_it, en: first.title_en } },
    ...(probe && {
      probe: {
        earlierBookingId: probed.earlier_booking_id ?? null,
        live: probed.live ?? 0,
        lapsed: probed.lapsed ?? 0,
      },
    }),
    offices: bookable.map((row) => ({
      serviceId: row.service_id,
      officeId: row.office_id!,
      slug: row.office_slug,
      name: row.name,
      address: row.address,
      schedule: {
        timeZone: row.time_zone,
        weeklyHours: row.opening_hours,
        closures: row.closures,
        patronSaint: row.patron_saint ?? undefined,
      },
      rules: {
        slotMinutes: row.slot_minutes,
        capacity: row.capacity,
        bufferMinutes: row.buffer_minutes,
        minNoticeMinutes: row.min_notice_minutes,
        bookingWindowDays: row.booking_window_days,
        cancelDeadlineMinutes: row.cancel_deadline_minutes,
        mode: row.mode,
      },
      meetingUrlBase: row.meeting_url_base,
    })),
  };
}

/** The one office of a service's booking (the office is part of every slot reference). */
export async function loadBookableOffice(
  db: Executor,
  serviceSlug: string,
  officeSlug: string,
  probe?: { idempotencyKey?: string; start: string },
): Promise<{ service: BookableServiceInfo; office: BookableOffice; probe?: SlotProbe }> {
  const loaded = await loadBookable(db, serviceSlug, officeSlug, probe);
  return { service: loaded.service, office: loaded.offices[0]!, probe: loaded.probe };
}
