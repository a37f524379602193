import { describe, expect, it } from 'vitest';
import {
  nextToSend,
  type OutboxAction,
  type OutboxEntry,
  readReply,
  subjectKey,
  supersededBy,
} from '../../client/lib/offline/outbox-plan';
import { failureText, type Translate } from '../../client/lib/offline/outbox-wording';
import { formatLocalDate } from '../../shared/booking/format';
import { offlineEn } from '../../shared/i18n/messages/offline-en';
import { offlineIt } from '../../shared/i18n/messages/offline-it';

const booking = {
  kind: 'booking' as const,
  code: 'ABCDE23456',
  service: "Carta d'identità elettronica",
  date: '2026-12-03',
  time: '10:00',
};

function entry(overrides: Partial<OutboxEntry> & OutboxAction): OutboxEntry {
  return {
    id: crypto.randomUUID(),
    userId: 'u1',
    locale: 'it',
    queuedAt: '2026-11-23T10:00:00Z',
    state: 'queued',
    ...overrides,
  } as OutboxEntry;
}
const cancel = (queuedAt: string, state: OutboxEntry['state'] = 'queued') =>
  entry({
    procedure: 'booking.cancel',
    input: { code: booking.code, idempotencyKey: crypto.randomUUID() },
    subject: booking,
    queuedAt,
    state,
  });
const draft = (answers: Record<string, string>, state: OutboxEntry['state'] = 'queued') =>
  entry({
    procedure: 'requests.saveDraft',
    input: { service: 'segnalazione-disservizio', formVersion: 1, answers },
    subject: { kind: 'draft', service: 'segnalazione-disservizio', title: 'Segnalazione di disservizio' },
    state,
  });
const markRead = (id: string, read: boolean) =>
  entry({ procedure: 'inbox.markRead', input: { id, read }, subject: { kind: 'message', id, title: 'Promemoria' } });

describe('queueing an action', () => {
  it('replaces the waiting answers of the same draft and the waiting read state of the same message', () => {
    const older = draft({ description: 'prima' });
    const otherForm = {
      ...draft({}),
      input: { service: 'permesso-accesso-ztl', formVersion: 1, answers: {} },
    } as OutboxEntry;
    const read = markRead('m1', true);
    const waiting = [older, otherForm, read, cancel('2026-11-23T09:00:00Z')];
    expect(supersededBy(waiting, draft({ description: 'dopo' }))).toEqual([older.id]);
    expect(supersededBy(waiting, markRead('m1', false))).toEqual([read.id]);
    expect(supersededBy(waiting, markRead('m2', true))).toEqual([]);
  });

  it('never replaces a cancellation, an answer, or an entry already being sent', () => {
    const sending = draft({ description: 'in viaggio' }, 'sending');
    expect(supersededBy([cancel('2026-11-23T09:00:00Z')], cancel('2026-11-23T09:30:00Z'))).toEqual([]);
    expect(supersededBy([sending], draft({ description: 'dopo' }))).toEqual([]);
  });

  it('files each action under what it is about', () => {
    expect(subjectKey(booking)).toBe('booking:ABCDE23456');
    expect(subjectKey({ kind: 'message', id: 'm1', title: 'x' })).toBe('message:m1');
  });
});

describe('replaying the queue', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('sends the oldest entry first and skips the failures kept for the citizen', () => {
    const failed = cancel('2026-11-23T08:00:00Z', 'failed');
    const first = cancel('2026-11-23T09:00:00Z');
    const second = cancel('2026-11-23T10:00:00Z');
    expect(nextToSend([second, failed, first], now)?.id).toBe(first.id);
    expect(nextToSend([failed], now)).toBeUndefined();
  });

  it('waits behind an entry another page or the worker is sending, and takes it over once its claim lapses', () => {
    const claimed = { ...cancel('2026-11-23T09:00:00Z', 'sending'), claimedUntil: '2026-11-23T12:00:30Z' };
    const after = cancel('2026-11-23T10:00:00Z');
    expect(nextToSend([claimed, after], now)).toBeUndefined();
    const lapsed = { ...claimed, claimedUntil: '2026-11-23T11:59:00Z' };
    expect(nextToSend([lapsed, after], now)?.id).toBe(lapsed.id);
  });

  it('reads the server’s answer: done, refused with its reason, or to be tried again', () => {
    expect(readReply(200, { result: { data: { status: 'cancelled' } } })).toEqual({ outcome: 'done' });
    const refused = {
      error: {
        message: 'Questa prenotazione è già stata annullata.',
        data: { httpStatus: 409, appCode: 'BOOKING_ALREADY_CANCELLED' },
      },
    };
    expect(readReply(409, refused)).toEqual({
      outcome: 'refused',
      code: 'BOOKING_ALREADY_CANCELLED',
      message: 'Questa prenotazione è già stata annullata.',
    });
    expect(readReply(401, { error: { message: 'Accedi', data: { httpStatus: 401 } } })).toEqual({
      outcome: 'signed-out',
    });
    expect(readReply(503, { error: { message: 'Riprova', data: { httpStatus: 503 } } })).toEqual({ outcome: 'retry' });
    expect(readReply(429, { error: { message: 'Troppe richieste', data: null } })).toEqual({ outcome: 'retry' });
    // A proxy's HTML page, or nothing at all, is no answer from the server.
    expect(readReply(502, undefined)).toEqual({ outcome: 'retry' });
    expect(readReply(200, '<html>')).toEqual({ outcome: 'retry' });
  });
});

describe('telling the citizen what could not be done', () => {
  const translate =
    (catalog: Record<string, string>): Translate =>
    (key, params) =>
      catalog[key]!.replace(/\{(\w+)\}/g, (_whole, name: string) => params[name] ?? '');
  const refusedWith = (base: OutboxEntry, message: string): OutboxEntry => ({
    ...base,
    state: 'failed',
    failure: { message, at: '2026-11-23T12:00:00Z' },
  });

  it('names the appointment by day, time and service, then gives the server’s reason', () => {
    const failed = refusedWith(cancel('2026-11-23T09:00:00Z'), 'Questa prenotazione è già stata annullata.');
    const day = (date: string) => formatLocalDate(date, 'it', { year: false });
    expect(failureText(failed, translate(offlineIt), day)).toBe(
      "Non è stato possibile annullare l'appuntamento di giovedì 3 dicembre alle 10:00 (Carta d'identità elettronica). Questa prenotazione è già stata annullata.",
    );
  });

  it('says where a move was going, and words the other actions in English too', () => {
    const move = refusedWith(
      entry({
        procedure: 'booking.reschedule',
        input: { code: booking.code, idempotencyKey: crypto.randomUUID(), start: '2026-12-04T08:20:00Z' },
        subject: { ...booking, newDate: '2026-12-04', newTime: '09:20' },
      }),
      'The chosen time has no free places left.',
    );
    const day = (date: string) => formatLocalDate(date, 'en', { year: false });
    expect(failureText(move, translate(offlineEn), day)).toBe(
      "Your appointment on Thursday 3 December at 10:00 (Carta d'identità elettronica) could not be moved to Friday 4 December at 09:20. The chosen time has no free places left.",
    );
    const unread = refusedWith(markRead('m1', false), 'Message not found.');
    expect(failureText(unread, translate(offlineEn), day)).toBe(
      'The message “Promemoria” could not be marked as unread. Message not found.',
    );
  });
});
