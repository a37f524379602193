import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type BuildOptions, buildApp } from '../../server/app';
import { type Config, loadConfig } from '../../server/config';
import type { DatabaseHandle } from '../../server/db/client';
import type { AppRouter } from '../../server/trpc/router';
import { openFreshDatabase } from './template-database';

export type TestApp = {
  app: FastifyInstance;
  url: string;
  database: DatabaseHandle;
  /** A tRPC client over real HTTP; pass a locale to send x-locale. */
  client(locale?: 'it' | 'en'): ReturnType<typeof createTRPCClient<AppRouter>>;
  close(): Promise<void>;
};

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'true' }),
    clientDir: undefined,
    ...overrides,
  };
}

/** The real app on an ephemeral port with its own fresh database. */
export async function startTestApp(
  options: { config?: Partial<Config>; build?: BuildOptions; database?: DatabaseHandle } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openFreshDatabase(inject('databaseTemplate')));
  const app = await buildApp(testConfig(options.config), { forceCloseConnections: true, ...options.build, database });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url: address,
    database,
    client: (locale) =>
      createTRPCClient<AppRouter>({
        links: [httpLink({ url: `${address}/trpc`, headers: locale ? { 'x-locale': locale } : {} })],
      }),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The tRPC error a call failed with, or a failure if it succeeded. */
export async function failureOf(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error;
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
