import type { AnyTRPCRouter } from '@trpc/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';

type ProcedureDefinition = { _def: { type: string; meta?: { access?: string; personal?: true } } };

/** The procedure paths a tRPC request calls (several in a batch), or undefined for any other route. */
function trpcPaths(request: FastifyRequest): string[] | undefined {
  const match = /^\/trpc\/([^?]*)/.exec(request.url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!).split(',');
  } catch {
    return [];
  }
}

/**
 * `Cache-Control: no-store` on every answer that carries a person's data or a session, so that neither a
 * shared cache (a proxy on the municipality's network) nor the browser's disk keeps it:
 * - an answer that sets or clears a cookie (a session, a sign-in flow), whatever its route;
 * - a tRPC answer, unless every call in it is a public query that answers anyone alike (catalog,
 *   availability, forms): one personal call makes the whole batch personal.
 * Plain routes serving a person's files (attachments, .ics and QR files) set it themselves. Must be
 * registered after @fastify/cookie, whose own onSend hook writes the Set-Cookie header.
 */
export function registerCacheControl(app: FastifyInstance, appRouter: AnyTRPCRouter) {
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDefinition | undefined>;
  const answersAnyoneAlike = (path: string) => {
    const procedure = procedures[path]?._def;
    return procedure?.type === 'query' && procedure.meta?.access === 'public' && !procedure.meta.personal;
  };
  app.addHook('onSend', async (request, reply) => {
    const paths = trpcPaths(request);
    const personal = paths !== undefined && (paths.length === 0 || !paths.every(answersAnyoneAlike));
    if (personal || reply.hasHeader('set-cookie')) reply.header('cache-control', 'no-store');
  });
}
