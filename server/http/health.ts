import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../db/client';
import { migrationsApplied } from '../db/migrate';

/** /healthz: the process answers. /readyz: the database answers and every migration is applied. */
export async function registerHealth(app: FastifyInstance, database: DatabaseHandle) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      const migrated = await migrationsApplied(database);
      if (!migrated) return reply.code(503).send({ status: 'unavailable', reason: 'migrations pending' });
      return { status: 'ok', database: database.driver };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
}
