import { randomUUID } from 'node:crypto';
import { Agent } from 'node:https';
import { join, resolve } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { type DatabaseHandle, openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { loadDemoData } from './demo/load-demo';
import { recordAudit } from './features/audit/record';
import { ensureAuthSecret } from './features/auth/auth-secret';
import { registerOidcRoutes } from './features/auth/oidc-routes';
import { findSession } from './features/auth/sessions';
import { AvailabilityCache } from './features/booking/availability-cache';
import { registerBookingFiles } from './features/booking/calendar-routes';
import { reminderHandler, reminderJobKind } from './features/booking/reminders';
import { waitlistSweep } from './features/booking/waitlist';
import { CatalogCache } from './features/catalog/catalog-cache';
import { PushDispatcher } from './features/push/dispatcher';
import { webPushSender } from './features/push/sender';
import { ensureVapidKeys } from './features/push/vapid';
import { registerAttachmentRoutes } from './features/requests/attachment-routes';
import { RequestWatchers } from './features/requests/changes';
import { registerOpenDataRoutes } from './features/transparency/opendata-routes';
import { registerCacheControl } from './http/cache-control';
import { registerClientFiles } from './http/client-files';
import { registerDevMailbox } from './http/dev-mailbox';
import { registerHealth } from './http/health';
import { registerBodyLimitRefusal, registerCsrfGuard, registerRateLimits } from './http/request-guards';
import { registerSecurityHeaders } from './http/security';
import { createJobRunner, type JobRunner } from './jobs/runner';
import { configuredMailer } from './mail/mailer';
import { type AppRouter, appRouter } from './router';
import { contextFactory } from './trpc/context';

export type BuildOptions = {
  /** An open database (tests pass a fresh copy); otherwise opened from the config and closed with the app. */
  database?: DatabaseHandle;
  /** Replaces serving the built client, e.g. with Vite's dev middleware. */
  serveClient?: (app: FastifyInstance) => Promise<void>;
  /** Tests close SSE and keep-alive connections at once instead of draining them. */
  forceCloseConnections?: boolean;
  /** The connections to push services; tests pass one that trusts their local service's certificate. */
  pushAgent?: Agent;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** Background jobs (reminders, waitlist offers); tests run them with app.jobs.runDue(now). */
    jobs: JobRunner;
    /** Push delivery; tests deliver with app.push.drain(now). */
    push: PushDispatcher;
  }
}

/** Builds the whole application (API, health, client files) without listening. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: () => randomUUID(),
    forceCloseConnections: options.forceCloseConnections ?? 'idle',
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const database = options.database ?? (await openConfiguredDatabase(config, app.log));
  if (!options.database) app.addHook('onClose', () => database.close());
  await migrateDatabase(database);
  if (config.demoData) {
    for (const part of await loadDemoData(database)) app.log.info(`demo ${part} loaded`);
  }

  const catalogCache = new CatalogCache({ maxEntries: config.catalogCacheEntries, ttlMs: 60_000 });
  const stopListening = await catalogCache.subscribe(database);
  app.addHook('onClose', () => stopListening());
  const availabilityCache = new AvailabilityCache({ maxEntries: config.catalogCacheEntries, ttlMs: 5_000 });
  const stopHearingPlaces = await availabilityCache.subscribe(database);
  app.addHook('onClose', () => stopHearingPlaces());
  const requestWatchers = new RequestWatchers();
  const stopWatchingRequests = await requestWatchers.subscribe(database);
  app.addHook('onClose', () => stopWatchingRequests());
  const authSecret = await ensureAuthSecret(database, config.authSecret);
  const vapid = await ensureVapidKeys(database, config.push);
  const outboxDir = join(config.dataDir, 'outbox');
  const mailer = configuredMailer(config.mail, outboxDir);

  registerSecurityHeaders(app, {
    dev: config.nodeEnv === 'development' && Boolean(options.serveClient),
    publicUrl: config.publicUrl,
  });
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  registerCacheControl(app, appRouter);
  registerBodyLimitRefusal(app);
  registerCsrfGuard(app, config);
  await registerRateLimits(app, config, appRouter);
  await registerHealth(app, database);
  if (config.mail.enabled && !config.mail.smtpUrl && config.nodeEnv !== 'production') {
    await registerDevMailbox(app, outboxDir);
  }
  registerOidcRoutes(app, { db: database.db, config });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // Refused earlier, in the caller's language, by the request guards; tRPC's own check is the backstop.
      maxBatchSize: config.maxBatchCalls,
      createContext: contextFactory(
        {
          db: database.db,
          config,
          catalogCache,
          availabilityCache,
          requestWatchers,
          mailer,
          authSecret,
          vapidPublicKey: vapid.publicKey,
          recordAccess: (record) => recordAudit(database.db, record),
        },
        (token) => findSession(database.db, config.session, token),
      ),
      onError({ error, ctx }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') ctx?.log.error({ err: error.cause ?? error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  registerBookingFiles(app, { db: database.db, authSecret });
  registerAttachmentRoutes(app, { db: database.db, config });
  registerOpenDataRoutes(app, { db: database.db });

  const jobs = createJobRunner({
    db: database.db,
    log: app.log,
    mailer,
    handlers: {
      [reminderJobKind]: reminderHandler({ publicUrl: config.publicUrl ?? `http://localhost:${config.port}` }),
    },
    sweeps: [waitlistSweep(database.db, config.booking.waitlistOfferMinutes)],
    intervalMs: config.jobsIntervalMs,
  });
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', () => jobs.stop());

  // Kept-alive TLS connections: a push service receives many pushes, and a handshake costs more than one.
  const pushAgent = options.pushAgent ?? new Agent({ keepAlive: true });
  const push = new PushDispatcher({ db: database.db, log: app.log, send: webPushSender(vapid, pushAgent) });
  app.decorate('push', push);
  app.addHook('onReady', () => push.start(database, config.jobsIntervalMs));
  app.addHook('onClose', async () => {
    await push.stop();
    if (!options.pushAgent) pushAgent.destroy();
  });

  if (options.serveClient) await options.serveClient(app);
  else if (config.clientDir) await registerClientFiles(app, resolve(config.clientDir));
  return app;
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** The database the configuration names: a PostgreSQL server, or PGlite in DATA_DIR. */
export async function openConfiguredDatabase(
  config: Config,
  log: { warn(details: object, message: string): void },
): Promise<DatabaseHandle> {
  if (!config.databaseUrl) return openDatabase({ dataDir: config.dataDir });
  try {
    return await openDatabase({
      url: config.databaseUrl,
      onIdleError: (error) => log.warn({ err: error }, 'idle database connection lost'),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new DatabaseUnreachableError(`Invalid DATABASE_URL: cannot connect to the database (${reason})`);
  }
}
