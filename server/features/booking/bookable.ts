import { and, eq, gte, inArray } from 'drizzle-orm';
import type { BookableService, OfficeSchedule } from '../../../shared/booking/schedule';
import type { Address, LocalizedText } from '../../../shared/catalog/content';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { offices, services } from '../catalog/schema';
import { bookableServices, officeClosures } from './schema';

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

/**
 * A service and the offices where it can be booked (one office when `officeSlug` is given), with what
 * slot generation needs. Closures that ended before yesterday are left out: no bookable day can fall in them.
 */
export async function loadBookable(
  db: Executor,
  serviceSlug: string,
  officeSlug?: string,
): Promise<{ service: BookableServiceInfo; offices: BookableOffice[] }> {
  const [service] = await db
    .select({ id: services.id, slug: services.slug, it: services.titleIt, en: services.titleEn })
    .from(services)
    .where(eq(services.slug, serviceSlug));
  if (!service) throw new AppError('SERVICE_NOT_FOUND', { slug: serviceSlug });
  if (officeSlug) {
    const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.slug, officeSlug));
    if (!office) throw new AppError('OFFICE_NOT_FOUND', { slug: officeSlug });
  }
  const rows = await db
    .select({ rules: bookableServices, office: offices })
    .from(bookableServices)
    .innerJoin(offices, eq(offices.id, bookableServices.officeId))
    .where(and(eq(bookableServices.serviceId, service.id), officeSlug ? eq(offices.slug, officeSlug) : undefined))
    .orderBy(offices.slug);
  if (rows.length === 0) throw new AppError('SERVICE_NOT_BOOKABLE', { slug: serviceSlug });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const closures = await db
    .select()
    .from(officeClosures)
    .where(
      and(
        inArray(
          officeClosures.officeId,
          rows.map((row) => row.office.id),
        ),
        gte(officeClosures.endsOn, yesterday),
      ),
    )
    .orderBy(officeClosures.startsOn);
  return {
    service: { id: service.id, slug: service.slug, title: { it: service.it, en: service.en } },
    offices: rows.map(({ rules, office }) => ({
      serviceId: service.id,
      officeId: office.id,
      slug: office.slug,
      name: office.name,
      address: office.address,
      schedule: {
        timeZone: office.timeZone,
        weeklyHours: office.openingHours,
        closures: closures
          .filter((closure) => closure.officeId === office.id)
          .map((closure) => ({ from: closure.startsOn, to: closure.endsOn, reason: closure.reason })),
        patronSaint: office.patronSaint ?? undefined,
      },
      rules: {
        slotMinutes: rules.slotMinutes,
        capacity: rules.capacity,
        bufferMinutes: rules.bufferMinutes,
        minNoticeMinutes: rules.minNoticeMinutes,
        bookingWindowDays: rules.bookingWindowDays,
        cancelDeadlineMinutes: rules.cancelDeadlineMinutes,
        mode: rules.mode,
      },
      meetingUrlBase: rules.meetingUrlBase,
    })),
  };
}

/** The one office of a service's booking (the office is part of every slot reference). */
export async function loadBookableOffice(
  db: Executor,
  serviceSlug: string,
  officeSlug: string,
): Promise<{ service: BookableServiceInfo; office: BookableOffice }> {
  const {
    service,
    offices: [office],
  } = await loadBookable(db, serviceSlug, officeSlug);
  return { service, office: office! };
}
