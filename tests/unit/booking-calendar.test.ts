import { describe, expect, it } from 'vitest';
import {
  buildIcs,
  type CalendarEvent,
  googleCalendarUrl,
  outlookCalendarUrl,
  sportelloProductId,
} from '../../shared/booking/calendar';

// A deliberately small RFC 5545 reader: enough to check what calendars will read, not a general parser.
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

const unfold = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, char: string) => (/n/i.test(char) ? '\n' : char));

function parseProperty(line: string): Property {
  let inQuotes = false;
  let colon = -1;
  for (let index = 0; index < line.length && colon < 0; index++) {
    if (line[index] === '"') inQuotes = !inQuotes;
    else if (line[index] === ':' && !inQuotes) colon = index;
  }
  const head = line.slice(0, colon);
  const params: Record<string, string> = {};
  for (const match of head.matchAll(/;([^=;]+)=("[^"]*"|[^;]*)/g)) params[match[1]!] = match[2]!.replace(/^"|"$/g, '');
  return { name: head.split(';')[0]!, params, value: line.slice(colon + 1) };
}

function parseIcs(ics: string): Component {
  const root: Component = { name: '', properties: [], components: [] };
  const stack = [root];
  for (const line of unfold(ics)) {
    const property = parseProperty(line);
    const current = stack.at(-1)!;
    if (property.name === 'BEGIN') {
      const child = { name: property.value, properties: [], components: [] };
      current.components.push(child);
      stack.push(child);
    } else if (property.name === 'END') {
      expect(current.name).toBe(property.value);
      stack.pop();
    } else current.properties.push(property);
  }
  expect(stack).toHaveLength(1);
  expect(root.components).toHaveLength(1);
  return root.components[0]!;
}

const child = (component: Component, name: string) => component.components.find((each) => each.name === name)!;
const prop = (component: Component, name: string) => component.properties.find((each) => each.name === name);
const valueIn = (component: Component, name: string) => prop(component, name)?.value;

const appointment = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'booking-7f3a@sportello.example.it',
  sequence: 0,
  method: 'PUBLISH',
  start: '2026-01-14T08:00:00Z',
  end: '2026-01-14T08:30:00Z',
  timeZone: 'Europe/Rome',
  summary: "Carta d'identità elettronica",
  description: 'Codice ABCDE-FGHJK.\nPorta la vecchia carta e una fototessera.',
  location: 'Ufficio Anagrafe, Via Roma 1, Milano',
  url: 'https://sportello.example.it/appuntamenti/ABCDEFGHJK',
  dtstamp: new Date('2026-01-02T10:15:00Z'),
  ...overrides,
});

const calendarOf = (overrides: Partial<CalendarEvent> = {}) => parseIcs(buildIcs(appointment(overrides)));
const eventOf = (overrides: Partial<CalendarEvent> = {}) => child(calendarOf(overrides), 'VEVENT');

function observancesOf(calendar: Component) {
  return child(calendar, 'VTIMEZONE').components.map((observance) => ({
    kind: observance.name,
    start: valueIn(observance, 'DTSTART'),
    from: valueIn(observance, 'TZOFFSETFROM'),
    to: valueIn(observance, 'TZOFFSETTO'),
  }));
}

