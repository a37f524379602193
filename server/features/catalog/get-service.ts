import { asc, eq } from 'drizzle-orm';
import type { ServiceDetail } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locale';
import { localize } from '../../../shared/i18n/localized';
import type { Executor } from '../../db/client';
import { localizedText } from '../../db/localized';
import {
  categories,
  lifeEvents,
  offices,
  organizations,
  serviceLifeEvents,
  serviceOffices,
  services,
} from '../../db/tables/catalog';
import { AppError } from '../../errors/app-error';
import { hasOnlineForm } from '../requests/forms';
import { organizationColumns } from './organization-columns';

/** The full service page: Modello Comuni sections, organization, offices and topics, in one language. */
export async function getService(db: Executor, slug: string, locale: Locale): Promise<ServiceDetail> {
  const [service] = await db
    .select({
      id: services.id,
      slug: services.slug,
      content: services.content,
      updatedAt: services.updatedAt,
      categorySlug: categories.slug,
      categoryName: localizedText(categories.name, locale),
      organization: organizationColumns(locale),
    })
    .from(services)
    .innerJoin(categories, eq(categories.id, services.categoryId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(eq(services.slug, slug));
  if (!service) throw new AppError('SERVICE_NOT_FOUND', { slug });

  const [topics, serviceOfficeRows, onlineForm] = await Promise.all([
    db
      .select({ slug: lifeEvents.slug, name: localizedText(lifeEvents.name, locale) })
      .from(serviceLifeEvents)
      .innerJoin(lifeEvents, eq(lifeEvents.id, serviceLifeEvents.lifeEventId))
      .where(eq(serviceLifeEvents.serviceId, service.id))
      .orderBy(asc(lifeEvents.position)),
    selectOffices(db, locale)
      .innerJoin(serviceOffices, eq(serviceOffices.officeId, offices.id))
      .where(eq(serviceOffices.serviceId, service.id)),
    hasOnlineForm(db, service.id),
  ]);

  const texts = localize(service.content, locale);
  return {
    slug: service.slug,
    title: texts.title,
    summary: texts.summary,
    sections: {
      description: texts.description,
      audience: texts.audience,
      howTo: texts.howTo,
      requirements: texts.requirements,
      outcome: texts.outcome,
      timing: texts.timing,
      cost: texts.cost,
      access: texts.access,
      moreInfo: texts.moreInfo,
    },
    keywords: texts.keywords,
    category: { slug: service.categorySlug, name: service.categoryName },
    lifeEvents: topics,
    organization: service.organization,
    offices: serviceOfficeRows,
    updatedAt: service.updatedAt.toISOString(),
    onlineForm,
  };
}

function selectOffices(db: Executor, locale: Locale) {
  return db
    .select({
      slug: offices.slug,
      name: localizedText(offices.name, locale),
      address: offices.address,
      timeZone: offices.timeZone,
      openingHours: offices.openingHours,
      accessibility: localizedText(offices.accessibility, locale),
      phone: offices.phone,
      email: offices.email,
      latitude: offices.latitude,
      longitude: offices.longitude,
    })
    .from(offices);
}
