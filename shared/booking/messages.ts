import type { LocalizedText } from '../catalog/content';
import { bookingTexts } from '../i18n/booking-texts';
import type { Locale } from '../i18n/locales';
import { localize } from '../i18n/localized';
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
const when = (facts: Omit<AppointmentFacts, 'code'>, locale: Locale) =>
  formatSlotMoment(facts.start, facts.timeZone, locale);
const place = (facts: Omit<AppointmentFacts, 'code'>, locale: Locale) =>
  facts.meetingUrl
    ? bookingTexts[locale].place.video(facts.meetingUrl)
    : bookingTexts[locale].place.office(localize(facts.office, locale), facts.address);
const words = (facts: AppointmentFacts, locale: Locale) => ({
  service: localize(facts.service, locale),
  when: when(facts, locale),
  place: place(facts, locale),
  code: formatBookingCode(facts.code),
});

/** The inbox messages and emails about appointments, in both languages (wording: shared/i18n/booking-texts). */
export const bookingMessages = {
  reminder: (facts: AppointmentFacts) => ({
    title: both((locale) => bookingTexts[locale].reminder.title(localize(facts.service, locale))),
    body: both((locale) => bookingTexts[locale].reminder.body(words(facts, locale))),
  }),
  confirmed: (facts: AppointmentFacts) => ({
    title: both((locale) => bookingTexts[locale].confirmed.title(localize(facts.service, locale))),
    body: both((locale) => bookingTexts[locale].confirmed.body(words(facts, locale))),
  }),
  waitlistOffer: (facts: Omit<AppointmentFacts, 'code'>, expiresAt: Date) => ({
    title: both((locale) => bookingTexts[locale].waitlistOffer.title(localize(facts.service, locale))),
    body: both((locale) =>
      bookingTexts[locale].waitlistOffer.body({
        service: localize(facts.service, locale),
        when: when(facts, locale),
        place: place(facts, locale),
        confirmBy: formatSlotMoment(expiresAt, facts.timeZone, locale),
      }),
    ),
  }),
};

/** An email from an inbox-style message, with the booking's link spelled out. */
export function appointmentEmail(message: { title: LocalizedText; body: LocalizedText }, locale: Locale, url: string) {
  return {
    subject: localize(message.title, locale),
    text: `${localize(message.body, locale)}\n\n${bookingTexts[locale].emailLink}: ${url}`,
  };
}
