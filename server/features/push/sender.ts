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
export function webPushSender(vapid: VapidIdentity, agent?: Agent): PushSender {
  const vapidDetails = { subject: vapid.subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey };
  return async (target, payload, options) => {
    try {
      const result = await webpush.sendNotification(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        payload,
        {
          vapidDetails,
          TTL: options.ttlSeconds,
          urgency: options.urgency,
          ...(options.topic && { topic: options.topic }),
          timeout: sendTimeoutMs,
          ...(agent && { agent }),
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
