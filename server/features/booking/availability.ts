import type { AvailabilityInput, AvailabilityOutput, OfficeAvailability } from '../../../shared/booking/api';
import { formatSlotMoment, inBothLocales } from '../../../shared/booking/format';
import type { Slot } from '../../../shared/booking/schedule';
import {
  addLocalDays,
  computeBookingHorizon,
  findDayClosure,
  generateSlots,
  groupSlotsByDay,
} from '../../../shared/booking/slots';
import { bookingTexts } from '../../../shared/i18n/booking-texts';
import type { Locale } from '../../../shared/i18n/locales';
import { localize } from '../../../shared/i18n/localized';
import type { Executor } from '../../db/client';
import type { AvailabilityCache } from './availability-cache';
import { type BookableOffice, formatAddress, loadBookable } from './bookable';
import { countTakenPlaces } from './places';

export interface FreeSlot extends Slot {
  free: number;
}

/** The bookable slots of one office between two local days, each with its free places, as seen at `now`. */
export async function listFreeSlots(
  db: Executor,
  office: BookableOffice,
  range: { from: string; to: string; now: Date },
): Promise<FreeSlot[]> {
  return (await listFreeSlotsUntil(db, office, range)).slots;
}

/** The same, with the instant the answer stops being true because a hold in it lapses. */
async function listFreeSlotsUntil(
  db: Executor,
  office: BookableOffice,
  range: { from: string; to: string; now: Date },
): Promise<{ slots: FreeSlot[]; nextLapse: number | null }> {
  const slots = generateSlots({
    schedule: office.schedule,
    service: office.rules,
    from: range.from,
    to: range.to,
    now: range.now,
  });
  if (slots.length === 0) return { slots: [], nextLapse: null };
  const { taken, nextLapse } = await countTakenPlaces(db, {
    serviceId: office.serviceId,
    officeId: office.officeId,
    from: new Date(slots[0]!.start),
    to: new Date(slots.at(-1)!.end),
  });
  return {
    slots: slots.map((slot) => ({
      ...slot,
      free: Math.max(0, slot.capacity - (taken.get(Date.parse(slot.start)) ?? 0)),
    })),
    nextLapse,
  };
}

/** The first slot with a free place after `after` (a local day), looking a month at a time up to the window's end. */
async function findNextAvailable(db: Executor, office: BookableOffice, after: string, now: Date) {
  const { lastDate } = computeBookingHorizon({ schedule: office.schedule, service: office.rules, now });
  for (let from = addLocalDays(after, 1); from <= lastDate; from = addLocalDays(from, 31)) {
    const to = [addLocalDays(from, 30), lastDate].sort()[0]!;
    const free = (await listFreeSlots(db, office, { from, to, now })).find((slot) => slot.free > 0);
    if (free) return { date: free.localDate, start: free.start };
  }
  return null;
}

async function officeAvailability(
  db: Executor,
  office: BookableOffice,
  input: { from: string; to: string },
  locale: Locale,
  now: Date,
): Promise<{ value: OfficeAvailability; validUntil: number | null }> {
  const horizon = computeBookingHorizon({ schedule: office.schedule, service: office.rules, now });
  const { slots, nextLapse } = await listFreeSlotsUntil(db, office, { from: input.from, to: input.to, now });
  const byDay = new Map(groupSlotsByDay(slots).map((day) => [day.localDate, day.slots]));
  const days: OfficeAvailability['days'] = [];
  for (let date = input.from; date <= input.to; date = addLocalDays(date, 1)) {
    const daySlots = byDay.get(date) ?? [];
    const closure = findDayClosure(office.schedule, date);
    days.push({
      date,
      free: daySlots.reduce((sum, slot) => sum + slot.free, 0),
      closed: closure ? { kind: closure.kind, reason: localize(closure.reason, locale) } : null,
      slots: daySlots.map((slot) => ({
        start: slot.start,
        end: slot.end,
        localTime: slot.localTime,
        capacity: slot.capacity,
        free: slot.free,
      })),
    });
  }
  const anyFree = slots.some((slot) => slot.free > 0);
  const value = {
    office: {
      slug: office.slug,
      name: localize(office.name, locale),
      address: formatAddress(office.address),
      timeZone: office.schedule.timeZone,
    },
    mode: office.rules.mode,
    slotMinutes: office.rules.slotMinutes,
    cancelDeadlineMinutes: office.rules.cancelDeadlineMinutes,
    bookableFrom: horizon.today,
    bookableTo: horizon.lastDate,
    days,
    nextAvailable: anyFree ? null : await findNextAvailable(db, office, input.to, now),
  };
  return { value, validUntil: nextLapse };
}

/** Loads a service's booking rules; the router passes one that goes through the catalog cache. */
export type RulesLoader = (serviceSlug: string, officeSlug?: string) => ReturnType<typeof loadBookable>;

export async function getAvailability(
  db: Executor,
  input: AvailabilityInput,
  options: { locale: Locale; now?: Date; loadRules?: RulesLoader; cache?: AvailabilityCache },
): Promise<AvailabilityOutput> {
  const { locale, now = new Date() } = options;
  const loadRules = options.loadRules ?? ((service, office) => loadBookable(db, service, office));
  const bookable = await loadRules(input.service, input.office);
  return {
    service: { slug: bookable.service.slug, title: localize(bookable.service.title, locale) },
    offices: await Promise.all(
      bookable.offices.map((office) => {
        const answer = () => officeAvailability(db, office, input, locale, now);
        if (!options.cache) return answer().then((answered) => answered.value);
        return options.cache.through(office, `${input.from}|${input.to}|${locale}`, answer);
      }),
    ),
  };
}

/**
 * Up to three free slots nearest to a wanted one (within a week either side), for the message of a
 * slot that is full; localized in both languages since the error is worded later.
 */
export async function describeNearestFreeSlots(db: Executor, office: BookableOffice, wanted: Date, now: Date) {
  const wantedDate = wanted.toISOString().slice(0, 10);
  const free = (
    await listFreeSlots(db, office, { from: addLocalDays(wantedDate, -7), to: addLocalDays(wantedDate, 8), now })
  )
    .filter((slot) => slot.free > 0)
    .sort((left, right) => Math.abs(Date.parse(left.start) - +wanted) - Math.abs(Date.parse(right.start) - +wanted))
    .slice(0, 3)
    .sort((left, right) => left.start.localeCompare(right.start));
  const zone = office.schedule.timeZone;
  return inBothLocales((locale) => {
    const texts = bookingTexts[locale].nearestFreeTimes;
    if (free.length === 0) return texts.none;
    return texts.some(free.map((slot) => formatSlotMoment(slot.start, zone, locale)).join('; '));
  });
}
