import { query, revalidate } from '@solidjs/router';
import type { BookingView, ConfirmInput, HoldOutput, SlotRef, WaitlistEntryView } from '../../shared/booking/api';
import { normalizeBookingCode } from '../../shared/booking/code';
import { wallClock } from '../../shared/booking/format';
import type { Locale } from '../../shared/i18n/locales';
import { getMe, personal } from './auth';
import { appCodeOf } from './errors';
import { type Fetched, serverAnswered } from './offline';
import {
  readBooking as deviceBooking,
  listBookings as deviceBookings,
  forgetBooking as forgetDeviceBooking,
  saveBooking as saveDeviceBooking,
} from './offline/bookings';
import { type Sent, sendOrQueue } from './offline/outbox';
import { personalQuery, savedAnswersOf } from './offline/personal-query';
import { trpc } from './trpc';

/**
 * Appointments: reads as router queries (started by route preloads, read with createAsync) and the
 * actions of the wizard and of "Le mie prenotazioni". Every query takes the locale so that changing
 * language asks again: the server answers titles, closures and errors in the reader's language. The
 * signed-in person's bookings are kept on the device and read from there offline; cancelling and moving
 * wait in the outbox when there is no connection.
 */

export const getBookableServices = query((_locale: Locale) => trpc.booking.services.query(), 'booking.services');

export const getAvailability = query(
  (service: string, office: string, from: string, to: string, _locale: Locale) =>
    trpc.booking.availability.query({ service, office, from, to }),
  'booking.availability',
);

/** After a place was taken under the citizen's eyes (SLOT_FULL): the grid and the times again. */
export function refreshAvailability(): Promise<void> {
  return revalidate(getAvailability.key);
}

export const getMyBookings = query(
  (include: 'upcoming' | 'all', _locale: Locale): Promise<Fetched<BookingView[]>> =>
    personalQuery('booking.mine', { include }, () => personal(() => trpc.booking.mine.query({ include }))),
  'me.bookings',
);

export const getMyWaitlist = query(
  (_locale: Locale) => personal(() => trpc.booking.waitlist.mine.query()),
  'me.waitlist',
);

export const getOffer = query(
  (holdId: string, _locale: Locale) => personal(() => trpc.booking.offer.query({ holdId })),
  'me.offer',
);

/** A booking as its page shows it, with the email that unlocks it when it was made as a guest. */
export type BookingRecord = Fetched<BookingView> & { email?: string };

/**
 * One booking by code: unlocked by the email saved on this device with it, or by the session of its
 * owner. Null when neither is there (the page then asks for the email). Without network, the copy
 * saved on the device is shown with the time it was last read.
 */
export const getBooking = query(async (code: string, _locale: Locale): Promise<BookingRecord | null> => {
  const saved = await deviceBooking(code).catch(() => undefined);
  const email = saved?.email;
  if (!email) return (await getMe().catch(() => null)) ? getOwnBooking(code) : null;
  try {
    const view = await trpc.booking.lookup.query({ code, email });
    void saveDeviceBooking(code, email, view).catch(warnNotSaved);
    return { data: view, fetchedAt: new Date().toISOString(), fromCache: false, email };
  } catch (error) {
    if (serverAnswered(error) || !saved?.view || !saved.fetchedAt) throw error;
    return { data: saved.view, fetchedAt: saved.fetchedAt, fromCache: true, email };
  }
}, 'booking.lookup');

/** The route preload of a booking's pages: the code as the address has it ("abcde-fghjk"). */
export function preloadBooking(codeInAddress: string, locale: Locale): void {
  void getBooking(normalizeBookingCode(codeInAddress), locale).catch(() => undefined);
}

/** The signed-in person's booking; offline, as last read alone or in a list of their bookings. */
async function getOwnBooking(code: string): Promise<BookingRecord | null> {
  try {
    return await personalQuery('booking.lookup', { code }, () => trpc.booking.lookup.query({ code }), {
      fallback: (userId) => bookingInSavedLists(userId, code),
    });
  } catch (error) {
    // Signed in, but not the owner (booked as a guest, elsewhere): the email can still unlock it.
    if (appCodeOf(error) === 'BOOKING_NOT_FOUND') return null;
    throw error;
  }
}

async function bookingInSavedLists(userId: string, code: string) {
  const found = (await savedAnswersOf(userId, 'booking.mine'))
    .map((saved) => ({
      data: (saved.value as BookingView[]).find((view) => view.code === code),
      fetchedAt: saved.fetchedAt,
    }))
    .filter((entry): entry is { data: BookingView; fetchedAt: string } => entry.data !== undefined)
    .sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt));
  return found[0];
}

/**
 * The guest bookings kept on this device, each read again from the server (so a change made elsewhere
 * shows), or as last saved when the network is gone. One that the server no longer knows is left out.
 */
