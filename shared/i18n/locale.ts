import { z } from 'zod';
import { locales } from './locales';

export { defaultLocale, isLocale, type Locale, locales, negotiateLocale } from './locales';
export const LocaleSchema = z.enum(locales);
