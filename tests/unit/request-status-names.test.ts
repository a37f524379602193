import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locales } from '../../shared/i18n/locales';
import { areaEn } from '../../shared/i18n/messages/area-en';
import { areaIt } from '../../shared/i18n/messages/area-it';
import { bookingEn } from '../../shared/i18n/messages/booking-en';
import { bookingIt } from '../../shared/i18n/messages/booking-it';
import { deskEn } from '../../shared/i18n/messages/desk-en';
import { deskIt } from '../../shared/i18n/messages/desk-it';
import { en } from '../../shared/i18n/messages/en';
import { it as core } from '../../shared/i18n/messages/it';
import { offlineEn } from '../../shared/i18n/messages/offline-en';
import { offlineIt } from '../../shared/i18n/messages/offline-it';
import { requestsEn } from '../../shared/i18n/messages/requests-en';
import { requestsIt } from '../../shared/i18n/messages/requests-it';
import { transparencyEn } from '../../shared/i18n/messages/transparency-en';
import { transparencyIt } from '../../shared/i18n/messages/transparency-it';
import { statusInSentence, statusInSentenceBoth, statusLabel } from '../../shared/i18n/request-status';
import { requestStatuses } from '../../shared/requests/status';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Demo content is content, not wording of the interface; the page catalogs hold other texts that may
// share a word ("Submitted" as a column of dates), and are checked by key below; tests quote on purpose.
const codeFiles = ['client', 'server', 'shared']
  .flatMap(sourceFiles)
  .filter((path) => !path.startsWith(join('server', 'demo')) && !path.startsWith(join('shared', 'i18n', 'messages')));

describe('request status names', () => {
  it.each(requestStatuses.flatMap((status) => locales.map((locale) => [status, locale] as const)))(
    '%s has a name in %s',
    (status, locale) => {
      expect(statusLabel(status, locale)?.trim()).toBeTruthy();
    },
  );

  it('name no status the model does not have', () => {
    const named = (catalog: Record<string, string>) =>
      Object.keys(catalog)
        .filter((key) => key.startsWith('requests.status.') && key !== 'requests.status.label')
        .map((key) => key.slice('requests.status.'.length))
        .sort();
    expect(named(requestsIt)).toEqual([...requestStatuses].sort());
    expect(named(requestsEn)).toEqual([...requestStatuses].sort());
  });

  it('are the entries the pages show, for the server too', () => {
    for (const status of requestStatuses) {
      expect(statusLabel(status, 'it')).toBe(requestsIt[`requests.status.${status}`]);
      expect(statusLabel(status, 'en')).toBe(requestsEn[`requests.status.${status}`]);
    }
  });

  it('give each status its own name', () => {
    for (const locale of locales) {
      const names = requestStatuses.map((status) => statusLabel(status, locale));
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });

  it('are quoted in sentences as the same entry with a lower-case initial', () => {
    for (const status of requestStatuses) {
      for (const locale of locales) {
        const label = statusLabel(status, locale);
        expect(statusInSentence(status, locale)).toBe(label.charAt(0).toLowerCase() + label.slice(1));
      }
      expect(statusInSentenceBoth(status)).toEqual({
        it: statusInSentence(status, 'it'),
        en: statusInSentence(status, 'en'),
      });
    }
  });

  it('have no second home in the page catalogs', () => {
    const ownNames = new RegExp(`\\.status\\.(${requestStatuses.join('|')})$`);
    const catalogs = [core, en, areaIt, areaEn, bookingIt, bookingEn, requestsIt, requestsEn, deskIt, deskEn];
    const more = [transparencyIt, transparencyEn, offlineIt, offlineEn];
    const keys = [...catalogs, ...more].flatMap((catalog) => Object.keys(catalog));
    expect(keys.filter((key) => ownNames.test(key) && !key.startsWith('requests.status.'))).toEqual([]);
  });

  // A status name written out as a literal anywhere else is a second wording waiting to drift. The
  // lower-case English names of most statuses are also their codes ('closed'), so those are not looked for.
  it('are written out nowhere else in client, server or shared code', () => {
    const names = new Set(
      locales.flatMap((locale) =>
        requestStatuses.flatMap((status) => [statusLabel(status, locale), statusInSentence(status, locale)]),
      ),
    );
    for (const status of requestStatuses) names.delete(status);
    const quoted = [...names].map((name) => new RegExp(`['"\`]${name}['"\`]`));
    const found = codeFiles.flatMap((path) => {
      const text = readFileSync(join(root, path), 'utf8');
      return quoted.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern}`);
    });
    expect(found).toEqual([]);
  });
});
