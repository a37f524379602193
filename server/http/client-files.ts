import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

/**
 * Serves the built PWA: hashed assets cached for a year, everything else (index.html, sw.js, the
 * manifest) revalidated on every load so a new version is found; client routes fall back to index.html.
 */
export async function registerClientFiles(app: FastifyInstance, clientDir: string) {
  if (!existsSync(join(clientDir, 'index.html'))) {
    app.log.warn({ clientDir }, 'client not built: serving the API only (run `npm run build`)');
    return;
  }
  await app.register(fastifyStatic, {
    root: clientDir,
    index: false,
    wildcard: true,
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header('cache-control', path.includes('/assets/') ? immutable : revalidate);
    },
  });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', revalidate).sendFile('index.html');
  app.get('/', (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    const isApi = request.url.startsWith('/trpc') || request.url.startsWith('/assets/');
    if (wantsPage && !isApi) return sendIndex(reply);
    return reply.code(404).send({ error: 'Not Found', statusCode: 404 });
  });
}
