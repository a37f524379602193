import type { Agent } from 'node:https';
import webpush, { WebPushError } from 'web-push';
import type { VapidIdentity } from './vapid';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushOptions = { ttlSeconds: number; urgency: 'very-low' | 'low' | 'normal' | 'high'; topic: string | null };
/** What the push service answered; no status code means it was not reached (network, timeout). */
export type PushAnswer = { statusCode?: number; retryAfter?: string; error?: string };
export type PushSender = (target: PushTarget, payload: string, options: PushOptions) => Promise<PushAnswer>;

/** A push service that does not answer within this time is treated as down, and the push retried. */
const sendTimeoutMs = 10_000;

/**
 * Encrypts (aes128gcm, RFC 8291) and signs (VAPID, RFC 8292) with web-push, and reports the answer
 * instead of throwing: the dispatcher decides what each answer means.
 */
export function webPushSender(vapid: VapidIdentity, agent: Agent): PushSender {
  const authorization = vapidAuthorization(vapid);
  return async (target, payload, options) => {
    try {
      const result = await webpush.sendNotification(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        payload,
        {
          // Signed here and reused (see vapidAuthorization), so no vapidDetails for web-push to sign with.
          headers: { Authorization: authorization(new URL(target.endpoint).origin) },
          TTL: options.ttlSeconds,
          urgency: options.urgency,
          ...(options.topic && { topic: options.topic }),
          timeout: sendTimeoutMs,
          agent,
        },
      );
      return { statusCode: result.statusCode };
    } catch (error) {
      if (error instanceof WebPushError) {
        const retryAfter = error.headers?.['retry-after'];
        return {
          statusCode: error.statusCode,
          retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
          error: `${error.statusCode} ${String(error.body ?? '').slice(0, 200)}`.trim(),
        };
      }
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** RFC 8292 allows a token to live 24 hours; ours live 12 and are replaced an hour before they lapse. */
const tokenLifetimeSeconds = 12 * 3600;
const renewBeforeSeconds = 3600;

/**
 * The VAPID header per push service origin. Signing a token costs about half of a push's CPU here, and
 * the token depends only on the push service (its audience), so each is signed once and reused.
 */
function vapidAuthorization(vapid: VapidIdentity) {
  const tokens = new Map<string, { header: string; expiresAt: number }>();
  return (audience: string): string => {
    const now = Math.floor(Date.now() / 1000);
    const cached = tokens.get(audience);
    if (cached && cached.expiresAt - renewBeforeSeconds > now) return cached.header;
    const expiresAt = now + tokenLifetimeSeconds;
    const { Authorization: header } = webpush.getVapidHeaders(
      audience,
      vapid.subject,
      vapid.publicKey,
      vapid.privateKey,
      'aes128gcm',
      expiresAt,
    );
    tokens.set(audience, { header, expiresAt });
    return header;
  };
}
