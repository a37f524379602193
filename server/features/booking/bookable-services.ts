import { asc, eq } from 'drizzle-orm';
import type { BookableServicesOutput } from '../../../shared/booking/api';
import type { Locale } from '../../../shared/i18n/locales';
import { localize } from '../../../shared/i18n/localized';
import type { Executor } from '../../db/client';
import { bookableServices } from '../../db/tables/booking';
import { offices, services } from '../../db/tables/catalog';

/** Every service that can be booked online, with the offices where it can, for "Prenota appuntamento". */
export async function listBookableServices(db: Executor, locale: Locale): Promise<BookableServicesOutput> {
  const rows = await db
    .select({
      slug: services.slug,
      titleIt: services.titleIt,
      titleEn: services.titleEn,
      summaryIt: services.summaryIt,
      summaryEn: services.summaryEn,
      officeSlug: offices.slug,
      officeName: offices.name,
      mode: bookableServices.mode,
    })
    .from(bookableServices)
    .innerJoin(services, eq(services.id, bookableServices.serviceId))
    .innerJoin(offices, eq(offices.id, bookableServices.officeId))
    .orderBy(asc(locale === 'it' ? services.titleIt : services.titleEn), asc(offices.slug));
  const bySlug = new Map<string, BookableServicesOutput['services'][number]>();
  for (const row of rows) {
    const service = bySlug.get(row.slug) ?? {
      slug: row.slug,
      title: locale === 'it' ? row.titleIt : row.titleEn,
      summary: locale === 'it' ? row.summaryIt : row.summaryEn,
      offices: [],
    };
    service.offices.push({ slug: row.officeSlug, name: localize(row.officeName, locale), mode: row.mode });
    bySlug.set(row.slug, service);
  }
  return { services: [...bySlug.values()] };
}
