import type { BookingView } from '../../../shared/booking/api';
import type { SearchServicesInput } from '../../../shared/catalog/api';
import type { StoredBooking } from './db';

/** The only door to IndexedDB: pages and components use these, never idb directly. */
export { cachedQuery, type Fetched, OfflineUnavailableError, serverAnswered } from './cached-query';
export { lastSyncedAt, online } from './status';

/** catalog.search over the services saved on this device; the store loads on demand. */
export async function searchSaved(input: SearchServicesInput) {
  const store = await import('./store');
  return store.searchSaved(input);
}

export type DeviceBooking = StoredBooking;

// Bookings kept on the device: idb loads only when a booking page asks for them.
const loadBookings = () => import('./bookings');

/** Guest bookings saved on this device, soonest first. */
export async function deviceBookings(): Promise<DeviceBooking[]> {
  return (await loadBookings()).listBookings();
}

export async function deviceBooking(code: string): Promise<DeviceBooking | undefined> {
  return (await loadBookings()).readBooking(code);
}

export async function saveDeviceBooking(code: string, email: string, view?: BookingView): Promise<void> {
  return (await loadBookings()).saveBooking(code, email, view);
}

export async function forgetDeviceBooking(code: string): Promise<void> {
  return (await loadBookings()).forgetBooking(code);
}
