/** "Le mie prenotazioni", one booking, moving it, a waitlist offer: one chunk, for the same reason as wizard.ts. */
export { default as BookingPage } from './booking-page';
export { default as MyBookings } from './my-bookings';
export { default as OfferPage } from './offer-page';
export { default as ReschedulePage } from './reschedule-page';
