import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger } from 'fastify';
import { type Locale, LocaleSchema, negotiateLocale } from '../../shared/i18n/locale';
import type { Database } from '../db/client';

/** What every procedure can rely on; tests build it directly with createInnerContext. */
export type Context = {
  db: Database;
  locale: Locale;
  requestId: string;
  log: FastifyBaseLogger;
};

export function createInnerContext(context: Context): Context {
  return context;
}

/** The request-reading part: language from the x-locale header, else Accept-Language. */
export function contextFactory(db: Database) {
  return ({ req }: CreateFastifyContextOptions): Context => {
    const explicit = LocaleSchema.safeParse(req.headers['x-locale']);
    return createInnerContext({
      db,
      locale: explicit.success ? explicit.data : negotiateLocale(req.headers['accept-language']),
      requestId: String(req.id),
      log: req.log,
    });
  };
}
