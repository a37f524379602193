import type { Locale } from './locales';

/**
 * Wording of what the server says about appointments, per language: inbox messages and emails, the
 * SLOT_FULL sentence and the calendar entry. Filled with words already formatted by shared/booking
 * (the moment, the place, the grouped code), so this catalog needs nothing from the booking domain.
 */
type AppointmentWords = { service: string; when: string; place: string; code: string };
type OfferWords = Omit<AppointmentWords, 'code'> & { confirmBy: string };

export const bookingTexts: Record<
  Locale,
  {
    place: { video: (url: string) => string; office: (office: string, address: string) => string };
    reminder: { title: (service: string) => string; body: (words: AppointmentWords) => string };
    confirmed: { title: (service: string) => string; body: (words: AppointmentWords) => string };
    waitlistOffer: { title: (service: string) => string; body: (words: OfferWords) => string };
    emailLink: string;
    nearestFreeTimes: { some: (times: string) => string; none: string };
    calendar: { code: (code: string) => string; link: (url: string) => string };
  }
> = {
  it: {
    place: {
      video: (url) => `in videochiamata (${url})`,
      office: (office, address) => `presso ${office}, ${address}`,
    },
    reminder: {
      title: (service) => `Promemoria: ${service} domani`,
      body: (words) =>
        `Ti aspettiamo ${words.when} ${words.place}. Codice prenotazione ${words.code}. Se non puoi venire, annulla o sposta l'appuntamento da Le mie prenotazioni.`,
    },
    confirmed: {
      title: (service) => `Appuntamento confermato: ${service}`,
      body: (words) =>
        `Il tuo appuntamento è ${words.when} ${words.place}. Codice prenotazione ${words.code}: tienilo per annullare o spostare l'appuntamento e per presentarti allo sportello.`,
    },
    waitlistOffer: {
      title: (service) => `Si è liberato un posto: ${service}`,
      body: (words) =>
        `Eri in lista d'attesa: abbiamo tenuto per te un posto ${words.when} ${words.place}. Confermalo entro ${words.confirmBy}, poi passerà alla persona successiva.`,
    },
    emailLink: 'Dettagli e modifiche',
    nearestFreeTimes: {
      some: (times) => `Orari liberi più vicini: ${times}.`,
      none: 'Non ci sono altri posti liberi nei giorni vicini: prova una data più avanti.',
    },
    calendar: { code: (code) => `Codice prenotazione: ${code}`, link: (url) => `Collegamento: ${url}` },
  },
  en: {
    place: {
      video: (url) => `by video call (${url})`,
      office: (office, address) => `at ${office}, ${address}`,
    },
    reminder: {
      title: (service) => `Reminder: ${service} tomorrow`,
      body: (words) =>
        `We expect you ${words.when} ${words.place}. Booking code ${words.code}. If you cannot come, cancel or move the appointment from My bookings.`,
    },
    confirmed: {
      title: (service) => `Appointment confirmed: ${service}`,
      body: (words) =>
        `Your appointment is ${words.when} ${words.place}. Booking code ${words.code}: keep it to cancel or move the appointment and to check in at the desk.`,
    },
    waitlistOffer: {
      title: (service) => `A place has become free: ${service}`,
      body: (words) =>
        `You were on the waiting list: we are keeping a place for you ${words.when} ${words.place}. Confirm it by ${words.confirmBy}; after that it goes to the next person.`,
    },
    emailLink: 'Details and changes',
    nearestFreeTimes: {
      some: (times) => `Nearest free times: ${times}.`,
      none: 'There are no other free places on nearby days: try a later date.',
    },
    calendar: { code: (code) => `Booking code: ${code}`, link: (url) => `Meeting link: ${url}` },
  },
};
