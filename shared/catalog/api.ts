import { z } from 'zod';
import { LocaleSchema } from '../i18n/locale';
import { singleLineText } from '../text';
import { AddressSchema, OrganizationKindSchema, slug, WeeklyHoursSchema } from './content';

/**
 * Inputs and outputs of the catalog procedures: the public contract of /trpc/catalog.* Inputs are strict:
 * a field a procedure does not have (a `limit` on search) is refused, not silently ignored.
 */

const LocaleInput = { locale: LocaleSchema.default('it') };

export const SearchServicesInput = z.strictObject({
  q: singleLineText({ max: 200 }).optional(),
  category: slug.optional(),
  lifeEvent: slug.optional(),
  organization: slug.optional(),
  ...LocaleInput,
  page: z.int().min(1).max(500).default(1),
  pageSize: z.int().min(1).max(50).default(20),
});
export type SearchServicesInput = z.input<typeof SearchServicesInput>;

export const ServiceBySlugInput = z.strictObject({ slug, ...LocaleInput });
export type ServiceBySlugInput = z.input<typeof ServiceBySlugInput>;

export const LocaleOnlyInput = z.strictObject(LocaleInput).default({ locale: 'it' });
export type LocaleOnlyInput = z.input<typeof LocaleOnlyInput>;

/** Topics (categories, life events) can be narrowed to the services of one organization. */
export const TopicListInput = z
  .strictObject({ organization: slug.optional(), ...LocaleInput })
  .default({ locale: 'it' });
export type TopicListInput = z.input<typeof TopicListInput>;

export const TopicBySlugInput = z.strictObject({ slug, organization: slug.optional(), ...LocaleInput });
export type TopicBySlugInput = z.input<typeof TopicBySlugInput>;

export const PopularServicesInput = z
  .strictObject({ organization: slug.optional(), limit: z.int().min(1).max(24).default(8), ...LocaleInput })
  .default({ limit: 8, locale: 'it' });
export type PopularServicesInput = z.input<typeof PopularServicesInput>;

const Ref = z.object({ slug: z.string(), name: z.string() });
export type Ref = z.infer<typeof Ref>;

export const ServiceSummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  category: Ref,
  organization: Ref,
  updatedAt: z.string(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const SearchServicesOutput = z.object({
  items: z.array(ServiceSummary),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type SearchServicesOutput = z.infer<typeof SearchServicesOutput>;

export const Office = z.object({
  slug: z.string(),
  name: z.string(),
  address: AddressSchema,
  timeZone: z.string(),
  openingHours: WeeklyHoursSchema,
  accessibility: z.string(),
  phone: z.string(),
  email: z.string(),
  latitude: z.number(),
  longitude: z.number(),
});
export type Office = z.infer<typeof Office>;

export const Organization = z.object({
  slug: z.string(),
  kind: OrganizationKindSchema,
  name: z.string(),
  description: z.string(),
  website: z.string(),
  email: z.string(),
  pec: z.string(),
  phone: z.string(),
  taxCode: z.string(),
  serviceCount: z.int(),
});
export type Organization = z.infer<typeof Organization>;

export const ServiceDetail = ServiceSummary.extend({
  /** Modello Comuni sections, in page order; plain text (paragraphs split by blank lines, "- " list items). */
  sections: z.object({
    description: z.string(),
    audience: z.string(),
    howTo: z.string(),
    requirements: z.string(),
    outcome: z.string(),
    timing: z.string(),
    cost: z.string(),
    access: z.string(),
    moreInfo: z.string(),
  }),
  keywords: z.array(z.string()),
  lifeEvents: z.array(Ref),
  organization: Organization.omit({ serviceCount: true }),
  offices: z.array(Office),
  /** The service takes requests online: its page offers the form (/pratiche/nuova/<slug>). */
  onlineForm: z.boolean(),
});
export type ServiceDetail = z.infer<typeof ServiceDetail>;

export const Topic = z.object({ slug: z.string(), name: z.string(), description: z.string(), serviceCount: z.int() });
export type Topic = z.infer<typeof Topic>;

export const TopicWithServices = Topic.extend({ services: z.array(ServiceSummary) });
export type TopicWithServices = z.infer<typeof TopicWithServices>;
