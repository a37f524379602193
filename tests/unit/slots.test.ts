import { describe, expect, it } from 'vitest';
import { BookableServiceSchema, OfficeScheduleSchema } from '../../shared/booking/schedule';
import {
  checkSlot,
  computeBookingHorizon,
  findDayClosure,
  findGeneratedSlot,
  generateSlots,
  groupSlotsByDay,
  isGeneratedSlot,
  localDateAt,
} from '../../shared/booking/slots';

const morning = [{ opens: '09:00', closes: '12:30' }];
// 2026-01-12 is a Monday; Tuesdays also open in the afternoon.
const office = OfficeScheduleSchema.parse({
  weeklyHours: {
    mon: morning,
    tue: [...morning, { opens: '14:30', closes: '16:30' }],
    wed: morning,
    thu: morning,
    fri: morning,
  },
  closures: [{ from: '2026-02-11', to: '2026-02-13', reason: { it: 'Trasloco', en: 'Moving' } }],
});
const service = (overrides: Record<string, unknown> = {}) =>
  BookableServiceSchema.parse({ slotMinutes: 30, minNoticeMinutes: 0, bookingWindowDays: 365, ...overrides });
const longAgo = new Date('2025-12-01T00:00:00Z');
const oneDay = (date: string, input: Partial<Parameters<typeof generateSlots>[0]> = {}) =>
  generateSlots({ schedule: office, service: service(), from: date, to: date, now: longAgo, ...input });
const minutesBetween = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 60_000;

describe('slots on an ordinary day', () => {
  it('fills a winter weekday morning at +01:00', () => {
    const slots = oneDay('2026-01-14');
    expect(slots).toHaveLength(7);
    expect(slots[0]).toEqual({
      start: '2026-01-14T08:00:00.000Z',
      end: '2026-01-14T08:30:00.000Z',
      localDate: '2026-01-14',
      localTime: '09:00',
      capacity: 1,
    });
    expect(slots.at(-1)?.localTime).toBe('12:00');
    expect(slots.at(-1)?.end).toBe('2026-01-14T11:30:00.000Z');
  });

  it('uses +02:00 in summer', () => {
    const slots = oneDay('2026-07-15');
    expect(slots[0]?.start).toBe('2026-07-15T07:00:00.000Z');
    expect(slots[0]?.localTime).toBe('09:00');
  });

  it('serves both ranges of a day with two, in time order', () => {
    const slots = oneDay('2026-01-13');
    expect(slots.map((slot) => slot.localTime)).toEqual([
      ...['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00'],
      ...['14:30', '15:00', '15:30', '16:00'],
    ]);
    expect(slots[7]?.start).toBe('2026-01-13T13:30:00.000Z');
  });

  it('keeps the buffer between consecutive slots', () => {
    const slots = oneDay('2026-01-14', { service: service({ slotMinutes: 25, bufferMinutes: 10 }) });
    expect(slots.map((slot) => slot.localTime)).toEqual(['09:00', '09:35', '10:10', '10:45', '11:20', '11:55']);
    for (let index = 1; index < slots.length; index++) {
      expect(minutesBetween(slots[index - 1]!.end, slots[index]!.start)).toBe(10);
    }
  });

  it('slot-overruns-closing: never generates a slot that ends after the range closes', () => {
    const slots = oneDay('2026-01-14', { service: service({ slotMinutes: 45 }) });
    expect(slots.map((slot) => slot.localTime)).toEqual(['09:00', '09:45', '10:30', '11:15']);
  });

  it('carries the service capacity (desks) on every slot', () => {
    expect(oneDay('2026-01-14', { service: service({ capacity: 3 }) }).every((slot) => slot.capacity === 3)).toBe(true);
  });

  it('generates nothing on a day without opening hours', () => {
    expect(oneDay('2026-01-17')).toEqual([]);
  });
});

describe('closed days', () => {
  it('closure-range-inclusive: no slots from the first to the last day of a closure', () => {
    const days = groupSlotsByDay(oneDay('2026-02-10', { to: '2026-02-16' }));
    expect(days.map((day) => day.localDate)).toEqual(['2026-02-10', '2026-02-16']);
    expect(findDayClosure(office, '2026-02-13')).toEqual({ kind: 'closure', reason: { it: 'Trasloco', en: 'Moving' } });
  });

  it('skips national holidays: Festa della Repubblica, Easter Monday', () => {
    expect(oneDay('2026-06-02')).toEqual([]);
    expect(oneDay('2026-04-06')).toEqual([]);
    expect(findDayClosure(office, '2026-06-02')?.kind).toBe('holiday');
  });

  it("skips the office's patron saint's day only where it is configured", () => {
    const rome = { ...office, patronSaint: { month: 6, day: 29 } };
    expect(oneDay('2026-06-29', { schedule: rome })).toEqual([]);
    expect(oneDay('2026-06-29')).toHaveLength(7);
  });
});

