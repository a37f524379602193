import { createSignal, startTransition } from 'solid-js';
import { defaultLocale, isLocale, type Locale, locales } from '../../shared/i18n/locales';
import type { AreaMessageKey, AreaMessages } from '../../shared/i18n/messages/area-it';
import type { BookingMessageKey, BookingMessages } from '../../shared/i18n/messages/booking-it';
import type { DeskMessageKey, DeskMessages } from '../../shared/i18n/messages/desk-it';
import { type MessageKey as CoreMessageKey, it, type Messages } from '../../shared/i18n/messages/it';
import type { OfflineMessageKey, OfflineMessages } from '../../shared/i18n/messages/offline-it';
import type { RequestsMessageKey, RequestsMessages } from '../../shared/i18n/messages/requests-it';
import type { TransparencyMessageKey, TransparencyMessages } from '../../shared/i18n/messages/transparency-it';

export { locales };

/** Every key t() knows: the core catalog, always loaded, and the parts loaded with the pages using them. */
export type MessageKey =
  | CoreMessageKey
  | AreaMessageKey
  | BookingMessageKey
  | RequestsMessageKey
  | DeskMessageKey
  | TransparencyMessageKey
  | OfflineMessageKey;

const storageKey = 'sportello.locale';
const catalogs: Partial<Record<Locale, Messages>> = { it };

/**
 * Parts of the catalog that only some pages need (the sign-in page and the personal area: "area";
 * appointments: "booking"; requests: "requests"; the desk console: "desk"; response times: "transparency"; actions waiting to be sent: "offline"), kept out of the entry bundle and loaded, in the reader's language, with
 * those pages' chunks.
 */
type PartMessages = {
  area: AreaMessages;
  booking: BookingMessages;
  requests: RequestsMessages;
  desk: DeskMessages;
  transparency: TransparencyMessages;
  offline: OfflineMessages;
};
export type MessagePart = keyof PartMessages;
const partLoaders: { [P in MessagePart]: Record<Locale, () => Promise<PartMessages[P]>> } = {
  area: {
    it: () => import('../../shared/i18n/messages/area-it').then((module) => module.areaIt),
    en: () => import('../../shared/i18n/messages/area-en').then((module) => module.areaEn),
  },
  booking: {
    it: () => import('../../shared/i18n/messages/booking-it').then((module) => module.bookingIt),
    en: () => import('../../shared/i18n/messages/booking-en').then((module) => module.bookingEn),
  },
  requests: {
    it: () => import('../../shared/i18n/messages/requests-it').then((module) => module.requestsIt),
    en: () => import('../../shared/i18n/messages/requests-en').then((module) => module.requestsEn),
  },
  desk: {
    it: () => import('../../shared/i18n/messages/desk-it').then((module) => module.deskIt),
    en: () => import('../../shared/i18n/messages/desk-en').then((module) => module.deskEn),
  },
  transparency: {
    it: () => import('../../shared/i18n/messages/transparency-it').then((module) => module.transparencyIt),
    en: () => import('../../shared/i18n/messages/transparency-en').then((module) => module.transparencyEn),
  },
  offline: {
    it: () => import('../../shared/i18n/messages/offline-it').then((module) => module.offlineIt),
    en: () => import('../../shared/i18n/messages/offline-en').then((module) => module.offlineEn),
  },
};
const wantedParts = new Set<MessagePart>();
const partCatalogs: Record<Locale, Partial<PartMessages>> = { it: {}, en: {} };

/** The citizen's language: a signal every string and every catalog request reads, persisted on the device. */
const [locale, setLocaleSignal] = createSignal<Locale>(defaultLocale);
const [messages, setMessages] = createSignal<Partial<Record<MessageKey, string>>>(it);

export { locale };

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

// English is a separate chunk: Italian readers never download it.
async function loadMessages(target: Locale): Promise<Messages> {
  const loaded = catalogs[target];
  if (loaded) return loaded;
  const { en } = await import('../../shared/i18n/messages/en');
  catalogs.en = en;
  return en;
}

async function loadParts(target: Locale): Promise<void> {
  const loaded = partCatalogs[target] as Record<MessagePart, unknown>;
  await Promise.all(
    [...wantedParts].map(async (part) => {
      loaded[part] ??= await partLoaders[part][target]();
    }),
  );
}

function apply(target: Locale, catalog: Messages): void {
  setMessages(() => Object.assign({}, catalog, ...Object.values(partCatalogs[target])));
  setLocaleSignal(target);
  document.documentElement.lang = target;
}

/** Called once before the first render, so a reader who chose English never sees Italian flash by. */
export async function initLocale(): Promise<void> {
  const target = storedLocale();
  try {
    apply(target, await loadMessages(target));
  } catch {
    // The English chunk could not load (offline before it was ever cached): Italian is always there.
    apply(defaultLocale, it);
  }
}

export async function setLocale(target: Locale): Promise<void> {
  const [catalog] = await Promise.all([loadMessages(target), loadParts(target)]);
  try {
    localStorage.setItem(storageKey, target);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit only.
  }
  // A transition keeps the current page on screen until its data in the new language has arrived.
  await startTransition(() => apply(target, catalog));
}

/** Loads a part of the catalog in the current language (and, from then on, in any language chosen). */
export async function loadMessagePart(part: MessagePart): Promise<void> {
  wantedParts.add(part);
  const target = locale();
  await loadParts(target);
  const catalog = catalogs[target];
  if (catalog && locale() === target) apply(target, catalog);
}

/** For lazy(): a page's chunk together with the parts of the catalog its strings are in. */
export function withMessagePart<T>(part: MessagePart | MessagePart[], load: () => Promise<T>): () => Promise<T> {
  const parts = Array.isArray(part) ? part : [part];
  return () => Promise.all([load(), ...parts.map(loadMessagePart)]).then(([module]) => module);
}

export type MessageParams = Record<string, string | number>;

export function t(key: MessageKey, params?: MessageParams): string {
  // A key of a part not loaded yet shows as itself rather than breaking the page.
  const template = messages()[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  it: new Intl.PluralRules('it'),
  en: new Intl.PluralRules('en'),
};

type PluralKey<K> = K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;

/** Picks "<base>.one" or "<base>.other" by the language's plural rules and fills {count}. */
export function plural(base: PluralKey<MessageKey>, count: number, params?: MessageParams): string {
  const form = pluralRules[locale()].select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as MessageKey, { count: formatCount(count), ...params });
}

function formatCount(count: number): string {
  return new Intl.NumberFormat(locale()).format(count);
}
