import { z } from 'zod';
import { slug } from '../catalog/content';
import { BookableServiceSchema, ClosureSchema, PatronSaintDaySchema } from './schedule';

/** Booking rules loaded in bulk (the demo data): offices and services by slug. */
export const SeedBookingSchema = z.object({
  patronSaints: z.array(z.intersection(z.object({ office: slug }), PatronSaintDaySchema)),
  closures: z.array(z.intersection(z.object({ office: slug }), ClosureSchema)),
  services: z.array(
    z.intersection(
      z.object({ service: slug, office: slug, meetingUrlBase: z.url({ protocol: /^https$/ }).optional() }),
      BookableServiceSchema,
    ),
  ),
});
export type SeedBooking = z.input<typeof SeedBookingSchema>;
export type SeedBookingData = z.output<typeof SeedBookingSchema>;
