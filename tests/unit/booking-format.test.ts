import { describe, expect, it } from 'vitest';
import { formatLocalDate, formatSlotMoment } from '../../shared/booking/format';
import { bookingMessages } from '../../shared/booking/messages';

describe('appointment times in words', () => {
  it('reads an instant on the office’s wall clock, on both sides of a DST change', () => {
    // ICU words the joint differently across Node versions ("alle ore", "at", a comma): check the parts.
    const moment = (instant: string, locale: 'it' | 'en') => formatSlotMoment(instant, 'Europe/Rome', locale);
    expect(moment('2026-03-27T08:30:00Z', 'it')).toMatch(/^venerdì 27 marzo 2026\D+09:30$/);
    expect(moment('2026-03-30T07:30:00Z', 'it')).toMatch(/^lunedì 30 marzo 2026\D+09:30$/);
    expect(moment('2026-10-26T08:30:00Z', 'en')).toMatch(/^Monday,? 26 October 2026\D+09:30$/);
  });

  it('reads a civil date without shifting it', () => {
    expect(formatLocalDate('2026-12-08', 'it')).toBe('martedì 8 dicembre 2026');
    expect(formatLocalDate('2026-12-08', 'en', { year: false })).toBe('Tuesday 8 December');
  });

  it('words a reminder with the code in groups and the place, in both languages', () => {
    const message = bookingMessages.reminder({
      code: 'ABCDE23456',
      service: { it: 'Carta d’identità', en: 'Identity card' },
      office: { it: 'Sportello polifunzionale', en: 'One-stop desk' },
      address: 'Piazza della Repubblica 1, 40061 Valdoria (VD)',
      start: '2026-12-03T08:30:00Z',
      timeZone: 'Europe/Rome',
      meetingUrl: null,
    });
    expect(message.title.it).toBe('Promemoria: Carta d’identità domani');
    expect(message.body.it).toMatch(/giovedì 3 dicembre 2026\D+09:30 presso Sportello polifunzionale/);
    expect(message.body.en).toContain('Booking code ABCDE-23456');
  });
});
