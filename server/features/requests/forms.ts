import { and, eq } from 'drizzle-orm';
import type { Locale } from '../../../shared/i18n/locales';
import type { DeadlineKind } from '../../../shared/requests/api';
import type { FormDefinition } from '../../../shared/requests/form';
import type { Executor } from '../../db/client';
import { localizedText } from '../../db/localized';
import { offices, organizations, services } from '../../db/tables/catalog';
import { requestForms, requestServices } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';

/** A service that takes requests online, with the ids a submission needs and its current form. */
export type RequestService = {
  serviceId: string;
  slug: string;
  organizationId: string;
  officeId: string;
  deadline: { days: number; kind: DeadlineKind };
  currentVersion: number;
  definition: FormDefinition;
  title: string;
  organization: { slug: string; name: string };
  office: { slug: string; name: string; timeZone: string };
};

/** The service's online form as it is now; SERVICE_NOT_FOUND or REQUEST_FORM_NOT_FOUND otherwise. */
export async function loadRequestService(db: Executor, slug: string, locale: Locale): Promise<RequestService> {
  const [row] = await db
    .select({
      serviceId: services.id,
      slug: services.slug,
      organizationId: services.organizationId,
      officeId: requestServices.officeId,
      deadlineDays: requestServices.deadlineDays,
      deadlineKind: requestServices.deadlineKind,
      currentVersion: requestServices.currentVersion,
      definition: requestForms.definition,
      title: locale === 'it' ? services.titleIt : services.titleEn,
      organization: { slug: organizations.slug, name: localizedText(organizations.name, locale) },
      office: { slug: offices.slug, name: localizedText(offices.name, locale), timeZone: offices.timeZone },
      hasForm: requestServices.serviceId,
    })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .leftJoin(requestServices, eq(requestServices.serviceId, services.id))
    .leftJoin(
      requestForms,
      and(eq(requestForms.serviceId, services.id), eq(requestForms.version, requestServices.currentVersion)),
    )
    .leftJoin(offices, eq(offices.id, requestServices.officeId))
    .where(eq(services.slug, slug));
  if (!row) throw new AppError('SERVICE_NOT_FOUND', { slug });
  if (!row.hasForm || !row.definition || !row.office?.slug) throw new AppError('REQUEST_FORM_NOT_FOUND', { slug });
  return {
    serviceId: row.serviceId,
    slug: row.slug,
    organizationId: row.organizationId,
    officeId: row.officeId!,
    deadline: { days: row.deadlineDays!, kind: row.deadlineKind! },
    currentVersion: row.currentVersion!,
    definition: row.definition,
    title: row.title,
    organization: row.organization,
    office: { slug: row.office.slug, name: row.office.name, timeZone: row.office.timeZone },
  };
}

/** The definition of one published version; REQUEST_FORM_VERSION_UNKNOWN when there is no such version. */
export async function loadFormVersion(db: Executor, serviceId: string, version: number): Promise<FormDefinition> {
  const [row] = await db
    .select({ definition: requestForms.definition })
    .from(requestForms)
    .where(and(eq(requestForms.serviceId, serviceId), eq(requestForms.version, version)));
  if (!row) throw new AppError('REQUEST_FORM_VERSION_UNKNOWN', { version });
  return row.definition;
}

/** Whether the service takes requests online: its page then offers the form. */
export async function hasOnlineForm(db: Executor, serviceId: string): Promise<boolean> {
  const rows = await db
    .select({ serviceId: requestServices.serviceId })
    .from(requestServices)
    .where(eq(requestServices.serviceId, serviceId));
  return rows.length > 0;
}
