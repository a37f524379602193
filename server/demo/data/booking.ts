import type { SeedBooking } from '../../../shared/booking/seed-types';

/**
 * Booking rules of the demo network. Capacities are small on purpose so that full slots, the waitlist and
 * "next available date" show up when you try the app.
 */
export const booking: SeedBooking = {
  patronSaints: [
    // Valdoria's patron, San Michele Arcangelo: a holiday at the Comune's offices only.
    ...['sportello-polifunzionale', 'ufficio-tecnico-suap', 'comando-polizia-locale', 'ufficio-tributi'].map(
      (office) => ({
        office,
        month: 9,
        day: 29,
        name: { it: 'San Michele Arcangelo, patrono di Valdoria', en: 'Saint Michael, patron saint of Valdoria' },
      }),
    ),
  ],
  closures: [
    {
      office: 'sportello-polifunzionale',
      from: '2026-12-24',
      to: '2026-12-24',
      reason: { it: 'Chiusura per la vigilia di Natale', en: 'Closed on Christmas Eve' },
    },
    {
      office: 'sportello-polifunzionale',
      from: '2027-08-09',
      to: '2027-08-20',
      reason: { it: 'Chiusura estiva', en: 'Summer closure' },
    },
    {
      office: 'ufficio-tributi',
      from: '2026-12-28',
      to: '2026-12-31',
      reason: { it: 'Inventario di fine anno', en: 'Year-end stocktaking' },
    },
  ],
  services: [
    {
      service: 'carta-di-identita-elettronica',
      office: 'sportello-polifunzionale',
      slotMinutes: 20,
      capacity: 2,
      bufferMinutes: 5,
    },
    { service: 'cambio-di-residenza', office: 'sportello-polifunzionale', slotMinutes: 30, capacity: 1 },
    {
      service: 'certificato-anagrafico',
      office: 'sportello-polifunzionale',
      slotMinutes: 15,
      capacity: 3,
      minNoticeMinutes: 30,
    },
    {
      service: 'pubblicazioni-di-matrimonio',
      office: 'sportello-polifunzionale',
      slotMinutes: 45,
      capacity: 1,
      bookingWindowDays: 120,
    },
    {
      service: 'dichiarazione-di-nascita',
      office: 'sportello-polifunzionale',
      slotMinutes: 30,
      capacity: 1,
      minNoticeMinutes: 30,
      cancelDeadlineMinutes: 120,
    },
    { service: 'contrassegno-disabili', office: 'comando-polizia-locale', slotMinutes: 30, capacity: 1 },
    { service: 'contrassegno-disabili', office: 'sportello-polifunzionale', slotMinutes: 30, capacity: 1 },
    { service: 'permesso-accesso-ztl', office: 'comando-polizia-locale', slotMinutes: 15, capacity: 1, mode: 'phone' },
    { service: 'pagamento-imu', office: 'ufficio-tributi', slotMinutes: 20, capacity: 2 },
    { service: 'pagamento-tari', office: 'ufficio-tributi', slotMinutes: 20, capacity: 2 },
    {
      service: 'scia-apertura-attivita-commerciale',
      office: 'ufficio-tecnico-suap',
      slotMinutes: 45,
      capacity: 1,
      mode: 'video',
      meetingUrlBase: 'https://meet.comune.valdoria.example.it/suap',
    },
    {
      service: 'contributi-giovani-agricoltori',
      office: 'sportello-agricoltura',
      slotMinutes: 60,
      capacity: 1,
      bookingWindowDays: 90,
    },
    {
      service: 'dichiarazione-di-immediata-disponibilita',
      office: 'centro-per-l-impiego-valdoria',
      slotMinutes: 30,
      capacity: 4,
    },
    { service: 'scelta-medico-di-base', office: 'distretto-sanitario-centro', slotMinutes: 10, capacity: 2 },
  ],
};
