import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PatronSaintDay } from '../../../shared/booking/schedule';
import type {
  Address,
  LocalizedText,
  OrganizationKind,
  ServiceTexts,
  WeeklyHours,
} from '../../../shared/catalog/content';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const id = () => uuid('id').primaryKey().defaultRandom();
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    kind: text('kind').$type<OrganizationKind>().notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    website: text('website').notNull(),
    email: text('email').notNull(),
    pec: text('pec').notNull(),
    phone: text('phone').notNull(),
    taxCode: text('tax_code').notNull().unique(),
    ...timestamps,
  },
  (table) => [
    check(
      'organizations_kind_check',
      sql`${table.kind} in ('municipality', 'regional_agency', 'health_authority', 'province')`,
    ),
  ],
);

export const offices = pgTable('offices', {
  id: id(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  address: jsonb('address').$type<Address>().notNull(),
  timeZone: text('time_zone').notNull().default('Europe/Rome'),
  openingHours: jsonb('opening_hours').$type<WeeklyHours>().notNull(),
  /** The local patron saint's day, a holiday for the office's town: { month, day, name }. */
  patronSaint: jsonb('patron_saint').$type<PatronSaintDay>(),
  accessibility: jsonb('accessibility').$type<LocalizedText>().notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  ...timestamps,
});

const topicColumns = () => ({
  id: id(),
  slug: text('slug').notNull().unique(),
  position: integer('position').notNull(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
});

/** The 15 Modello Comuni categories. */
export const categories = pgTable('categories', topicColumns());

/** Life events ("eventi della vita") that group services across categories. */
export const lifeEvents = pgTable('life_events', topicColumns());

/** Weighted full-text document of one language; the configs and sportello_unaccent come from migration 0000. */
const searchDocument = (config: string, locale: 'it' | 'en') =>
  sql.raw(
    `setweight(to_tsvector('${config}', coalesce(content->'${locale}'->>'title', '')), 'A')` +
      ` || setweight(jsonb_to_tsvector('${config}', coalesce(content->'${locale}'->'keywords', '[]'::jsonb), '["string"]'), 'A')` +
      ` || setweight(to_tsvector('${config}', coalesce(content->'${locale}'->>'summary', '')), 'B')` +
      ` || setweight(to_tsvector('${config}', coalesce(content->'${locale}'->>'description', '') || ' ' || coalesce(content->'${locale}'->>'audience', '')), 'C')`,
  );

/** Title and keywords without accents, for typo-tolerant trigram matching. */
const matchText = (locale: 'it' | 'en') =>
  sql.raw(
    `sportello_unaccent(lower(coalesce(content->'${locale}'->>'title', '') || ' ' || coalesce(content->'${locale}'->>'keywords', '')))`,
  );

export const services = pgTable(
  'services',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    popularity: integer('popularity').notNull().default(0),
    content: jsonb('content').$type<{ it: ServiceTexts; en: ServiceTexts }>().notNull(),
    // Card texts copied out of the large content document, so lists never read (and decompress) it.
    titleIt: text('title_it').notNull().generatedAlwaysAs(sql`content->'it'->>'title'`),
    titleEn: text('title_en').notNull().generatedAlwaysAs(sql`content->'en'->>'title'`),
    summaryIt: text('summary_it').notNull().generatedAlwaysAs(sql`content->'it'->>'summary'`),
    summaryEn: text('summary_en').notNull().generatedAlwaysAs(sql`content->'en'->>'summary'`),
    searchIt: tsvector('search_it').generatedAlwaysAs(searchDocument('sportello_it', 'it')),
    searchEn: tsvector('search_en').generatedAlwaysAs(searchDocument('sportello_en', 'en')),
    matchIt: text('match_it').generatedAlwaysAs(matchText('it')),
    matchEn: text('match_en').generatedAlwaysAs(matchText('en')),
    ...timestamps,
  },
  (table) => [
    check('services_popularity_check', sql`${table.popularity} >= 0`),
    index('services_search_it_idx').using('gin', table.searchIt),
    index('services_search_en_idx').using('gin', table.searchEn),
    index('services_match_it_idx').using('gin', table.matchIt.op('gin_trgm_ops')),
    index('services_match_en_idx').using('gin', table.matchEn.op('gin_trgm_ops')),
    index('services_category_idx').on(table.categoryId),
    index('services_organization_idx').on(table.organizationId),
  ],
);

export const serviceLifeEvents = pgTable(
  'service_life_events',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    lifeEventId: uuid('life_event_id')
      .notNull()
      .references(() => lifeEvents.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.serviceId, table.lifeEventId] }), index().on(table.lifeEventId)],
);

export const serviceOffices = pgTable(
  'service_offices',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.serviceId, table.officeId] }), index().on(table.officeId)],
);
