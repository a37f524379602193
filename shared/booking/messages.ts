import type { LocalizedText } from '../catalog/content';
import type { Locale } from '../i18n/locales';
import { formatBookingCode } from './code';
import { formatSlotMoment } from './format';

/** What an appointment message needs to say where and when, in both languages. */
export interface AppointmentFacts {
  code: string;
  service: LocalizedText;
  office: LocalizedText;
  address: string;
  start: string | Date;
  timeZone: string;
  meetingUrl: string | null;
}

const both = (text: (locale: Locale) => string): LocalizedText => ({ it: text('it'), en: text('en') });
const when = (facts: AppointmentFacts, locale: Locale) => formatSlotMoment(facts.start, facts.timeZone, locale);
const place = (facts: AppointmentFacts, locale: Locale) =>
  facts.meetingUrl
    ? locale === 'it'
      ? `in videochiamata (${facts.meetingUrl})`
      : `by video call (${facts.meetingUrl})`
    : `${locale === 'it' ? 'presso' : 'at'} ${facts.office[locale]}, ${facts.address}`;

/** Texts of the inbox messages and emails about appointments. */
export const bookingMessages = {
  reminder: (facts: AppointmentFacts) => ({
    title: both((locale) =>
      locale === 'it' ? `Promemoria: ${facts.service.it} domani` : `Reminder: ${facts.service.en} tomorrow`,
    ),
    body: both((locale) =>
      locale === 'it'
        ? `Ti aspettiamo ${when(facts, locale)} ${place(facts, locale)}. Codice prenotazione ${formatBookingCode(facts.code)}. Se non puoi venire, annulla o sposta l'appuntamento da Le mie prenotazioni.`
        : `We expect you ${when(facts, locale)} ${place(facts, locale)}. Booking code ${formatBookingCode(facts.code)}. If you cannot come, cancel or move the appointment from My bookings.`,
    ),
  }),
  confirmed: (facts: AppointmentFacts) => ({
    title: both((locale) =>
      locale === 'it' ? `Appuntamento confermato: ${facts.service.it}` : `Appointment confirmed: ${facts.service.en}`,
    ),
    body: both((locale) =>
      locale === 'it'
        ? `Il tuo appuntamento è ${when(facts, locale)} ${place(facts, locale)}. Codice prenotazione ${formatBookingCode(facts.code)}: tienilo per annullare o spostare l'appuntamento e per presentarti allo sportello.`
        : `Your appointment is ${when(facts, locale)} ${place(facts, locale)}. Booking code ${formatBookingCode(facts.code)}: keep it to cancel or move the appointment and to check in at the desk.`,
    ),
  }),
  waitlistOffer: (facts: Omit<AppointmentFacts, 'code'>, expiresAt: Date) => ({
    title: both((locale) =>
      locale === 'it' ? `Si è liberato un posto: ${facts.service.it}` : `A place has become free: ${facts.service.en}`,
    ),
    body: both((locale) =>
      locale === 'it'
        ? `Eri in lista d'attesa: abbiamo tenuto per te un posto ${when({ ...facts, code: '' }, locale)} ${place({ ...facts, code: '' }, locale)}. Confermalo entro ${formatSlotMoment(expiresAt, facts.timeZone, locale)}, poi passerà alla persona successiva.`
        : `You were on the waiting list: we are keeping a place for you ${when({ ...facts, code: '' }, locale)} ${place({ ...facts, code: '' }, locale)}. Confirm it by ${formatSlotMoment(expiresAt, facts.timeZone, locale)}; after that it goes to the next person.`,
    ),
  }),
};

/** An email from an inbox-style message, with the booking's link spelled out. */
export function appointmentEmail(message: { title: LocalizedText; body: LocalizedText }, locale: Locale, url: string) {
  const more = locale === 'it' ? 'Dettagli e modifiche' : 'Details and changes';
  return {
    subject: message.title[locale],
    text: `${message.body[locale]}\n\n${more}: ${url}`,
  };
}
