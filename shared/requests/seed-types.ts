import { z } from 'zod';
import { slug } from '../catalog/content';
import { DeadlineKindSchema } from './api';
import { FormDefinitionSchema } from './form';

/** A service's online form as seed data: the office handling its requests, the legal term, version 1. */
export const SeedRequestFormSchema = z.object({
  service: slug,
  office: slug,
  deadline: z.object({ days: z.int().min(1).max(365), kind: DeadlineKindSchema }),
  definition: FormDefinitionSchema,
});
export type SeedRequestForm = z.infer<typeof SeedRequestFormSchema>;
