import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and sign-in flow ids. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of a token, so reading the database does not sign anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Keyed hash for short secrets (6-digit codes) that a plain hash could not protect. */
export function keyedHash(secret: string, ...parts: string[]): string {
  return createHmac('sha256', secret).update(parts.join('\u0000')).digest('hex');
}
