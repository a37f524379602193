import { describe, expect, it } from 'vitest';
import { computeEasterSunday, findHoliday, isHoliday, listHolidays } from '../../shared/booking/holidays';

describe('Easter (Meeus/Jones/Butcher)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(computeEasterSunday(year)).toBe(date);
  });

  it('Easter Monday follows Easter, across the end of March too', () => {
    expect(findHoliday('2026-04-06')?.name.en).toBe('Easter Monday');
    expect(findHoliday('2024-04-01')?.name.it).toBe("Lunedì dell'Angelo (Pasquetta)");
    expect(isHoliday('2024-03-31')).toBe(true);
    expect(isHoliday('2024-04-02')).toBe(false);
  });
});

describe('Italian national holidays', () => {
  it('lists every holiday of 2026 in date order, San Francesco included', () => {
    expect(listHolidays(2026).map((holiday) => holiday.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-04-25',
      '2026-05-01',
      '2026-06-02',
      '2026-08-15',
      '2026-10-04',
      '2026-11-01',
      '2026-12-08',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it.each([
    ['01-01', 'Capodanno'],
    ['01-06', 'Epifania'],
    ['04-25', 'Festa della Liberazione'],
    ['05-01', 'Festa del Lavoro'],
    ['06-02', 'Festa della Repubblica'],
    ['08-15', 'Ferragosto (Assunzione)'],
    ['11-01', 'Ognissanti'],
    ['12-08', 'Immacolata Concezione'],
    ['12-25', 'Natale'],
    ['12-26', 'Santo Stefano'],
  ])('%s is a holiday every year (%s)', (monthDay, name) => {
    for (const year of [2025, 2026, 2031]) {
      const holiday = findHoliday(`${year}-${monthDay}`);
      expect(holiday?.name.it).toBe(name);
      expect(holiday?.kind).toBe('national');
    }
  });

  it('san-francesco-4-october: a holiday from 2026 (law 151/2025), not before', () => {
    expect(isHoliday('2025-10-04')).toBe(false);
    expect(findHoliday('2026-10-04')?.name.it).toBe("San Francesco d'Assisi, patrono d'Italia");
    expect(isHoliday('2027-10-04')).toBe(true);
    expect(listHolidays(2025)).toHaveLength(12);
  });

  it('every holiday has an Italian and an English name', () => {
    for (const holiday of listHolidays(2026)) {
      expect(holiday.name.it.length).toBeGreaterThan(0);
      expect(holiday.name.en.length).toBeGreaterThan(0);
    }
  });

  it('an ordinary working day is not a holiday', () => {
    expect(isHoliday('2026-01-14')).toBe(false);
    expect(isHoliday('2026-06-29')).toBe(false);
    expect(findHoliday('not-a-date')).toBeUndefined();
  });
});

describe("patron saint's day", () => {
  const rome = {
    patronSaint: { month: 6, day: 29, name: { it: 'Santi Pietro e Paolo', en: 'Saints Peter and Paul' } },
  };

  it('is a holiday of the office that configures it, every year', () => {
    expect(findHoliday('2026-06-29', rome)).toEqual({
      date: '2026-06-29',
      kind: 'patron',
      name: { it: 'Santi Pietro e Paolo', en: 'Saints Peter and Paul' },
    });
    expect(isHoliday('2030-06-29', rome)).toBe(true);
    expect(listHolidays(2026, rome)).toHaveLength(14);
  });

  it('gets a generic name when none is configured', () => {
    expect(findHoliday('2026-12-07', { patronSaint: { month: 12, day: 7 } })?.name.it).toBe('Festa del santo patrono');
  });

  it('patron-on-national-holiday: listed once, under the national name', () => {
    const assisi = { patronSaint: { month: 10, day: 4 } };
    const onDay = listHolidays(2026, assisi).filter((holiday) => holiday.date === '2026-10-04');
    expect(onDay).toHaveLength(1);
    expect(onDay[0]?.kind).toBe('national');
  });
});
