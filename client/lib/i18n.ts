import { createSignal, startTransition } from 'solid-js';
import { defaultLocale, isLocale, type Locale, locales } from '../../shared/i18n/locales';
import { it, type MessageKey, type Messages } from '../../shared/i18n/messages/it';

export { locales };

const storageKey = 'sportello.locale';
const catalogs: Partial<Record<Locale, Messages>> = { it };

/** The citizen's language: a signal every string and every catalog request reads, persisted on the device. */
const [locale, setLocaleSignal] = createSignal<Locale>(defaultLocale);
const [messages, setMessages] = createSignal<Messages>(it);

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

function apply(target: Locale, catalog: Messages): void {
  setMessages(() => catalog);
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
  const catalog = await loadMessages(target);
  try {
    localStorage.setItem(storageKey, target);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit only.
  }
  // A transition keeps the current page on screen until its data in the new language has arrived.
  await startTransition(() => apply(target, catalog));
}

export type MessageParams = Record<string, string | number>;

export function t(key: MessageKey, params?: MessageParams): string {
  const template = messages()[key];
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
