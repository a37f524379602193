import { describe, expect, it } from 'vitest';
import { areaEn } from '../../shared/i18n/messages/area-en';
import { areaIt } from '../../shared/i18n/messages/area-it';
import { bookingEn } from '../../shared/i18n/messages/booking-en';
import { bookingIt } from '../../shared/i18n/messages/booking-it';
import { deskEn } from '../../shared/i18n/messages/desk-en';
import { deskIt } from '../../shared/i18n/messages/desk-it';
import { en } from '../../shared/i18n/messages/en';
import { it as itMessages } from '../../shared/i18n/messages/it';
import { offlineEn } from '../../shared/i18n/messages/offline-en';
import { offlineIt } from '../../shared/i18n/messages/offline-it';
import { requestsEn } from '../../shared/i18n/messages/requests-en';
import { requestsIt } from '../../shared/i18n/messages/requests-it';
import { transparencyEn } from '../../shared/i18n/messages/transparency-en';
import { transparencyIt } from '../../shared/i18n/messages/transparency-it';

/** Each part of the catalog, Italian and English: the same keys, no empty text, the same placeholders. */
type Catalog = Record<string, string>;
const parts: Record<string, [Catalog, Catalog]> = {
  core: [itMessages, en],
  area: [areaIt, areaEn],
  booking: [bookingIt, bookingEn],
  requests: [requestsIt, requestsEn],
  desk: [deskIt, deskEn],
  transparency: [transparencyIt, transparencyEn],
  offline: [offlineIt, offlineEn],
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(Object.entries(parts))('the %s messages', (_part, [italian, english]) => {
  it('have the same keys in Italian and English', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(italian).sort());
  });

  it('have no empty text', () => {
    for (const catalog of [italian, english])
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(italian))
      expect(placeholders(english[key] ?? ''), key).toEqual(placeholders(text));
  });
});

describe('the parts loaded with their pages', () => {
  it('never reuse a key of the core catalog or of another part', () => {
    const seen = new Map<string, string>();
    for (const [part, [italian]] of Object.entries(parts)) {
      for (const key of Object.keys(italian)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${part}`).toBeUndefined();
        seen.set(key, part);
      }
    }
  });
});
