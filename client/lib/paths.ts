/** Every address the client links to (Italian, as citizens read them), in one place for pages, menus and components. */

/** The personal area. */
export const areaPath = '/area-personale';

export const areaPaths = {
  overview: areaPath,
  messages: `${areaPath}/messaggi`,
  activity: `${areaPath}/attivita`,
  profile: `${areaPath}/profilo`,
} as const;

/** Booking. */
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

/** The staff console. */
export const deskPath = '/desk';

export const deskPaths = {
  home: deskPath,
  office: (office: string) => `${deskPath}/${office}`,
  queue: (office: string, search = '') => `${deskPath}/${office}/pratiche${search}`,
  request: (office: string, id: string) => `${deskPath}/${office}/pratiche/${id}`,
} as const;

/** Requests ("pratiche"). */
export const checkPageSlug = 'controlla';

export const requestPaths = {
  mine: '/pratiche',
  start: (service: string) => `/pratiche/nuova/${service}`,
  page: (service: string, page: string, returnToCheck = false) =>
    `/pratiche/nuova/${service}/${page}${returnToCheck ? '?ritorno=controlla' : ''}`,
  check: (service: string) => `/pratiche/nuova/${service}/${checkPageSlug}`,
  request: (id: string) => `/pratiche/${id}`,
  receipt: (id: string) => `/pratiche/${id}/ricevuta`,
  service: (service: string) => `/servizi/${service}`,
} as const;
