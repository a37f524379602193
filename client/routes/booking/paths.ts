/** Addresses of the booking pages (Italian, as citizens read them), in one place. */
export const bookingSteps = ['luogo', 'data', 'dettagli', 'richiedente', 'riepilogo'] as const;
export type BookingStep = (typeof bookingSteps)[number];

export const bookingPaths = {
  start: '/prenota',
  step: (service: string, step: BookingStep | 'conferma') => `/prenota/${service}/${step}`,
  mine: '/prenotazioni',
  booking: (code: string) => `/prenotazioni/${code}`,
  reschedule: (code: string) => `/prenotazioni/${code}/sposta`,
  offer: (holdId: string) => `/prenota/offerta/${holdId}`,
} as const;
