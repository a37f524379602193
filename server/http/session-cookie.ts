import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'sportello_session';
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Secure everywhere but on a developer's own machine, where the app is served over plain http. */
export function secureFor(request: FastifyRequest): boolean {
  return !localHosts.has(request.hostname);
}

export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies[sessionCookieName] || undefined;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    secure: secureFor(request),
    sameSite: 'lax',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(sessionCookieName, { httpOnly: true, secure: secureFor(request), sameSite: 'lax', path: '/' });
}
