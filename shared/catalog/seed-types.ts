import { z } from 'zod';
import {
  AddressSchema,
  LocalizedTextSchema,
  localized,
  OrganizationKindSchema,
  ServiceTextsSchema,
  slug,
  WeeklyHoursSchema,
} from './content';

/** Shapes of the demo data (and of anything imported in bulk): both languages side by side. */
export const SeedCategorySchema = z.object({
  slug,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

export const SeedLifeEventSchema = SeedCategorySchema;

export const SeedOrganizationSchema = z.object({
  slug,
  kind: OrganizationKindSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  website: z.url(),
  email: z.email(),
  pec: z.email(),
  phone: z.string().min(6),
  taxCode: z.string().regex(/^\d{11}$/),
});

export const SeedOfficeSchema = z.object({
  slug,
  organization: slug,
  name: LocalizedTextSchema,
  address: AddressSchema,
  timeZone: z.string().default('Europe/Rome'),
  openingHours: WeeklyHoursSchema,
  accessibility: LocalizedTextSchema,
  phone: z.string().min(6),
  email: z.email(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const SeedServiceSchema = z.object({
  slug,
  organization: slug,
  category: slug,
  lifeEvents: z.array(slug),
  offices: z.array(slug).min(1),
  /** Relative demand, drives "most requested" on the home page. */
  popularity: z.int().min(0),
  content: localized(ServiceTextsSchema),
});

export const SeedCatalogSchema = z.object({
  categories: z.array(SeedCategorySchema),
  lifeEvents: z.array(SeedLifeEventSchema),
  organizations: z.array(SeedOrganizationSchema),
  offices: z.array(SeedOfficeSchema),
  services: z.array(SeedServiceSchema),
});

export type SeedCategory = z.input<typeof SeedCategorySchema>;
export type SeedLifeEvent = z.input<typeof SeedLifeEventSchema>;
export type SeedOrganization = z.input<typeof SeedOrganizationSchema>;
export type SeedOffice = z.input<typeof SeedOfficeSchema>;
export type SeedService = z.input<typeof SeedServiceSchema>;
export type SeedCatalog = z.output<typeof SeedCatalogSchema>;
