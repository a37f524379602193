import { tzOffset } from '@date-fns/tz';

/**
 * Calendar exports of an appointment: an RFC 5545 .ics file and "add to calendar" links for Google and
 * Outlook on the web. Pure, so the server can serve the file and the client can build the links offline.
 */

export const sportelloProductId = '-//Sportello//Prenotazioni//IT';

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
const maxLineOctets = 75;

export interface CalendarEvent {
  /** Stable per booking, so a later CANCEL or update replaces the same entry in the person's calendar. */
  uid: string;
  /** Bumped by the caller on every change; calendars ignore a version older than the one they hold. */
  sequence: number;
  method: 'PUBLISH' | 'CANCEL';
  /** UTC instants (a Date or an ISO string with offset). */
  start: Date | string;
  end: Date | string;
  /** The office's IANA zone: the event is written in its wall-clock time, as the citizen will live it. */
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  url?: string;
  /** When this version of the file was produced (DTSTAMP). */
  dtstamp: Date;
  /** When the booking was made (CREATED). */
  created?: Date;
  /** Who sends the invitation; some clients (Outlook, Apple) only honour a CANCEL that names it. */
  organizer?: { name: string; email: string };
  productId?: string;
}

export interface CalendarLinkInput {
  summary: string;
  description: string;
  location: string;
  start: Date | string;
  end: Date | string;
  timeZone: string;
}

function toInstant(value: Date | string, name: string): number {
  const instant = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (!Number.isFinite(instant)) throw new RangeError(`${name} is not a valid instant: ${String(value)}`);
  return instant;
}

function eventInterval(event: { start: Date | string; end: Date | string }): { start: number; end: number } {
  const start = toInstant(event.start, 'start');
  const end = toInstant(event.end, 'end');
  if (end <= start) throw new RangeError('end must be after start');
  return { start, end };
}

function offsetAt(timeZone: string, instant: number): number {
  const offset = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(offset)) throw new RangeError(`unknown time zone: ${timeZone}`);
  return offset;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** YYYYMMDDTHHMMSS of the UTC fields of `instant`; shifted by an offset first, it is a wall-clock time. */
function formatBasic(instant: number): string {
  const date = new Date(instant);
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

const formatUtc = (instant: number) => `${formatBasic(instant)}Z`;
const formatLocal = (instant: number, timeZone: string) =>
  formatBasic(instant + offsetAt(timeZone, instant) * minuteMs);

function formatOffset(minutes: number): string {
  const absolute = Math.abs(Math.round(minutes));
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

interface OffsetChange {
  instant: number;
  from: number;
  to: number;
}

/**
 * The zone's real offset changes between two instants. Changes are months apart, so a daily probe finds
 * each one; bisection then narrows it to the minute, where tzScan stops at the hour and would misplace a
 * change off the hour (Lord Howe Island's, at 15:30 UTC).
 */
function findOffsetChanges(timeZone: string, from: number, to: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let previousDay = from;
  let previousOffset = offsetAt(timeZone, from);
  for (let day = from + dayMs; day <= to; day += dayMs) {
    const offset = offsetAt(timeZone, day);
    if (offset !== previousOffset) {
      let before = previousDay;
      let after = day;
      while (after - before > minuteMs) {
        const middle = before + Math.floor((after - before) / 2 / minuteMs) * minuteMs;
        if (offsetAt(timeZone, middle) === previousOffset) before = middle;
        else after = middle;
      }
      changes.push({ instant: after, from: previousOffset, to: offset });
    }
    previousDay = day;
    previousOffset = offset;
  }
  return changes;
}

/**
 * A VTIMEZONE built from the zone's actual offsets from the year before to the year after the event, as
 * explicit observances without RRULEs: exact for the dates that matter and never wrong about rules the
 * zone might change later. A zone without changes there gets one STANDARD observance.
 */
function buildTimeZone(timeZone: string, eventStart: number): string[] {
  const year = new Date(eventStart).getUTCFullYear();
  const scanStart = Date.UTC(year - 1, 0, 1);
  const changes = findOffsetChanges(timeZone, scanStart, Date.UTC(year + 2, 0, 1));
  // Every instant of the event must fall in some observance, even when the first change comes after it.
  if (!changes.some((change) => change.instant <= eventStart)) {
    const offset = offsetAt(timeZone, scanStart);
    changes.unshift({ instant: scanStart, from: offset, to: offset });
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const change of changes) {
    // Moving clocks forward is what calendars call daylight time; the offsets, not the label, drive them.
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // DTSTART of an observance is the wall-clock time just before the change, in the offset being left.
      `DTSTART:${formatBasic(change.instant + change.from * minuteMs)}`,
      `TZOFFSETFROM:${formatOffset(change.from)}`,
      `TZOFFSETTO:${formatOffset(change.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters are invalid. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point; strict readers reject them.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets of UTF-8, never inside a character; continuation lines begin with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > maxLineOctets) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

// Parameter values may not hold a double quote; quoting covers the ':', ';' and ',' a name may contain.
const quoteParameter = (value: string) => `"${value.replace(/["\r\n]/g, '')}"`;
// A URI is not TEXT: it is written as it is, but must stay on its own content line.
const stripLineBreaks = (value: string) => value.replace(/[\r\n]/g, '');

/** A complete VCALENDAR with one VEVENT in the office's zone, CRLF-terminated and folded. */
export function buildIcs(event: CalendarEvent): string {
  const { start, end } = eventInterval(event);
  const cancelled = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${event.productId ?? sportelloProductId}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...buildTimeZone(event.timeZone, start),
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(toInstant(event.dtstamp, 'dtstamp'))}`,
    ...(event.created ? [`CREATED:${formatUtc(toInstant(event.created, 'created'))}`] : []),
    `SEQUENCE:${event.sequence}`,
    `DTSTART;TZID=${event.timeZone}:${formatLocal(start, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${formatLocal(end, event.timeZone)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.url ? [`URL:${stripLineBreaks(event.url)}`] : []),
    ...(event.organizer
      ? [`ORGANIZER;CN=${quoteParameter(event.organizer.name)}:mailto:${stripLineBreaks(event.organizer.email)}`]
      : []),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    // A reminder on a cancelled appointment would only confuse; the day before leaves time to get there.
    ...(cancelled
      ? []
      : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, 'TRIGGER:-PT24H', 'END:VALARM']),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

// encodeURIComponent rather than URLSearchParams: Outlook shows the '+' that form encoding uses for spaces.
const queryString = (params: [string, string][]) =>
  params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');

/** Google Calendar's "create event" template, times in UTC; ctz only chooses the zone it displays. */
export function googleCalendarUrl(input: CalendarLinkInput): string {
  const { start, end } = eventInterval(input);
  return `https://calendar.google.com/calendar/render?${queryString([
    ['action', 'TEMPLATE'],
    ['text', input.summary],
    ['dates', `${formatUtc(start)}/${formatUtc(end)}`],
    ['details', input.description],
    ['location', input.location],
    ['ctz', input.timeZone],
  ])}`;
}

const isoUtc = (instant: number) => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Outlook on the web's compose form; it takes UTC instants and shows them in the person's own zone. */
export function outlookCalendarUrl(input: CalendarLinkInput): string {
  const { start, end } = eventInterval(input);
  return `https://outlook.live.com/calendar/0/action/compose?${queryString([
    ['subject', input.summary],
    ['startdt', isoUtc(start)],
    ['enddt', isoUtc(end)],
    ['body', input.description],
    ['location', input.location],
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
  ])}`;
}
