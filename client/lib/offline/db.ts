import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { BookingView } from '../../../shared/booking/api';
import type { ServiceSummary } from '../../../shared/catalog/api';
import type { Locale } from '../../../shared/i18n/locales';

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

interface OfflineSchema extends DBSchema {
  responses: { key: string; value: StoredResponse; indexes: { fetchedAt: string } };
  services: { key: string; value: StoredService; indexes: { locale: Locale } };
  bookings: { key: string; value: StoredBooking };
}

export type OfflineDatabase = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDatabase> | undefined;

/** Opened lazily on first use; a browser without IndexedDB (or refusing it) just has no offline copy. */
export function offlineDb(): Promise<OfflineDatabase> {
  opening ??= openDB<OfflineSchema>('sportello-offline', 2, {
    // Each version adds to the previous one, so a device on any older version keeps what it saved.
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('responses', { keyPath: 'key' }).createIndex('fetchedAt', 'fetchedAt');
        db.createObjectStore('services', { keyPath: 'key' }).createIndex('locale', 'locale');
      }
      if (oldVersion < 2) db.createObjectStore('bookings', { keyPath: 'code' });
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
