import { Ok, ok } from '../../../shared/ok';
import {
  DeviceIdInput,
  EndpointInput,
  PushDevice,
  PushPreferences,
  PushSetup,
  SetServiceInput,
  SetTopicInput,
  SubscribeInput,
} from '../../../shared/push/api';
import { router } from '../../trpc/init';
import { citizenProcedure } from '../../trpc/procedures';
import { listDevices, removeDevice, subscribeDevice, unsubscribeEndpoint } from './devices';
import { readPreferences, setService, setTopic } from './preferences';

/** Profilo → Notifiche: this person's devices that receive push, and what they receive. */
export const pushRouter = router({
  setup: citizenProcedure.output(PushSetup).query(async ({ ctx }) => ({
    publicKey: ctx.vapidPublicKey,
    devices: await listDevices(ctx.db, ctx.user.id),
  })),
  subscribe: citizenProcedure
    .input(SubscribeInput)
    .output(PushDevice)
    .mutation(({ ctx, input }) =>
      subscribeDevice(ctx.db, { userId: ctx.user.id, sessionId: ctx.sessionId, userAgent: ctx.http.userAgent }, input),
    ),
  unsubscribe: citizenProcedure
    .input(EndpointInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await unsubscribeEndpoint(ctx.db, ctx.user.id, input.endpoint);
      return ok;
    }),
  removeDevice: citizenProcedure
    .input(DeviceIdInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await removeDevice(ctx.db, ctx.user.id, input.id);
      return ok;
    }),
  preferences: citizenProcedure
    .output(PushPreferences)
    .query(({ ctx }) => readPreferences(ctx.db, ctx.user.id, ctx.locale)),
  setTopic: citizenProcedure
    .input(SetTopicInput)
    .output(PushPreferences)
    .mutation(async ({ ctx, input }) => {
      await setTopic(ctx.db, ctx.user.id, input.topic, input.enabled);
      return readPreferences(ctx.db, ctx.user.id, ctx.locale);
    }),
  setService: citizenProcedure
    .input(SetServiceInput)
    .output(PushPreferences)
    .mutation(async ({ ctx, input }) => {
      await setService(ctx.db, ctx.user.id, input.service, input.enabled);
      return readPreferences(ctx.db, ctx.user.id, ctx.locale);
    }),
});