export const getDeviceBookings = query(async (_locale: Locale): Promise<BookingRecord[]> => {
  const saved = await deviceBookings().catch(() => []);
  const records = await Promise.all(
    saved.map(async (entry): Promise<BookingRecord | undefined> => {
      try {
        const view = await trpc.booking.lookup.query({ code: entry.code, email: entry.email });
        void saveDeviceBooking(entry.code, entry.email, view).catch(warnNotSaved);
        return { data: view, fetchedAt: new Date().toISOString(), fromCache: false, email: entry.email };
      } catch (error) {
        if (!serverAnswered(error) && entry.view && entry.fetchedAt)
          return { data: entry.view, fetchedAt: entry.fetchedAt, fromCache: true, email: entry.email };
        return undefined;
      }
    }),
  );
  return records.filter((record) => record !== undefined).sort((a, b) => a.data.start.localeCompare(b.data.start));
}, 'booking.device');

/** "Togli da questo dispositivo": the booking stays valid, this device just stops listing it. */
export async function forgetBookingHere(code: string): Promise<void> {
  await forgetDeviceBooking(code);
  await revalidate([getDeviceBookings.key, getBooking.key]);
}

function warnNotSaved(error: unknown): void {
  console.warn('Sportello: could not keep the booking on this device', error);
}

function refreshBookings(): Promise<void> {
  return revalidate([getBooking.key, getDeviceBookings.key, getMyBookings.key, getMyWaitlist.key]);
}

/** "Trova una prenotazione": the code and email are checked by the server, then kept on this device. */
export async function findBooking(code: string, email: string): Promise<BookingView> {
  const view = await trpc.booking.lookup.query({ code, email });
  await saveDeviceBooking(view.code, email, view).catch(warnNotSaved);
  await revalidate([getBooking.key, getDeviceBookings.key]);
  return view;
}

export function holdPlace(slot: SlotRef): Promise<HoldOutput> {
  return trpc.booking.hold.mutate(slot);
}

/** Gives back a place held earlier (the citizen chose another time): best effort, it expires anyway. */
export function releaseHold(hold: Pick<HoldOutput, 'holdId' | 'secret'>): void {
  trpc.booking.releaseHold.mutate({ holdId: hold.holdId, secret: hold.secret }).catch(() => undefined);
}

/** More time on a held place: its time starts again, up to the limit the server keeps. */
export function extendHold(hold: Pick<HoldOutput, 'holdId' | 'secret'>): Promise<{ expiresAt: string }> {
  return trpc.booking.extendHold.mutate({ holdId: hold.holdId, secret: hold.secret });
}

/** A guest's booking is kept on this device, the only place that remembers it for them. */
export async function confirmBooking(input: ConfirmInput): Promise<BookingView> {
  const view = await trpc.booking.confirm.mutate(input);
  const me = await getMe().catch(() => null);
  if (!me) await saveDeviceBooking(view.code, view.applicant.email, view).catch(warnNotSaved);
  void refreshBookings();
  return view;
}

async function keepChange(sent: Sent<BookingView>, email: string | undefined): Promise<Sent<BookingView>> {
  if (sent.queued) return sent;
  if (email) await saveDeviceBooking(sent.result.code, email, sent.result).catch(warnNotSaved);
  await refreshBookings();
  return sent;
}

/** What a queued change of this booking is about, for the words shown if it is refused later. */
const subjectOf = (booking: BookingView) => ({
  kind: 'booking' as const,
  code: booking.code,
  service: booking.service.title,
  date: booking.localDate,
  time: booking.localTime,
});

/** Cancels now, or, without a connection, once it is back (the result says which). */
export async function cancelBooking(
  booking: BookingView,
  email: string | undefined,
  idempotencyKey: string,
): Promise<Sent<BookingView>> {
  const input = { code: booking.code, email, idempotencyKey };
  const sent = await sendOrQueue({ procedure: 'booking.cancel', input, subject: subjectOf(booking) }, () =>
    trpc.booking.cancel.mutate(input),
  );
  return keepChange(sent, email);
}

/** Moves now, or, without a connection, once it is back; a place taken meanwhile is a refusal to tell. */
export async function rescheduleBooking(
  booking: BookingView,
  email: string | undefined,
  idempotencyKey: string,
  start: string,
): Promise<Sent<BookingView>> {
  const input = { code: booking.code, email, idempotencyKey, start };
  const to = wallClock(new Date(start), booking.office.timeZone);
  const subject = { ...subjectOf(booking), newDate: to.localDate, newTime: to.localTime };
  const sent = await sendOrQueue({ procedure: 'booking.reschedule', input, subject }, () =>
    trpc.booking.reschedule.mutate(input),
  );
  return keepChange(sent, email);
}

export async function joinWaitlist(service: string, office: string, date: string): Promise<WaitlistEntryView> {
  const entry = await personal(() => trpc.booking.waitlist.join.mutate({ service, office, date }));
  await revalidate(getMyWaitlist.key);
  return entry;
}

export async function leaveWaitlist(id: string): Promise<void> {
  await personal(() => trpc.booking.waitlist.leave.mutate({ id }));
  await revalidate(getMyWaitlist.key);
}

/** A booking starts in the future and was not cancelled. */
export function isUpcoming(view: BookingView, now = Date.now()): boolean {
  return view.status === 'confirmed' && Date.parse(view.end) > now;
}
