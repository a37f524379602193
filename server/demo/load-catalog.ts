import { type SeedCatalog, SeedCatalogSchema } from '../../shared/catalog/seed-types';
import type { DatabaseHandle, Transaction } from '../db/client';
import {
  categories,
  lifeEvents,
  offices,
  organizations,
  serviceLifeEvents,
  serviceOffices,
  services,
} from '../db/schema';
import { loadOnce, SeedError } from './load-once';

/** Loads a catalog once per database (see loadOnce). */
export async function loadCatalogOnce(handle: DatabaseHandle, marker: string, catalog: unknown): Promise<boolean> {
  const parsed = SeedCatalogSchema.safeParse(catalog);
  if (!parsed.success) throw new SeedError(`Invalid seed data: ${parsed.error.message}`);
  return loadOnce(handle, marker, (tx) => insertCatalog(tx, parsed.data));
}

async function insertCatalog(tx: Transaction, catalog: SeedCatalog): Promise<void> {
  const idsBySlug = <T extends { slug: string; id: string }>(rows: T[]) =>
    new Map(rows.map((row) => [row.slug, row.id]));
  const lookup = (ids: Map<string, string>, slug: string, what: string) => {
    const id = ids.get(slug);
    if (!id) throw new SeedError(`Unknown ${what} "${slug}" in seed data`);
    return id;
  };
  const positioned = <T>(items: T[]) => items.map((item, position) => ({ ...item, position }));

  const categoryIds = idsBySlug(
    await tx
      .insert(categories)
      .values(positioned(catalog.categories))
      .returning({ id: categories.id, slug: categories.slug }),
  );
  const lifeEventIds = idsBySlug(
    await tx
      .insert(lifeEvents)
      .values(positioned(catalog.lifeEvents))
      .returning({ id: lifeEvents.id, slug: lifeEvents.slug }),
  );
  const organizationIds = idsBySlug(
    await tx
      .insert(organizations)
      .values(catalog.organizations)
      .returning({ id: organizations.id, slug: organizations.slug }),
  );
  const officeIds = idsBySlug(
    await tx
      .insert(offices)
      .values(
        catalog.offices.map(({ organization, ...office }) => ({
          ...office,
          organizationId: lookup(organizationIds, organization, 'organization'),
        })),
      )
      .returning({ id: offices.id, slug: offices.slug }),
  );
  const serviceIds = idsBySlug(
    await tx
      .insert(services)
      .values(
        catalog.services.map((service) => ({
          slug: service.slug,
          organizationId: lookup(organizationIds, service.organization, 'organization'),
          categoryId: lookup(categoryIds, service.category, 'category'),
          popularity: service.popularity,
          content: service.content,
        })),
      )
      .returning({ id: services.id, slug: services.slug }),
  );
  const links = catalog.services.map((service) => ({
    service,
    serviceId: lookup(serviceIds, service.slug, 'service'),
  }));
  const lifeEventLinks = links.flatMap(({ service, serviceId }) =>
    service.lifeEvents.map((slug) => ({ serviceId, lifeEventId: lookup(lifeEventIds, slug, 'life event') })),
  );
  const officeOwners = new Map(catalog.offices.map((office) => [office.slug, office.organization]));
  const officeLinks = links.flatMap(({ service, serviceId }) =>
    service.offices.map((slug) => {
      if (officeOwners.get(slug) !== service.organization) {
        throw new SeedError(`Service "${service.slug}" lists office "${slug}" of another organization`);
      }
      return { serviceId, officeId: lookup(officeIds, slug, 'office') };
    }),
  );
  if (lifeEventLinks.length > 0) await tx.insert(serviceLifeEvents).values(lifeEventLinks);
  await tx.insert(serviceOffices).values(officeLinks);
}
