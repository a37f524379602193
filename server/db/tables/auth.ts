import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Locale } from '../../../shared/i18n/locales';
import { offices, organizations } from './catalog';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A person. Roles beyond citizen come from role_grants. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    givenName: text('given_name'),
    familyName: text('family_name'),
    phone: text('phone'),
    /** Italian codice fiscale, set only from a verified source (SPID/CIE) or checked for its control character. */
    fiscalCode: text('fiscal_code').unique(),
    locale: text('locale').$type<Locale>().notNull().default('it'),
    /** Which channels may carry which kinds of message, e.g. { "email": true }. The inbox always receives. */
    notificationPrefs: jsonb('notification_prefs').$type<Record<string, boolean>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('users_email_lower_unique').on(sql`lower(${table.email})`),
    check('users_locale_check', sql`${table.locale} in ('it', 'en')`),
  ],
);

/** Staff of an office, owner of an organization, or admin of the whole deployment. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<'staff' | 'owner' | 'admin'>().notNull(),
    officeId: uuid('office_id').references(() => offices.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [
    check(
      'role_grants_scope_check',
      sql`(${table.role} = 'staff' and ${table.officeId} is not null and ${table.organizationId} is null)
        or (${table.role} = 'owner' and ${table.organizationId} is not null and ${table.officeId} is null)
        or (${table.role} = 'admin' and ${table.officeId} is null and ${table.organizationId} is null)`,
    ),
    unique('role_grants_unique').on(table.userId, table.role, table.officeId, table.organizationId).nullsNotDistinct(),
  ],
);

/** Server-side sessions; the id is the SHA-256 of the cookie's token, so a database leak signs nobody in. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    method: text('method').$type<'email_code' | 'passkey' | 'oidc'>().notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** One-time sign-in codes sent by email: hashed, short-lived, single use, attempts counted. */
export const emailCodes = pgTable(
  'email_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
    ip: text('ip'),
  },
  (table) => [index('email_codes_email_idx').on(table.email, table.createdAt)],
);

/** WebAuthn credentials; the id is the credential id the authenticator chose. */
export const passkeys = pgTable(
  'passkeys',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    publicKey: bytea('public_key').notNull(),
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: jsonb('transports').$type<string[]>().notNull().default([]),
    deviceType: text('device_type').notNull(),
    backedUp: boolean('backed_up').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [index('passkeys_user_idx').on(table.userId)],
);

/**
 * Sign-in ceremonies in progress (passkey challenges, OIDC state/nonce/PKCE verifier), found again
 * through a short-lived cookie holding the id's token; each is consumed once.
 */
export const authFlows = pgTable('auth_flows', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<'passkey_register' | 'passkey_sign_in' | 'oidc'>().notNull(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  data: jsonb('data').$type<Record<string, string>>().notNull(),
  returnTo: text('return_to'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});
