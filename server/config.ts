import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const optionalUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional();

const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0)
    .max(65535)
    .default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalUrl,
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  CATALOG_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(5_000),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  demoData: boolean;
  shutdownGraceMs: number;
  /** Catalog answers kept in memory per process; 0 turns the cache off. */
  catalogCacheEntries: number;
  /** Directory of the built client; undefined serves the API only. */
  clientDir: string | undefined;
};

const builtClientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses environment variables into a typed config; the error names the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankIsUnset = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = ConfigSchema.safeParse(blankIsUnset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    const shown = variable === 'DATABASE_URL' ? '(hidden)' : JSON.stringify(env[variable]);
    throw new ConfigError(`Invalid ${variable}=${shown}: ${issue.message}`);
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    nodeEnv: value.NODE_ENV,
    logLevel: value.LOG_LEVEL,
    demoData: value.DEMO_DATA,
    shutdownGraceMs: value.SHUTDOWN_GRACE_MS,
    catalogCacheEntries: value.CATALOG_CACHE_ENTRIES,
    clientDir: builtClientDir,
  };
}
