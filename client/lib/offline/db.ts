import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { BookingView } from '../../../shared/booking/api';
import type { ServiceSummary } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locales';
import type { OutboxEntry } from './outbox-plan';

/** A catalog response as the citizen last received it. */
export type StoredResponse = {
  /** procedure + canonical input (which includes the locale) */
  key: string;
  procedure: string;
  locale: Locale;
  value: unknown;
  fetchedAt: string;
};

/** One service the citizen has seen, indexed for search without the network. */
export type StoredService = {
  /** locale:slug */
  key: string;
  locale: Locale;
  summary: ServiceSummary;
  keywords: string[];
  lifeEvents: string[];
  fetchedAt: string;
};

/**
 * A booking made (or found by code and email) on this device without signing in: the email is what
 * proves it is the person's, and the last answer is kept so the appointment reads offline too.
 */
export type StoredBooking = {
  code: string;
  email: string;
  savedAt: string;
  view?: BookingView;
  fetchedAt?: string;
};

/**
 * One answer about the signed-in person (their bookings, requests, inbox), or who that person is
 * (key "auth.session"). Every entry names its person, so nobody else's copy is ever read.
 */
export type StoredPersonal = {
  /** procedure + canonical input */
  key: string;
  userId: string;
  value: unknown;
  fetchedAt: string;
};

export interface OfflineSchema extends DBSchema {
  responses: { key: string; value: StoredResponse; indexes: { fetchedAt: string } };
  services: { key: string; value: StoredService; indexes: { locale: Locale } };
  bookings: { key: string; value: StoredBooking };
  personal: { key: string; value: StoredPersonal };
  outbox: { key: string; value: OutboxEntry };
}

export type OfflineDatabase = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDatabase> | undefined;

/**
 * Opened lazily on first use, by pages and by the service worker alike; a browser without IndexedDB (or
 * refusing it) just has no offline copy.
 */
export function offlineDb(): Promise<OfflineDatabase> {
  opening ??= openDB<OfflineSchema>('sportello-offline', 3, {
    // Each version adds to the previous one, so a device on any older version keeps what it saved.
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('responses', { keyPath: 'key' }).createIndex('fetchedAt', 'fetchedAt');
        db.createObjectStore('services', { keyPath: 'key' }).createIndex('locale', 'locale');
      }
      if (oldVersion < 2) db.createObjectStore('bookings', { keyPath: 'code' });
      if (oldVersion < 3) {
        db.createObjectStore('personal', { keyPath: 'key' });
        db.createObjectStore('outbox', { keyPath: 'id' });
      }
    },
    // A newer version of the app in another tab wants to upgrade: step aside, reopen on next use.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
