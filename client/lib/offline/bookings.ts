import type { BookingView } from '../../../shared/booking/api';
import { withCurrentApplicants } from './applicant-names';
import { offlineDb, type StoredBooking } from './db';

/** Bookings kept on this device for a guest: the code, the email that unlocks it and its last known state. */

export async function listBookings(): Promise<StoredBooking[]> {
  const db = await offlineDb();
  const all = (await db.getAll('bookings')).map(withCurrentView);
  return all.sort((a, b) => (a.view?.start ?? a.savedAt).localeCompare(b.view?.start ?? b.savedAt));
}

export async function readBooking(code: string): Promise<StoredBooking | undefined> {
  const db = await offlineDb();
  const saved = await db.get('bookings', code);
  return saved && withCurrentView(saved);
}

const withCurrentView = (saved: StoredBooking): StoredBooking =>
  saved.view ? { ...saved, view: withCurrentApplicants(saved.view) } : saved;

/** Remembers a booking, or refreshes what is known of it; the email first given is kept. */
export async function saveBooking(code: string, email: string, view?: BookingView): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction('bookings', 'readwrite');
  const previous = await tx.store.get(code);
  const now = new Date().toISOString();
  await tx.store.put({
    code,
    email: previous?.email ?? email,
    savedAt: previous?.savedAt ?? now,
    view: view ?? previous?.view,
    fetchedAt: view ? now : previous?.fetchedAt,
  });
  await tx.done;
}

export async function forgetBooking(code: string): Promise<void> {
  const db = await offlineDb();
  await db.delete('bookings', code);
}
