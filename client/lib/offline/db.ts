import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
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

interface OfflineSchema extends DBSchema {
  responses: { key: string; value: StoredResponse; indexes: { fetchedAt: string } };
  services: { key: string; value: StoredService; indexes: { locale: Locale } };
}

export type OfflineDatabase = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDatabase> | undefined;

/** Opened lazily on first use; a browser without IndexedDB (or refusing it) just has no offline copy. */
export function offlineDb(): Promise<OfflineDatabase> {
  opening ??= openDB<OfflineSchema>('sportello-offline', 1, {
    upgrade(db) {
      db.createObjectStore('responses', { keyPath: 'key' }).createIndex('fetchedAt', 'fetchedAt');
      db.createObjectStore('services', { keyPath: 'key' }).createIndex('locale', 'locale');
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
