import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

/** What a procedure may do to the HTTP exchange, kept narrow so tests can provide it. */
export type RequestHttp = {
  ip: string;
  userAgent: string | undefined;
  /** Scheme, host and port the person reached us at (PUBLIC_URL when configured). */
  origin: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
};

/** Our own origin for this request: PUBLIC_URL when configured, else what the request was addressed to. */
export function originOf(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export function requestHttp(request: FastifyRequest, reply: FastifyReply, publicUrl: string | undefined): RequestHttp {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'],
    origin: originOf(request, publicUrl),
    setSessionCookie: (token, expiresAt) => setSessionCookie(request, reply, token, expiresAt),
    clearSessionCookie: () => clearSessionCookie(request, reply),
  };
}
