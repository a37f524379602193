import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  AvailabilityInput,
  AvailabilityOutput,
  BookableServicesOutput,
  BookingView,
  CancelInput,
  ConfirmInput,
  HoldInput,
  HoldOutput,
  HoldRef,
  LookupInput,
  MyBookingsInput,
  OfferInput,
  OfferOutput,
  RescheduleInput,
  WaitlistEntryView,
  WaitlistJoinInput,
  WaitlistLeaveInput,
} from '../../../shared/booking/api';
import { Ok, ok } from '../../../shared/ok';
import { bookings } from '../../db/tables/booking';
import type { Context } from '../../trpc/context';
import { router } from '../../trpc/init';
import { citizenProcedure, publicProcedure } from '../../trpc/procedures';
import { getAvailability } from './availability';
import { loadBookable } from './bookable';
import { listBookableServices } from './bookable-services';
import { confirmBooking } from './confirm';
import { extendHold, holdPlace, releaseHold } from './holds';
import { cancelBooking, findBooking, listMyBookings, rescheduleBooking } from './manage';
import { notifyConfirmed } from './notify';
import { type BookingRecord, selectBookingRecords, toBookingView } from './views';
import { getOffer, joinWaitlist, leaveWaitlist, listWaitlist } from './waitlist';

const view = (ctx: Context, record: BookingRecord) =>
  toBookingView(record, { locale: ctx.locale, authSecret: ctx.authSecret, now: new Date() });

async function recordById(ctx: Context, bookingId: string) {
  const [record] = await selectBookingRecords(ctx.db, eq(bookings.id, bookingId));
  return record!;
}

const viewById = async (ctx: Context, bookingId: string) => view(ctx, await recordById(ctx, bookingId));

const userIdOf = (ctx: Context) => ctx.user?.id ?? null;

/**
 * Booking rules read for availability, the hottest public read: kept in the catalog cache, which every
 * process clears when a change is announced on catalog_changed. Holds and confirmations read them fresh.
 */
const cachedRules = (ctx: Context) => (service: string, office?: string) =>
  ctx.catalogCache.through(`booking-rules:${service}:${office ?? ''}`, () => loadBookable(ctx.db, service, office));
const changeOptions = (ctx: Context) => ({
  now: new Date(),
  offerMinutes: ctx.config.booking.waitlistOfferMinutes,
  cache: ctx.availabilityCache,
});

/** Appointments: availability, holds, bookings by code and email (or for their signed-in owner), waitlist. */
export const bookingRouter = router({
  services: publicProcedure
    .output(BookableServicesOutput)
    .query(({ ctx }) =>
      ctx.catalogCache.through(`booking-services:${ctx.locale}`, () => listBookableServices(ctx.db, ctx.locale)),
    ),
  availability: publicProcedure
    .input(AvailabilityInput)
    .output(AvailabilityOutput)
    .query(({ ctx, input }) =>
      getAvailability(ctx.db, input, {
        locale: ctx.locale,
        loadRules: cachedRules(ctx),
        cache: ctx.availabilityCache,
      }),
    ),
  hold: publicProcedure
    .meta({ access: 'public', rateLimit: 'lookup' })
    .input(HoldInput)
    .output(HoldOutput)
    .mutation(({ ctx, input }) =>
      holdPlace(ctx.db, input, {
        userId: userIdOf(ctx),
        holdMinutes: ctx.config.booking.holdMinutes,
        now: new Date(),
        cache: ctx.availabilityCache,
      }),
    ),
  releaseHold: publicProcedure
    .meta({ access: 'public', rateLimit: 'lookup' })
    .input(HoldRef)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await releaseHold(ctx.db, input, userIdOf(ctx));
      return ok;
    }),
  extendHold: publicProcedure
    .meta({ access: 'public', rateLimit: 'lookup' })
    .input(HoldRef)
    .output(z.object({ expiresAt: z.string() }))
    .mutation(({ ctx, input }) =>
      extendHold(ctx.db, input, {
        userId: userIdOf(ctx),
        holdMinutes: ctx.config.booking.holdMinutes,
        now: new Date(),
      }),
    ),
  confirm: publicProcedure
    .meta({ access: 'public', rateLimit: 'lookup' })
    .input(ConfirmInput)
    .output(BookingView)
    .mutation(async ({ ctx, input }) => {
      const outcome = await confirmBooking(ctx.db, input, {
        userId: userIdOf(ctx),
        now: new Date(),
        locale: ctx.locale,
        cache: ctx.availabilityCache,
      });
      const record = await recordById(ctx, outcome.bookingId);
      // A replay changes nothing, so it tells nobody anything either.
      if (outcome.created) await notifyConfirmed({ ...ctx, origin: ctx.http.origin }, record);
      return view(ctx, record);
    }),
  lookup: publicProcedure
    .meta({ access: 'public', personal: true })
    .input(LookupInput)
    .output(BookingView)
    .query(async ({ ctx, input }) => view(ctx, await findBooking(ctx.db, input, { userId: userIdOf(ctx) }))),
  cancel: publicProcedure
    .meta({ access: 'public', rateLimit: 'lookup' })
    .input(CancelInput)
    .output(BookingView)
    .mutation(async ({ ctx, input }) =>
      viewById(ctx, await cancelBooking(ctx.db, input, { userId: userIdOf(ctx) }, changeOptions(ctx))),
    ),
  reschedule: publicProcedure
    .meta({ access: 'public', rateLimit: 'lookup' })
    .input(RescheduleInput)
    .output(BookingView)
    .mutation(async ({ ctx, input }) =>
      viewById(ctx, await rescheduleBooking(ctx.db, input, { userId: userIdOf(ctx) }, changeOptions(ctx))),
    ),
  mine: citizenProcedure
    .input(MyBookingsInput)
    .output(z.array(BookingView))
    .query(async ({ ctx, input }) =>
      (await listMyBookings(ctx.db, ctx.user.id, input.include, new Date())).map((record) => view(ctx, record)),
    ),
  offer: citizenProcedure
    .input(OfferInput)
    .output(OfferOutput)
    .query(({ ctx, input }) => getOffer(ctx.db, ctx.user.id, input.holdId, ctx.locale)),
  waitlist: router({
    join: citizenProcedure
      .input(WaitlistJoinInput)
      .output(WaitlistEntryView)
      .mutation(({ ctx, input }) => joinWaitlist(ctx.db, input, ctx.user.id, { locale: ctx.locale, now: new Date() })),
    mine: citizenProcedure
      .output(z.array(WaitlistEntryView))
      .query(({ ctx }) => listWaitlist(ctx.db, ctx.user.id, ctx.locale)),
    leave: citizenProcedure
      .input(WaitlistLeaveInput)
      .output(Ok)
      .mutation(async ({ ctx, input }) => {
        await leaveWaitlist(ctx.db, ctx.user.id, input.id);
        return ok;
      }),
  }),
});
