import type { Locale } from './locales';
import { requestsEn } from './messages/requests-en';
import { type RequestsMessageKey, requestsIt } from './messages/requests-it';

/**
 * The one name of each request status lives in the "requests" page strings (`requests.status.<status>`),
 * which the citizen's pages and the desk console both show; the server quotes the same entries. Each
 * name reads both as a label and after "la pratica è" / "the request is", so one entry serves both
 * roles: inside a sentence it takes a lower-case initial. This module is for the server and the tests;
 * pages read the names with t(), the catalog part being loaded with them.
 */
type NamedStatus = RequestsMessageKey extends infer Key
  ? Key extends `requests.status.${infer Status}`
    ? Exclude<Status, 'label'>
    : never
  : never;

const catalogs = { it: requestsIt, en: requestsEn };

/** «In lavorazione»: the status on its own, as a badge, a filter option or a table cell shows it. */
export function statusLabel(status: NamedStatus, locale: Locale): string {
  return catalogs[locale][`requests.status.${status}`];
}

/** «in lavorazione»: the same name quoted inside a sentence (la pratica è «in lavorazione»). */
export function statusInSentence(status: NamedStatus, locale: Locale): string {
  const label = statusLabel(status, locale);
  return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

/** Both languages at once, for a message stored or thrown now and worded later in the reader's language. */
export function statusInSentenceBoth(status: NamedStatus): Record<Locale, string> {
  return { it: statusInSentence(status, 'it'), en: statusInSentence(status, 'en') };
}