const offsetMinutes = (offset: string) =>
  (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
const basicAsUtc = (basic: string) =>
  Date.UTC(+basic.slice(0, 4), +basic.slice(4, 6) - 1, +basic.slice(6, 8), +basic.slice(9, 11), +basic.slice(11, 13));

describe('ics file format', () => {
  it('ends every line, the last included, with CRLF', () => {
    const ics = buildIcs(appointment({ description: 'prima riga\nseconda riga\r\nterza' }));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds lines at 75 octets and unfolding restores the text, accents and emoji included', () => {
    const description = `Ricorda: ${"l'identità è verificata allo sportello; porta il documento, grazie. ".repeat(6)}📅 fine`;
    const ics = buildIcs(appointment({ description, location: 'è'.repeat(100) }));
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A fold inside a surrogate pair would not survive a round trip through UTF-8.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    const event = eventOf({ description, location: 'è'.repeat(100) });
    expect(unescapeText(valueIn(event, 'DESCRIPTION')!)).toBe(description);
    expect(valueIn(event, 'LOCATION')).toBe('è'.repeat(100));
  });

  it('moves a two-byte character that would cross the limit to the next line', () => {
    // "DESCRIPTION:" is 12 octets, 62 more make 74: an "è" (2 octets) no longer fits.
    const lines = buildIcs(appointment({ description: `${'a'.repeat(62)}èb` })).split('\r\n');
    const index = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(Buffer.byteLength(lines[index]!, 'utf8')).toBe(74);
    expect(lines[index + 1]).toBe(' èb');
  });

  it('escapes backslash, semicolon, comma and line breaks in text values', () => {
    const summary = 'Rinnovo, urgente; C:\\pratiche\nriga due';
    const raw = unfold(buildIcs(appointment({ summary })));
    expect(raw).toContain('SUMMARY:Rinnovo\\, urgente\\; C:\\\\pratiche\\nriga due');
    expect(unescapeText(valueIn(eventOf({ summary }), 'SUMMARY')!)).toBe(summary);
  });
});

describe('times in the office zone', () => {
  it.each([
    ['winter, +01:00', '2026-01-14T08:00:00Z', '2026-01-14T08:30:00Z', '20260114T090000', '20260114T093000'],
    ['summer, +02:00', '2026-07-15T07:00:00Z', '2026-07-15T07:30:00Z', '20260715T090000', '20260715T093000'],
  ])('writes DTSTART and DTEND as Rome wall-clock time in %s', (_, start, end, localStart, localEnd) => {
    const event = eventOf({ start, end });
    expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Rome' }, value: localStart });
    expect(prop(event, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Europe/Rome' }, value: localEnd });
  });

  it("describes Rome's real changes from the year before to the year after", () => {
    const observances = observancesOf(calendarOf({ start: '2026-07-15T07:00:00Z', end: '2026-07-15T07:30:00Z' }));
    expect(valueIn(child(calendarOf(), 'VTIMEZONE'), 'TZID')).toBe('Europe/Rome');
    expect(observances).toHaveLength(6);
    expect(observances).toContainEqual({ kind: 'DAYLIGHT', start: '20260329T020000', from: '+0100', to: '+0200' });
    expect(observances).toContainEqual({ kind: 'STANDARD', start: '20261025T030000', from: '+0200', to: '+0100' });
    expect(observances[0]).toEqual({ kind: 'DAYLIGHT', start: '20250330T020000', from: '+0100', to: '+0200' });
    expect(observances.at(-1)).toEqual({ kind: 'STANDARD', start: '20271031T030000', from: '+0200', to: '+0100' });
  });

  it.each([
    '2026-01-14T08:00:00Z',
    '2026-03-29T00:59:00Z',
    '2026-03-29T01:00:00Z',
    '2026-10-25T01:00:00Z',
    '2026-12-31T23:30:00Z',
  ])('a calendar reading only the VTIMEZONE places %s where DTSTART says', (start) => {
    const instant = Date.parse(start);
    const calendar = calendarOf({ start, end: new Date(instant + 30 * 60_000) });
    const inForce = child(calendar, 'VTIMEZONE')
      .components.map((observance) => ({
        onset:
          basicAsUtc(valueIn(observance, 'DTSTART')!) - offsetMinutes(valueIn(observance, 'TZOFFSETFROM')!) * 60_000,
        offset: offsetMinutes(valueIn(observance, 'TZOFFSETTO')!),
      }))
      .filter((observance) => observance.onset <= instant)
      .at(-1)!;
    expect(basicAsUtc(valueIn(child(calendar, 'VEVENT'), 'DTSTART')!)).toBe(instant + inForce.offset * 60_000);
  });

  it.each([
    ['Asia/Tokyo', '+0900', '20260114T170000'],
    ['UTC', '+0000', '20260114T080000'],
  ])('gives %s, which has no changes, a single STANDARD observance', (timeZone, offset, localStart) => {
    const calendar = calendarOf({ timeZone });
    expect(observancesOf(calendar)).toEqual([
      { kind: 'STANDARD', start: expect.any(String), from: offset, to: offset },
    ]);
    expect(valueIn(child(calendar, 'VEVENT'), 'DTSTART')).toBe(localStart);
  });

  it('finds a half-hour change that is not on the hour (Lord Howe Island)', () => {
    expect(observancesOf(calendarOf({ timeZone: 'Australia/Lord_Howe' }))).toContainEqual({
      kind: 'STANDARD',
      start: '20260405T020000',
      from: '+1100',
      to: '+1030',
    });
  });
});

describe('publishing and cancelling', () => {
  it('publishes a confirmed event with a reminder the day before', () => {
    const calendar = calendarOf({ created: new Date('2026-01-02T10:14:59Z') });
    const event = child(calendar, 'VEVENT');
    expect(valueIn(calendar, 'VERSION')).toBe('2.0');
    expect(valueIn(calendar, 'PRODID')).toBe(sportelloProductId);
    expect(sportelloProductId).toBe('-//Sportello//Prenotazioni//IT');
    expect(valueIn(calendar, 'METHOD')).toBe('PUBLISH');
    expect(valueIn(event, 'UID')).toBe('booking-7f3a@sportello.example.it');
    expect(valueIn(event, 'SEQUENCE')).toBe('0');
    expect(valueIn(event, 'DTSTAMP')).toBe('20260102T101500Z');
    expect(valueIn(event, 'CREATED')).toBe('20260102T101459Z');
    expect(valueIn(event, 'STATUS')).toBe('CONFIRMED');
    expect(valueIn(event, 'URL')).toBe('https://sportello.example.it/appuntamenti/ABCDEFGHJK');
    expect(unescapeText(valueIn(event, 'LOCATION')!)).toBe('Ufficio Anagrafe, Via Roma 1, Milano');
    const alarm = child(event, 'VALARM');
    expect(valueIn(alarm, 'ACTION')).toBe('DISPLAY');
    expect(valueIn(alarm, 'TRIGGER')).toBe('-PT24H');
    expect(unescapeText(valueIn(alarm, 'DESCRIPTION')!)).toBe("Carta d'identità elettronica");
  });

  it('cancels the same event: same UID, higher sequence, CANCELLED and no reminder', () => {
    const calendar = calendarOf({ method: 'CANCEL', sequence: 1 });
    const event = child(calendar, 'VEVENT');
    expect(valueIn(calendar, 'METHOD')).toBe('CANCEL');
    expect(valueIn(event, 'UID')).toBe('booking-7f3a@sportello.example.it');
    expect(valueIn(event, 'SEQUENCE')).toBe('1');
    expect(valueIn(event, 'STATUS')).toBe('CANCELLED');
    expect(event.components).toEqual([]);
  });

  it('names the organizer with a quoted common name', () => {
    const event = eventOf({
      organizer: { name: 'Comune di Milano: Anagrafe, Sportello', email: 'anagrafe@example.it' },
    });
    expect(prop(event, 'ORGANIZER')).toEqual({
      name: 'ORGANIZER',
      params: { CN: 'Comune di Milano: Anagrafe, Sportello' },
      value: 'mailto:anagrafe@example.it',
    });
  });

  it('refuses an end before the start, an invalid instant and an unknown zone', () => {
    expect(() => buildIcs(appointment({ end: '2026-01-14T07:00:00Z' }))).toThrow(RangeError);
    expect(() => buildIcs(appointment({ start: 'domani' }))).toThrow(RangeError);
    expect(() => buildIcs(appointment({ timeZone: 'Europe/Atlantide' }))).toThrow(RangeError);
  });
});

describe('add-to-calendar links', () => {
  const link = {
    summary: "Carta d'identità elettronica",
    description: 'Codice ABCDE-FGHJK.\nPorta una fototessera & il vecchio documento.',
    location: 'Via Roma 1, Milano',
    start: new Date('2026-07-15T07:00:00Z'),
    end: '2026-07-15T07:30:00.000Z',
    timeZone: 'Europe/Rome',
  };

  it('builds a Google Calendar template in UTC', () => {
    const url = new URL(googleCalendarUrl(link));
    expect(`${url.origin}${url.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: link.summary,
      dates: '20260715T070000Z/20260715T073000Z',
      details: link.description,
      location: link.location,
      ctz: 'Europe/Rome',
    });
  });

  it('builds an Outlook compose link with ISO UTC instants', () => {
    const href = outlookCalendarUrl(link);
    // Outlook shows a form-encoded "+" literally, so spaces must travel as %20.
    expect(href).not.toContain('+');
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://outlook.live.com/calendar/0/action/compose');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      subject: link.summary,
      startdt: '2026-07-15T07:00:00Z',
      enddt: '2026-07-15T07:30:00Z',
      body: link.description,
      location: link.location,
      path: '/calendar/action/compose',
      rru: 'addevent',
    });
  });
});
