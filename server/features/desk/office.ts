import { eq } from 'drizzle-orm';
import type { Locale } from '../../../shared/i18n/locales';
import type { Executor } from '../../db/client';
import { localizedText } from '../../db/localized';
import { offices, organizations, serviceOffices, services } from '../../db/tables/catalog';
import { AppError } from '../../errors/app-error';

/** The desk console's landing: the office, its organization and the services handled there. */
export async function getDeskOffice(db: Executor, officeSlug: string, locale: Locale) {
  const [office] = await db
    .select({
      id: offices.id,
      slug: offices.slug,
      name: localizedText(offices.name, locale),
      timeZone: offices.timeZone,
      organization: { slug: organizations.slug, name: localizedText(organizations.name, locale) },
    })
    .from(offices)
    .innerJoin(organizations, eq(organizations.id, offices.organizationId))
    .where(eq(offices.slug, officeSlug));
  if (!office) throw new AppError('OFFICE_NOT_FOUND', { slug: officeSlug });
  const handled = await db
    .select({ slug: services.slug, title: locale === 'it' ? services.titleIt : services.titleEn })
    .from(serviceOffices)
    .innerJoin(services, eq(services.id, serviceOffices.serviceId))
    .where(eq(serviceOffices.officeId, office.id))
    .orderBy(services.slug);
  const { id: _id, ...visible } = office;
  return { ...visible, services: handled };
}
