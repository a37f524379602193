import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { BookingMode } from '../../../shared/booking/schedule';
import type { LocalizedText } from '../../../shared/catalog/content';
import type { Locale } from '../../../shared/i18n/locales';
import { users } from './auth';
import { offices, serviceOffices, services } from './catalog';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Days an office does not receive, besides national holidays and its patron saint's day. */
export const officeClosures = pgTable(
  'office_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    reason: jsonb('reason').$type<LocalizedText>().notNull(),
  },
  (table) => [
    check('office_closures_range_check', sql`${table.startsOn} <= ${table.endsOn}`),
    index('office_closures_office_idx').on(table.officeId, table.endsOn),
  ],
);

/** How one service is booked at one office; the bounds mirror BookableServiceSchema in shared/booking. */
export const bookableServices = pgTable(
  'bookable_services',
  {
    serviceId: uuid('service_id').notNull(),
    officeId: uuid('office_id').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    capacity: integer('capacity').notNull(),
    bufferMinutes: integer('buffer_minutes').notNull().default(0),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(60),
    bookingWindowDays: integer('booking_window_days').notNull().default(60),
    cancelDeadlineMinutes: integer('cancel_deadline_minutes').notNull().default(1440),
    mode: text('mode').$type<BookingMode>().notNull().default('in_person'),
    /** Video appointments: each booking's meeting link is this base followed by the booking code. */
    meetingUrlBase: text('meeting_url_base'),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.officeId] }),
    // The target of booking_places' capacity reference, so each place can check its seat number.
    unique('bookable_services_capacity_key').on(table.serviceId, table.officeId, table.capacity),
    foreignKey({
      columns: [table.serviceId, table.officeId],
      foreignColumns: [serviceOffices.serviceId, serviceOffices.officeId],
      name: 'bookable_services_service_office_fk',
    }).onDelete('cascade'),
    check('bookable_services_slot_check', sql`${table.slotMinutes} between 5 and 240`),
    check('bookable_services_capacity_check', sql`${table.capacity} between 1 and 100`),
    check('bookable_services_buffer_check', sql`${table.bufferMinutes} between 0 and 120`),
    check('bookable_services_notice_check', sql`${table.minNoticeMinutes} >= 0`),
    check('bookable_services_window_check', sql`${table.bookingWindowDays} between 1 and 365`),
    check('bookable_services_cancel_check', sql`${table.cancelDeadlineMinutes} >= 0`),
    check('bookable_services_mode_check', sql`${table.mode} in ('in_person', 'phone', 'video')`),
    check('bookable_services_meeting_check', sql`(${table.mode} = 'video') = (${table.meetingUrlBase} is not null)`),
  ],
);

export const bookingStatuses = ['confirmed', 'cancelled'] as const;

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    /** The client's key for the confirm call: a replay finds this row and changes nothing. */
    idempotencyKey: uuid('idempotency_key').notNull().unique(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<(typeof bookingStatuses)[number]>().notNull().default('confirmed'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    givenName: text('first_name').notNull(),
    familyName: text('last_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    fiscalCode: text('fiscal_code'),
    reason: text('reason').notNull().default(''),
    notes: text('notes').notNull().default(''),
    mode: text('mode').$type<BookingMode>().notNull(),
    /** The language the booking was made in: reminders and emails to a guest use it. */
    locale: text('locale').$type<Locale>().notNull().default('it'),
    meetingUrl: text('meeting_url'),
    /** RFC 5545 SEQUENCE: grows with every change a calendar must pick up. */
    sequence: integer('sequence').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    check('bookings_status_check', sql`${table.status} in ('confirmed', 'cancelled')`),
    check('bookings_cancelled_check', sql`(${table.status} = 'cancelled') = (${table.cancelledAt} is not null)`),
    check('bookings_time_check', sql`${table.startsAt} < ${table.endsAt}`),
    index('bookings_user_idx').on(table.userId, table.startsAt),
    index('bookings_slot_idx').on(table.serviceId, table.officeId, table.startsAt),
  ],
);

/**
 * One occupied place in one slot: a live hold (expires_at set) or a booking's seat (booking_id set).
 * Capacity is enforced here: seat numbers are unique per slot and between 1 and the service's capacity,
 * so no number of concurrent writers can put more than `capacity` rows on a slot.
 */
export const bookingPlaces = pgTable(
  'booking_places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id').notNull(),
    officeId: uuid('office_id').notNull(),
    capacity: integer('capacity').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    seat: integer('seat').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'cascade' }),
    /** Who may confirm a hold: the signed-in person who took it (or was offered it), or whoever knows the secret. */
    holderUserId: uuid('holder_user_id').references(() => users.id, { onDelete: 'cascade' }),
    secretHash: text('secret_hash'),
    createdAt: createdAt(),
  },
  (table) => [
    unique('booking_places_seat_key').on(table.serviceId, table.officeId, table.startsAt, table.seat),
    foreignKey({
      columns: [table.serviceId, table.officeId, table.capacity],
      foreignColumns: [bookableServices.serviceId, bookableServices.officeId, bookableServices.capacity],
      name: 'booking_places_capacity_fk',
    })
      // Taking a service off booking while places are held or booked is refused, not silently unseated.
      .onUpdate('cascade')
      .onDelete('restrict'),
    check('booking_places_seat_check', sql`${table.seat} between 1 and ${table.capacity}`),
    check('booking_places_kind_check', sql`(${table.bookingId} is null) <> (${table.expiresAt} is null)`),
    index('booking_places_booking_idx').on(table.bookingId),
  ],
);

/** Every change to a booking; the idempotency key of a cancel or reschedule makes its replay a no-op. */
export const bookingEvents = pgTable(
  'booking_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'confirmed' | 'rescheduled' | 'cancelled'>().notNull(),
    idempotencyKey: uuid('idempotency_key').unique(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    fromStart: timestamp('from_start', { withTimezone: true }),
    toStart: timestamp('to_start', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    check('booking_events_kind_check', sql`${table.kind} in ('confirmed', 'rescheduled', 'cancelled')`),
    index('booking_events_booking_idx').on(table.bookingId),
  ],
);

export const waitlistStatuses = ['waiting', 'offered', 'booked', 'expired', 'left'] as const;

/** People waiting for a place on a full day, first come first offered. */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id').notNull(),
    officeId: uuid('office_id').notNull(),
    localDate: date('local_date').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<(typeof waitlistStatuses)[number]>().notNull().default('waiting'),
    /** While offered: the hold kept for this person. */
    placeId: uuid('place_id').references(() => bookingPlaces.id, { onDelete: 'set null' }),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    /** The offered slot, kept after its hold lapses so the place can pass to the next in line. */
    offerStartsAt: timestamp('offer_starts_at', { withTimezone: true }),
    offerEndsAt: timestamp('offer_ends_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    foreignKey({
      columns: [table.serviceId, table.officeId],
      foreignColumns: [bookableServices.serviceId, bookableServices.officeId],
      name: 'waitlist_entries_bookable_fk',
    }).onDelete('cascade'),
    check('waitlist_entries_status_check', sql`${table.status} in ('waiting', 'offered', 'booked', 'expired', 'left')`),
    // One live place in line per person and day.
    uniqueIndex('waitlist_entries_live_key')
      .on(table.serviceId, table.officeId, table.localDate, table.userId)
      .where(sql`${table.status} in ('waiting', 'offered')`),
    index('waitlist_entries_line_idx').on(table.serviceId, table.officeId, table.localDate, table.createdAt),
  ],
);
