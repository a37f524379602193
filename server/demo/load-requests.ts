import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type SeedRequestForm, SeedRequestFormSchema } from '../../shared/requests/seed-types';
import type { DatabaseHandle, Transaction } from '../db/client';
import { offices, requestForms, requestServices, services } from '../db/schema';
import { loadOnce, SeedError } from './load-once';
import { insertDemoHistory } from './request-history';

/** Loads the online forms once per database, with a few months of decided requests behind them. */
export async function loadRequestsOnce(handle: DatabaseHandle, marker: string, forms: unknown): Promise<boolean> {
  const parsed = z.array(SeedRequestFormSchema).safeParse(forms);
  if (!parsed.success) throw new SeedError(`Invalid request forms seed data: ${parsed.error.message}`);
  return loadOnce(handle, marker, async (tx) => {
    for (const form of parsed.data) await insertForm(tx, form);
    await insertDemoHistory(tx, parsed.data, new Date());
  });
}

async function insertForm(tx: Transaction, form: SeedRequestForm): Promise<void> {
  const [service] = await tx.select({ id: services.id }).from(services).where(eq(services.slug, form.service));
  const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.slug, form.office));
  if (!service) throw new SeedError(`Unknown service "${form.service}" in request forms seed data`);
  if (!office) throw new SeedError(`Unknown office "${form.office}" in request forms seed data`);
  await tx.insert(requestForms).values({ serviceId: service.id, version: 1, definition: form.definition });
  await tx.insert(requestServices).values({
    serviceId: service.id,
    officeId: office.id,
    deadlineDays: form.deadline.days,
    deadlineKind: form.deadline.kind,
    currentVersion: 1,
  });
}
