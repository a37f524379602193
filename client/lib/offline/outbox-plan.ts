import type { Locale } from '../../../shared/i18n/locales';
import type { Answers } from '../../../shared/requests/form';

/**
 * The rules of the outbox, the actions a citizen took without a connection: what is queued, which older
 * entry a newer one replaces, which entry goes next, and what the server's answer means. Pure, so the
 * page, the service worker and the unit tests share them.
 */

/** What an action is about, kept so that a refusal can be told in plain words without the network. */
export type BookingSubject = {
  kind: 'booking';
  code: string;
  service: string;
  date: string;
  time: string;
  /** A move: where to. */
  newDate?: string;
  newTime?: string;
};
export type RequestSubject = { kind: 'request'; id: string; service: string };
export type MessageSubject = { kind: 'message'; id: string; title: string };
export type DraftSubject = { kind: 'draft'; service: string; title: string };

/** An action that can wait for the network: a tRPC procedure, its input exactly as the API takes it, and its subject. */
export type OutboxAction =
  | {
      procedure: 'booking.cancel';
      input: { code: string; email?: string; idempotencyKey: string };
      subject: BookingSubject;
    }
  | {
      procedure: 'booking.reschedule';
      input: { code: string; email?: string; idempotencyKey: string; start: string };
      subject: BookingSubject;
    }
  | {
      procedure: 'requests.answer';
      input: { id: string; idempotencyKey: string; message: string; attachmentIds: string[] };
      subject: RequestSubject;
    }
  | { procedure: 'inbox.markRead'; input: { id: string; read: boolean }; subject: MessageSubject }
  | {
      procedure: 'requests.saveDraft';
      input: { service: string; formVersion: number; answers: Answers };
      subject: DraftSubject;
    };

export type OutboxSubject = OutboxAction['subject'];

export type OutboxEntry = OutboxAction & {
  /** The idempotency key when the action has one, so a replay is recognised by the server too. */
  id: string;
  /** Whose action it is; null for a guest's booking, which belongs to the device (see docs/offline.md). */
  userId: string | null;
  /** The language the server answers in, as when the action was taken. */
  locale: Locale;
  queuedAt: string;
  /** failed: the server refused it (a conflict), kept until the citizen has read why. */
  state: 'queued' | 'sending' | 'failed';
  /** While sending: until when the claim holds; past it, a page or worker that died is assumed gone. */
  claimedUntil?: string;
  failure?: { code?: string; message: string; at: string };
};

/** localStorage: how many queued actions were thrown away with a session, for the notice that says so. */
export const droppedActionsKey = 'sportello.outbox.dropped';

/** Long enough for any request to finish; a replay after it is harmless, the server knows the key. */
export const claimMs = 60_000;

/** Where the subject is shown: a booking card, a request page, a message. */
export function subjectKey(subject: OutboxSubject): string {
  switch (subject.kind) {
    case 'booking':
      return `booking:${subject.code}`;
    case 'request':
      return `request:${subject.id}`;
    case 'message':
      return `message:${subject.id}`;
    case 'draft':
      return `draft:${subject.service}`;
  }
}

/**
 * Actions where only the last one counts (the answers of a draft, the read state of a message): a newer
 * one replaces the older still waiting, so only the latest is replayed.
 */
export function coalesceKey(action: OutboxAction): string | undefined {
  if (action.procedure === 'requests.saveDraft') return `${action.procedure}:${action.input.service}`;
  if (action.procedure === 'inbox.markRead') return `${action.procedure}:${action.input.id}`;
  return undefined;
}

/** The waiting entries a new action makes pointless. One already being sent is left to finish. */
export function supersededBy(entries: readonly OutboxEntry[], action: OutboxAction): string[] {
  const key = coalesceKey(action);
  if (!key) return [];
  return entries.filter((entry) => entry.state === 'queued' && coalesceKey(entry) === key).map((entry) => entry.id);
}

const inOrder = (a: OutboxEntry, b: OutboxEntry) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id);

/**
 * The entry to send next, oldest first. One being sent by someone else (a live claim) stops the run
 * rather than being overtaken: a later draft must never land before an earlier one.
 */
export function nextToSend(entries: readonly OutboxEntry[], now: Date): OutboxEntry | undefined {
  const next = entries.filter((entry) => entry.state !== 'failed').sort(inOrder)[0];
  if (!next) return undefined;
  if (next.state === 'sending' && next.claimedUntil && Date.parse(next.claimedUntil) > now.getTime()) return undefined;
  return next;
}

/** What a replay learnt from the server. */
export type Reply =
  | { outcome: 'done' }
  /** No answer, or one that says "later" (a proxy's page, 429, 5xx): the entry waits for the next try. */
  | { outcome: 'retry' }
  /** The session has ended: nothing more can be sent for this person. */
  | { outcome: 'signed-out' }
  /** The server refused the action itself: a conflict to tell the citizen about. */
  | { outcome: 'refused'; code?: string; message: string };

type ErrorBody = { error?: { message?: unknown; data?: { httpStatus?: unknown; appCode?: unknown } | null } };

/** tRPC 11 answers a non-batched call with {result: {data}} or {error: {message, data}}. */
export function readReply(status: number, body: unknown): Reply {
  if (status >= 200 && status < 300 && typeof body === 'object' && body !== null && 'result' in body) {
    return { outcome: 'done' };
  }
  const error = (body as ErrorBody | null | undefined)?.error;
  if (!error || typeof error.message !== 'string') return { outcome: 'retry' };
  const httpStatus = typeof error.data?.httpStatus === 'number' ? error.data.httpStatus : status;
  if (httpStatus === 401) return { outcome: 'signed-out' };
  if (httpStatus === 408 || httpStatus === 429 || httpStatus >= 500) return { outcome: 'retry' };
  const code = typeof error.data?.appCode === 'string' ? error.data.appCode : undefined;
  return { outcome: 'refused', code, message: error.message };
}
