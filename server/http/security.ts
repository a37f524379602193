import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets, computed once: they depend only on the options, while @fastify/helmet
 * rebuilt helmet's middleware, CSP parsing included, on every request (2 % of a busy server's time).
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** One year, this host only: see "HTTPS" in the README for why not includeSubDomains. */
const hsts = 'max-age=31536000';

/**
 * Security headers; the CSP allows no inline script (dev relaxes styles and sockets for Vite's HMR).
 * HSTS goes out when the app is told it is reached over HTTPS: an https PUBLIC_URL, or a request Fastify
 * itself sees as https (a TLS socket, or X-Forwarded-Proto from a proxy Fastify's trustProxy trusts).
 */
export function registerSecurityHeaders(
  app: FastifyInstance,
  options: { dev: boolean; publicUrl: string | undefined },
) {
  const headers = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: options.dev ? ["'self'", 'ws:'] : ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // The service worker and cross-origin isolation are not needed; keep resources loadable by the PWA.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    // Says what frame-ancestors 'none' says, for browsers that know only this header.
    xFrameOptions: { action: 'deny' },
  });
  const httpsPublicUrl = options.publicUrl?.startsWith('https:') ?? false;
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (httpsPublicUrl || request.protocol === 'https') reply.header('strict-transport-security', hsts);
    done();
  });
}
