import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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

/**
 * Whether a secret someone sent (a link's token) is the expected one, in time that does not depend on
 * where they differ. Compared as UTF-8 bytes: a token of the right length in characters can be longer in
 * bytes ("é"), and `timingSafeEqual` throws on unequal lengths instead of answering false.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
