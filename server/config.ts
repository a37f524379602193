import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { clientBatchCalls } from '../shared/api-batch';

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
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  SESSION_MAX_DAYS: z.coerce.number().positive().default(30),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Sportello <noreply@sportello.localhost>'),
  MAIL: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  OIDC_ISSUER: z.url({ error: 'must be the identity gateway URL' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_LOOKUPS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  API_MAX_BATCH_CALLS: z.coerce
    .number()
    .int('must be a whole number')
    .min(
      clientBatchCalls,
      `must be at least ${clientBatchCalls}: the app's own pages send up to ${clientBatchCalls} calls at once`,
    )
    .max(100)
    .default(clientBatchCalls),
  BOOKING_HOLD_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  WAITLIST_OFFER_MINUTES: z.coerce.number().int().min(5).max(2880).default(120),
  JOBS_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
  REQUEST_FILE_MAX_MB: z.coerce.number().positive().max(100).default(10),
  REQUEST_TOTAL_MAX_MB: z.coerce.number().positive().max(500).default(25),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{87}$/,
      'must be a base64url P-256 public key (87 characters), as web-push generate-vapid-keys prints',
    )
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)')
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'must be a mailto: or https: address where push services can reach you')
    .optional(),
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
  /** Where citizens reach the app; undefined derives it from each request (fine on localhost). */
  publicUrl: string | undefined;
  /** Keys the HMAC of sign-in codes; undefined: generated once and kept in the database. */
  authSecret: string | undefined;
  session: { idleMs: number; maxMs: number };
  /** enabled false (MAIL=off): no mail is sent and email sign-in is off; else SMTP, or the dev outbox without it. */
  mail: { enabled: boolean; smtpUrl: string | undefined; from: string };
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
  rateLimits: { signInPerMinute: number; lookupsPerMinute: number };
  /** The most calls one /trpc request may batch; every limit counts calls, so batches stay small. */
  maxBatchCalls: number;
  booking: { holdMinutes: number; waitlistOfferMinutes: number };
  /** Attachment limits of one file and of all the files of one request, in bytes. */
  requests: { fileBytes: number; requestBytes: number };
  /** VAPID identity of this deployment; keys undefined: generated once and kept in the database. */
  push: { keys: { publicKey: string; privateKey: string } | undefined; subject: string };
  /** How often each process looks for due jobs (reminders, waitlist offers); 0 runs none. */
  jobsIntervalMs: number;
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
    publicUrl: value.PUBLIC_URL?.replace(/\/$/, ''),
    authSecret: value.AUTH_SECRET,
    session: { idleMs: value.SESSION_IDLE_HOURS * 3_600_000, maxMs: value.SESSION_MAX_DAYS * 86_400_000 },
    mail: mailConfig(value),
    oidc: oidcConfig(value),
    rateLimits: {
      signInPerMinute: value.RATE_LIMIT_SIGN_IN_PER_MINUTE,
      lookupsPerMinute: value.RATE_LIMIT_LOOKUPS_PER_MINUTE,
    },
    maxBatchCalls: value.API_MAX_BATCH_CALLS,
    booking: { holdMinutes: value.BOOKING_HOLD_MINUTES, waitlistOfferMinutes: value.WAITLIST_OFFER_MINUTES },
    requests: {
      fileBytes: Math.round(value.REQUEST_FILE_MAX_MB * 1_048_576),
      requestBytes: Math.round(value.REQUEST_TOTAL_MAX_MB * 1_048_576),
    },
    push: pushConfig(value),
    jobsIntervalMs: value.JOBS_INTERVAL_MS,
    clientDir: builtClientDir,
  };
}

/**
 * Production mails through SMTP: without SMTP_URL sign-in codes would go to a folder nobody reads, so it
 * refuses to start unless MAIL=off says, on purpose, that this deployment sends no mail at all.
 */
function mailConfig(value: z.infer<typeof ConfigSchema>): Config['mail'] {
  const enabled = value.MAIL === 'on';
  if (!enabled && value.SMTP_URL) {
    throw new ConfigError('Invalid MAIL="off": SMTP_URL is set too; remove one of them');
  }
  if (enabled && !value.SMTP_URL && value.NODE_ENV === 'production') {
    throw new ConfigError(
      'Missing SMTP_URL: in production sign-in codes and booking confirmations are mailed; set SMTP_URL=smtp://…, or MAIL=off to run without mail and without email sign-in',
    );
  }
  return { enabled, smtpUrl: value.SMTP_URL, from: value.MAIL_FROM };
}

/** SPID/CIE sign-in is on only when the gateway is fully configured; half a configuration is an error. */
function oidcConfig(value: z.infer<typeof ConfigSchema>): Config['oidc'] {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = value;
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer || !clientId || !clientSecret) {
    const missing = !issuer ? 'OIDC_ISSUER' : !clientId ? 'OIDC_CLIENT_ID' : 'OIDC_CLIENT_SECRET';
    throw new ConfigError(`Missing ${missing}: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together`);
  }
  return { issuer, clientId, clientSecret };
}

/** Both VAPID keys or neither; the subject defaults to the sender address of the mail. */
function pushConfig(value: z.infer<typeof ConfigSchema>): Config['push'] {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = value;
  if (Boolean(publicKey) !== Boolean(privateKey)) {
    const missing = publicKey ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY';
    throw new ConfigError(`Missing ${missing}: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together`);
  }
  const address = /<([^>]+)>/.exec(value.MAIL_FROM)?.[1] ?? value.MAIL_FROM;
  return {
    keys: publicKey && privateKey ? { publicKey, privateKey } : undefined,
    subject: value.VAPID_SUBJECT ?? `mailto:${address.trim()}`,
  };
}
