import { z } from 'zod';
import { weekdays } from './weekdays';

export { type Weekday, weekdays } from './weekdays';

/** Texts of a service page, one per Modello Comuni section, in one language. */
export const ServiceTextsSchema = z.object({
  title: z.string().min(3).max(120),
  summary: z.string().min(10).max(300),
  description: z.string().min(10),
  audience: z.string().min(5),
  howTo: z.string().min(5),
  requirements: z.string().min(5),
  outcome: z.string().min(5),
  timing: z.string().min(5),
  cost: z.string().min(2),
  access: z.string().min(5),
  moreInfo: z.string().min(5),
  keywords: z.array(z.string().min(2)).default([]),
});
export type ServiceTexts = z.infer<typeof ServiceTextsSchema>;

export const localized = <T extends z.ZodType>(schema: T) => z.object({ it: schema, en: schema });
export const LocalizedTextSchema = localized(z.string().min(1));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const OpeningRangeSchema = z
  .object({ opens: time, closes: time })
  .refine((range) => range.opens < range.closes, { message: 'opens must be before closes' });
/** Weekly opening hours: several ranges a day, a missing day is closed. */
export const WeeklyHoursSchema = z.partialRecord(z.enum(weekdays), z.array(OpeningRangeSchema));
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

export const AddressSchema = z.object({
  street: z.string().min(3),
  postalCode: z.string().regex(/^\d{5}$/),
  city: z.string().min(2),
  province: z.string().length(2),
});
export type Address = z.infer<typeof AddressSchema>;

export const slug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const organizationKinds = ['municipality', 'regional_agency', 'health_authority', 'province'] as const;
export const OrganizationKindSchema = z.enum(organizationKinds);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;
