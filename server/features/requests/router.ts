import { z } from 'zod';
import { Ok, ok } from '../../../shared/ok';
import {
  AnswerInfoInput,
  AttachmentView,
  DraftView,
  RequestDetail,
  RequestFormInput,
  RequestFormOutput,
  RequestId,
  RequestSummary,
  SaveDraftInput,
  SubmitInput,
  WithdrawInput,
} from '../../../shared/requests/api';
import { acceptedMediaTypes } from '../../../shared/requests/file-types';
import type { Context } from '../../trpc/context';
import { router } from '../../trpc/init';
import { citizenProcedure, publicProcedure } from '../../trpc/procedures';
import { listOwnAttachments, removeAttachment } from './attachments';
import { answerRequest, getMyRequest, listMyRequests, withdrawRequest } from './citizen';
import { discardDraft, getDraft, saveDraft } from './drafts';
import { loadRequestService } from './forms';
import { submitRequest } from './submit';

type SignedIn = Context & { user: NonNullable<Context['user']> };
const mine = (ctx: SignedIn, id: string) => getMyRequest(ctx.db, ctx.user.id, id, ctx.locale, new Date());

/** Requests ("pratiche") as the citizen sees them: forms, drafts, files, submission, status, answers. */
export const requestsRouter = router({
  form: publicProcedure
    .input(RequestFormInput)
    .output(RequestFormOutput)
    .query(async ({ ctx, input }) => {
      const service = await loadRequestService(ctx.db, input.service, ctx.locale);
      return {
        service: { slug: service.slug, title: service.title },
        organization: service.organization,
        office: { slug: service.office.slug, name: service.office.name },
        version: service.currentVersion,
        definition: service.definition,
        deadline: service.deadline,
        limits: {
          fileBytes: ctx.config.requests.fileBytes,
          requestBytes: ctx.config.requests.requestBytes,
          mediaTypes: [...acceptedMediaTypes],
        },
      };
    }),
  draft: citizenProcedure
    .input(RequestFormInput)
    .output(DraftView.nullable())
    .query(({ ctx, input }) => getDraft(ctx.db, ctx.user.id, input.service)),
  saveDraft: citizenProcedure
    .input(SaveDraftInput)
    .output(DraftView)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.user.id, input, ctx.locale)),
  discardDraft: citizenProcedure
    .input(RequestId)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await discardDraft(ctx.db, ctx.user.id, input.id);
      return ok;
    }),
  attachments: citizenProcedure
    .input(RequestId)
    .output(z.array(AttachmentView))
    .query(({ ctx, input }) => listOwnAttachments(ctx.db, ctx.user.id, input.id)),
  removeAttachment: citizenProcedure
    .input(RequestId)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await removeAttachment(ctx.db, ctx.user.id, input.id);
      return ok;
    }),
  submit: citizenProcedure
    .input(SubmitInput)
    .output(RequestDetail)
    .mutation(async ({ ctx, input }) => mine(ctx, await submitRequest(ctx.db, ctx.user.id, input, new Date()))),
  mine: citizenProcedure
    .output(z.array(RequestSummary))
    .query(({ ctx }) => listMyRequests(ctx.db, ctx.user.id, ctx.locale, new Date())),
  get: citizenProcedure
    .input(RequestId)
    .output(RequestDetail)
    .query(({ ctx, input }) => mine(ctx, input.id)),
  answer: citizenProcedure
    .input(AnswerInfoInput)
    .output(RequestDetail)
    .mutation(async ({ ctx, input }) => {
      await answerRequest(ctx.db, ctx.user.id, input, new Date());
      return mine(ctx, input.id);
    }),
  withdraw: citizenProcedure
    .input(WithdrawInput)
    .output(RequestDetail)
    .mutation(async ({ ctx, input }) => {
      await withdrawRequest(ctx.db, ctx.user.id, input, new Date());
      return mine(ctx, input.id);
    }),
  /** The request as it is, then again after every change, while the page stays open (SSE). */
  watch: citizenProcedure.input(RequestId).subscription(async function* ({ ctx, input, signal }) {
    yield await mine(ctx, input.id);
    for await (const _change of ctx.requestWatchers.changes(input.id, signal)) yield await mine(ctx, input.id);
  }),
});