describe('what now allows', () => {
  it('min-notice: skips slots starting before now + minimum notice, keeps the one starting exactly then', () => {
    const now = new Date('2026-01-14T08:00:00Z');
    const slots = oneDay('2026-01-14', { now, service: service({ minNoticeMinutes: 60 }) });
    expect(slots[0]?.localTime).toBe('10:00');
    const later = oneDay('2026-01-14', {
      now: new Date('2026-01-14T08:10:00Z'),
      service: service({ minNoticeMinutes: 60 }),
    });
    expect(later[0]?.localTime).toBe('10:30');
  });

  it('booking-window: no day before today nor after today + bookingWindowDays (office zone)', () => {
    // 23:30Z on the 13th is already the 14th in Rome.
    const now = new Date('2026-01-13T23:30:00Z');
    const slots = generateSlots({
      schedule: office,
      service: service({ bookingWindowDays: 5 }),
      from: '2026-01-01',
      to: '2026-01-31',
      now,
    });
    const days = groupSlotsByDay(slots).map((day) => day.localDate);
    expect(days).toEqual(['2026-01-14', '2026-01-15', '2026-01-16', '2026-01-19']);
    expect(computeBookingHorizon({ schedule: office, service: service({ bookingWindowDays: 5 }), now })).toEqual({
      today: '2026-01-14',
      lastDate: '2026-01-19',
      earliestStart: now,
    });
  });

  it('returns slots in time order across days, nothing when from is after to', () => {
    const slots = oneDay('2026-01-12', { to: '2026-01-16' });
    const starts = slots.map((slot) => Date.parse(slot.start));
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
    expect(groupSlotsByDay(slots).map((day) => day.slots.length)).toEqual([7, 11, 7, 7, 7]);
    expect(oneDay('2026-01-16', { to: '2026-01-12' })).toEqual([]);
  });

  it('refuses malformed dates', () => {
    expect(() => oneDay('2026-1-14')).toThrow(RangeError);
    expect(() => oneDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('daylight saving time in Europe/Rome', () => {
  const night = OfficeScheduleSchema.parse({ weeklyHours: { sun: [{ opens: '01:00', closes: '04:00' }] } });
  const nightSlots = (date: string, slotMinutes = 30) =>
    generateSlots({ schedule: night, service: service({ slotMinutes }), from: date, to: date, now: longAgo });

  it('dst-spring-gap: 2026-03-29 has no 02:00 or 02:30 slot, and each slot lasts 30 real minutes', () => {
    const slots = nightSlots('2026-03-29');
    expect(slots.map((slot) => slot.localTime)).toEqual(['01:00', '01:30', '03:00', '03:30']);
    expect(slots.map((slot) => slot.start)).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
    for (const slot of slots) expect(minutesBetween(slot.start, slot.end)).toBe(30);
  });

  it('dst-spring-gap-overlap: slots that straddle the gap never overlap', () => {
    const slots = nightSlots('2026-03-29', 45);
    for (let index = 1; index < slots.length; index++) {
      expect(Date.parse(slots[index]!.start)).toBeGreaterThanOrEqual(Date.parse(slots[index - 1]!.end));
    }
    expect(slots.every((slot) => minutesBetween(slot.start, slot.end) === 45)).toBe(true);
  });

  it('dst-autumn-double-slot: 2026-10-25 has one 02:00 and one 02:30 slot, at their first occurrence', () => {
    const slots = nightSlots('2026-10-25');
    expect(slots.map((slot) => slot.localTime)).toEqual(['01:00', '01:30', '02:00', '02:30', '03:00', '03:30']);
    expect(slots.find((slot) => slot.localTime === '02:00')?.start).toBe('2026-10-25T00:00:00.000Z');
    const starts = slots.map((slot) => Date.parse(slot.start));
    for (let index = 1; index < starts.length; index++) expect(starts[index]).toBeGreaterThan(starts[index - 1]!);
    expect(new Set(slots.map((slot) => slot.start)).size).toBe(slots.length);
    for (const slot of slots) expect(minutesBetween(slot.start, slot.end)).toBe(30);
  });

  it('dst-autumn-second-occurrence: the repeated 02:00 is not a slot of the schedule', () => {
    const query = { schedule: night, service: service() };
    expect(isGeneratedSlot({ ...query, start: '2026-10-25T00:00:00.000Z' })).toBe(true);
    expect(isGeneratedSlot({ ...query, start: '2026-10-25T01:00:00.000Z' })).toBe(false);
  });
});

describe('other time zones', () => {
  const newYork = OfficeScheduleSchema.parse({
    timeZone: 'America/New_York',
    weeklyHours: { mon: [{ opens: '09:00', closes: '17:00' }], fri: [{ opens: '09:00', closes: '17:00' }] },
  });

  it('America/New_York: 09:00 is 14:00Z before its DST change (8 March 2026) and 13:00Z after', () => {
    const slots = generateSlots({
      schedule: newYork,
      service: service(),
      from: '2026-03-06',
      to: '2026-03-09',
      now: longAgo,
    });
    const days = groupSlotsByDay(slots);
    expect(days.map((day) => [day.localDate, day.slots.length, day.slots[0]?.start])).toEqual([
      ['2026-03-06', 16, '2026-03-06T14:00:00.000Z'],
      ['2026-03-09', 16, '2026-03-09T13:00:00.000Z'],
    ]);
  });
});

describe('localDateAt (the office day of an instant)', () => {
  it('turns the day at local midnight, on both sides of each DST change in Europe/Rome', () => {
    expect(localDateAt(Date.parse('2026-03-28T22:59:00Z'), 'Europe/Rome')).toBe('2026-03-28');
    expect(localDateAt(Date.parse('2026-03-28T23:00:00Z'), 'Europe/Rome')).toBe('2026-03-29');
    expect(localDateAt(Date.parse('2026-03-29T21:59:00Z'), 'Europe/Rome')).toBe('2026-03-29');
    expect(localDateAt(Date.parse('2026-03-29T22:00:00Z'), 'Europe/Rome')).toBe('2026-03-30');
    expect(localDateAt(Date.parse('2026-10-24T21:59:00Z'), 'Europe/Rome')).toBe('2026-10-24');
    expect(localDateAt(Date.parse('2026-10-24T22:00:00Z'), 'Europe/Rome')).toBe('2026-10-25');
    expect(localDateAt(Date.parse('2026-10-25T22:59:00Z'), 'Europe/Rome')).toBe('2026-10-25');
    expect(localDateAt(Date.parse('2026-10-25T23:00:00Z'), 'Europe/Rome')).toBe('2026-10-26');
  });

  it('agrees with the zone as Intl sees it, every 97 minutes of a year in three zones', () => {
    for (const timeZone of ['Europe/Rome', 'America/New_York', 'Australia/Lord_Howe']) {
      const expected = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      for (let at = Date.parse('2026-01-01T00:00:00Z'); at < Date.parse('2027-01-01T00:00:00Z'); at += 97 * 60_000)
        expect(localDateAt(at, timeZone), `${timeZone} ${new Date(at).toISOString()}`).toBe(expected.format(at));
    }
  });
});

describe('isGeneratedSlot (refusing forged slots)', () => {
  const query = { schedule: office, service: service() };

  it('accepts a generated start, as a string or a Date, and finds its slot', () => {
    expect(isGeneratedSlot({ ...query, start: '2026-01-14T08:30:00.000Z' })).toBe(true);
    expect(isGeneratedSlot({ ...query, start: new Date('2026-01-14T08:30:00Z') })).toBe(true);
    expect(findGeneratedSlot({ ...query, start: '2026-01-14T08:30:00Z' })?.localTime).toBe('09:30');
  });

  it('rejects shifted, outside-hours, closure, holiday and malformed starts', () => {
    for (const start of [
      '2026-01-14T08:31:00.000Z',
      '2026-01-14T08:15:00.000Z',
      '2026-01-14T07:30:00.000Z',
      '2026-01-14T11:30:00.000Z',
      '2026-01-17T08:00:00.000Z',
      '2026-02-12T08:00:00.000Z',
      '2026-06-02T07:00:00.000Z',
      'tomorrow at nine',
    ]) {
      expect(isGeneratedSlot({ ...query, start }), start).toBe(false);
    }
  });

  it('with now, rejects a slot too soon or beyond the booking window', () => {
    const now = new Date('2026-01-14T08:00:00Z');
    const windowed = { schedule: office, service: service({ minNoticeMinutes: 60, bookingWindowDays: 5 }), now };
    expect(isGeneratedSlot({ ...windowed, start: '2026-01-14T08:30:00.000Z' })).toBe(false);
    expect(isGeneratedSlot({ ...windowed, start: '2026-01-14T09:00:00.000Z' })).toBe(true);
    expect(isGeneratedSlot({ ...windowed, start: '2026-01-19T08:00:00.000Z' })).toBe(true);
    expect(isGeneratedSlot({ ...windowed, start: '2026-01-20T08:00:00.000Z' })).toBe(false);
  });
});

describe('schedule and service configuration', () => {
  it('defaults the office zone to Europe/Rome and the mode to in person', () => {
    expect(office.timeZone).toBe('Europe/Rome');
    expect(service().mode).toBe('in_person');
  });

  it.each([
    ['a 3-minute slot', { slotMinutes: 3 }],
    ['a 5-hour slot', { slotMinutes: 300 }],
    ['no desk', { capacity: 0 }],
    ['a negative buffer', { bufferMinutes: -5 }],
    ['fractional minutes', { slotMinutes: 30.5 }],
    ['an unknown mode', { mode: 'fax' }],
    ['notice longer than the window', { minNoticeMinutes: 3 * 24 * 60, bookingWindowDays: 2 }],
  ])('refuses a service with %s', (_label, overrides) => {
    expect(BookableServiceSchema.safeParse({ slotMinutes: 30, ...overrides }).success).toBe(false);
  });

  it.each([
    ['an unknown zone', { timeZone: 'Europe/Atlantis' }],
    ['a bare UTC offset', { timeZone: '+01:00' }],
    ['overlapping ranges', { weeklyHours: { mon: [...morning, { opens: '12:00', closes: '13:00' }] } }],
    [
      'a closure ending before it starts',
      { closures: [{ from: '2026-02-13', to: '2026-02-11', reason: { it: 'x', en: 'x' } }] },
    ],
    ['a patron day on 30 February', { patronSaint: { month: 2, day: 30 } }],
  ])('refuses a schedule with %s', (_label, overrides) => {
    expect(OfficeScheduleSchema.safeParse({ weeklyHours: { mon: morning }, ...overrides }).success).toBe(false);
  });
});

describe('checkSlot explains why a start cannot be booked', () => {
  const now = new Date('2026-01-12T10:00:00Z');
  const strict = service({ minNoticeMinutes: 24 * 60, bookingWindowDays: 30 });
  const check = (start: string) => checkSlot({ schedule: office, service: strict, start, now });

  it('accepts a generated slot inside the window', () => {
    expect(check('2026-01-14T08:00:00.000Z')).toMatchObject({ ok: true, slot: { localTime: '09:00' } });
  });
  it('refuses the past', () => {
    expect(check('2026-01-09T08:00:00.000Z')).toEqual({ ok: false, problem: { kind: 'in_past' } });
  });
  it('refuses a slot sooner than the minimum notice', () => {
    expect(check('2026-01-13T08:00:00.000Z')).toMatchObject({ ok: false, problem: { kind: 'too_soon' } });
  });
  it('refuses a day beyond the booking window', () => {
    expect(check('2026-02-16T08:00:00.000Z')).toEqual({
      ok: false,
      problem: { kind: 'beyond_window', lastDate: '2026-02-11' },
    });
  });
  it('names the closure or holiday of a closed day', () => {
    const closed = checkSlot({ schedule: office, service: service(), start: '2026-02-12T08:00:00.000Z', now });
    expect(closed).toMatchObject({ ok: false, problem: { kind: 'office_closed', closure: { kind: 'closure' } } });
    const epiphany = check('2026-01-06T08:00:00.000Z');
    expect(epiphany).toEqual({ ok: false, problem: { kind: 'in_past' } });
    const easterMonday = checkSlot({ schedule: office, service: service(), start: '2026-04-06T07:00:00.000Z', now });
    expect(easterMonday).toMatchObject({ ok: false, problem: { kind: 'office_closed', closure: { kind: 'holiday' } } });
  });
  it('refuses starts outside opening hours or off the grid', () => {
    expect(check('2026-01-14T13:00:00.000Z')).toEqual({ ok: false, problem: { kind: 'not_in_schedule' } });
    expect(check('2026-01-14T08:10:00.000Z')).toEqual({ ok: false, problem: { kind: 'not_in_schedule' } });
    expect(check('2026-01-17T08:00:00.000Z')).toEqual({ ok: false, problem: { kind: 'not_in_schedule' } });
    expect(check('not a date')).toEqual({ ok: false, problem: { kind: 'not_in_schedule' } });
  });
});
