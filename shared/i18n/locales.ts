/** Supported languages, zod-free so the client can import them without pulling in zod. */
export const locales = ['it', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'it';

export function isLocale(value: unknown): value is Locale {
  return locales.some((code) => code === value);
}

/** Picks the best supported locale from an Accept-Language header or a stored preference. */
export function negotiateLocale(preferences: string | null | undefined): Locale {
  if (!preferences) return defaultLocale;
  const ranked = preferences
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { language: tag.toLowerCase().split('-')[0], weight: q ? Number(q.trim().slice(2)) || 0 : 1, index };
    })
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { language } of ranked) {
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}
