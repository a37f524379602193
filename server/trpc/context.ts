import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger } from 'fastify';
import { type Locale, LocaleSchema, negotiateLocale } from '../../shared/i18n/locale';
import type { Database } from '../db/client';
import type { CatalogCache } from '../features/catalog/catalog-cache';

/** What every procedure can rely on; tests build it directly with createInnerContext. */
export type Context = AppServices & {
  locale: Locale;
  requestId: string;
  log: FastifyBaseLogger;
};

/** Long-lived parts shared by every request. */
export type AppServices = {
  db: Database;
  catalogCache: CatalogCache;
};

export function createInnerContext(context: Context): Context {
  return context;
}

/** The request-reading part: language from the x-locale header, else Accept-Language. */
export function contextFactory(services: AppServices) {
  return ({ req }: CreateFastifyContextOptions): Context => {
    const explicit = LocaleSchema.safeParse(req.headers['x-locale']);
    return createInnerContext({
      ...services,
      locale: explicit.success ? explicit.data : negotiateLocale(req.headers['accept-language']),
      requestId: String(req.id),
      log: req.log,
    });
  };
}
