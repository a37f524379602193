import { maxPayloadBytes, type PushPayload } from './api';

/** What one answer of a push service means for the outbox row (RFC 8030 §5 and the services' practice). */
export type DeliveryOutcome = 'delivered' | 'retry' | 'gone' | 'failed';

/**
 * 2xx: accepted. 404/410: the subscription no longer exists, forget the device. 429 and 5xx, or no answer
 * at all: the service is busy or down, try again later. Any other 4xx (bad VAPID, payload refused) will
 * not get better by retrying.
 */
export function outcomeOf(statusCode: number | undefined): DeliveryOutcome {
  if (statusCode === undefined) return 'retry';
  if (statusCode >= 200 && statusCode < 300) return 'delivered';
  if (statusCode === 404 || statusCode === 410) return 'gone';
  if (statusCode === 429 || statusCode >= 500) return 'retry';
  return 'failed';
}

/** A message is given up after this many tries, or earlier when its TTL runs out. */
export const maxAttempts = 8;

/**
 * How long to wait before try number `attempt + 1`: the service's Retry-After when it sent one, else
 * exponential from 10 s, capped at an hour.
 */
export function retryDelayMs(attempt: number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    return Math.min(3_600_000, Math.max(1_000, retryAfterSeconds * 1000));
  }
  return Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempt - 1));
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now.getTime()) / 1000);
}

export class PushPayloadTooLargeError extends Error {
  override name = 'PushPayloadTooLargeError';
  constructor(readonly bytes: number) {
    super(`push payload of ${bytes} bytes is over the ${maxPayloadBytes} byte limit`);
  }
}

const encoder = new TextEncoder();
const sizeOf = (payload: PushPayload) => encoder.encode(JSON.stringify(payload)).length;
const ellipsis = '…';

/**
 * The payload as sent. A long body is cut at a character boundary (the inbox keeps the whole text);
 * a payload still over the limit without any body (an absurd title or link) is refused, never sent cut
 * in the middle of its JSON.
 */
export function fitPayload(payload: PushPayload): PushPayload {
  if (sizeOf(payload) <= maxPayloadBytes) return payload;
  const bare = sizeOf({ ...payload, body: ellipsis });
  if (bare > maxPayloadBytes) throw new PushPayloadTooLargeError(sizeOf(payload));
  const characters = Array.from(payload.body);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const body = characters.slice(0, middle).join('').trimEnd() + ellipsis;
    if (sizeOf({ ...payload, body }) <= maxPayloadBytes) low = middle;
    else high = middle - 1;
  }
  return { ...payload, body: characters.slice(0, low).join('').trimEnd() + ellipsis };
}
