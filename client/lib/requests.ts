import { query, revalidate } from '@solidjs/router';
import type { Locale } from '../../shared/i18n/locales';
import type { AttachmentView, DraftView, RequestDetail, RequestSummary } from '../../shared/requests/api';
import type { Answers } from '../../shared/requests/form';
import { personal } from './auth';
import type { Fetched } from './offline';
import { dropWaitingFor, type Sent, sendOrQueue } from './offline/outbox';
import { personalQuery } from './offline/personal-query';
import { trpc } from './trpc';

/**
 * Requests ("pratiche"): reads as router queries (started by route preloads, read with createAsync) and
 * the actions of the form, of "Le mie pratiche" and of one request. The person's own data sits under
 * "me." keys, so signing in or out drops it (refreshPerson). Every query takes the locale: the server
 * answers titles, labels and errors in the reader's language. The person's requests are kept on the
 * device and read from there offline; an answer to the office and the answers of a draft wait in the
 * outbox when there is no connection.
 */

/** A service's online form as it is now: public, so a signed-out citizen can see what it asks. */
export const getRequestForm = query(
  (service: string, _locale: Locale) => trpc.requests.form.query({ service }),
  'requests.form',
);

/** The person's unfinished form for a service, or null; only for someone signed in. */
export const getDraft = query(
  (service: string, _locale: Locale): Promise<DraftView | null> =>
    personal(() => trpc.requests.draft.query({ service })),
  'me.requests.draft',
);

export const getMyRequests = query(
  (_locale: Locale): Promise<Fetched<RequestSummary[]>> =>
    personalQuery('requests.mine', {}, () => personal(() => trpc.requests.mine.query())),
  'me.requests.mine',
);

export const getRequest = query(
  (id: string, _locale: Locale): Promise<Fetched<RequestDetail>> =>
    personalQuery('requests.get', { id }, () => personal(() => trpc.requests.get.query({ id }))),
  'me.requests.one',
);

/**
 * The files of a draft (the form shows them under their fields) or of a request. Not kept in the router's
 * cache: files come and go while the form is open, and each page reads them afresh.
 */
export function listAttachments(id: string): Promise<AttachmentView[]> {
  return personal(() => trpc.requests.attachments.query({ id }));
}

/** Lists that show requests, after one changed. */
function refreshLists(): Promise<void> {
  return revalidate([getMyRequests.key, getRequest.key]);
}

/**
 * Keeps the answers so far on the server ("Continua" on every page): the form can be closed and taken
 * up again later, on any device. The saved draft replaces the one in memory, so the next page starts
 * from it without asking again. Without a connection the answers wait in the outbox (only the latest
 * of a form is sent) and the draft in memory carries them meanwhile; `queued` says which happened.
 */
export async function saveDraft(
  form: { service: { slug: string; title: string }; version: number },
  answers: Answers,
  locale: Locale,
  draftId?: string,
): Promise<{ draft: DraftView; queued: boolean }> {
  const service = form.service.slug;
  const input = { service, formVersion: form.version, answers };
  const subject = { kind: 'draft' as const, service, title: form.service.title };
  const sent = await sendOrQueue({ procedure: 'requests.saveDraft', input, subject }, () =>
    personal(() => trpc.requests.saveDraft.mutate(input)),
  );
  // Offline: the same draft, with the answers it will have once the outbox is sent.
  const draft = sent.queued
    ? { id: draftId ?? crypto.randomUUID(), ...input, updatedAt: new Date().toISOString() }
    : sent.result;
  query.set(getDraft.keyFor(service, locale), draft);
  if (!sent.queued) void revalidate(getMyRequests.key);
  return { draft, queued: sent.queued };
}

/** "Ricomincia da capo": the draft and its files are thrown away. */
export async function discardDraft(id: string, service: string, locale: Locale): Promise<void> {
  await personal(() => trpc.requests.discardDraft.mutate({ id }));
  await dropWaitingFor(`draft:${service}`);
  query.set(getDraft.keyFor(service, locale), null);
  await revalidate(getMyRequests.key);
}

export async function removeAttachment(id: string): Promise<void> {
  await personal(() => trpc.requests.removeAttachment.mutate({ id }));
}

/** The draft becomes a request with a protocol number; the same key replayed returns the same request. */
export async function submitRequest(
  idempotencyKey: string,
  service: string,
  formVersion: number,
  answers: Answers,
  locale: Locale,
): Promise<RequestDetail> {
  const detail = await personal(() => trpc.requests.submit.mutate({ idempotencyKey, service, formVersion, answers }));
  // Answers still waiting from offline would, replayed now, start a new draft of a form already sent.
  await dropWaitingFor(`draft:${service}`);
  query.set(getDraft.keyFor(service, locale), null);
  query.set(getRequest.keyFor(detail.id, locale), {
    data: detail,
    fetchedAt: new Date().toISOString(),
    fromCache: false,
  });
  void refreshLists();
  return detail;
}

/**
 * The citizen answers the office's request for information (needs_info → in_review), now or, without a
 * connection, once it is back: if the office has moved the request on meanwhile, that is told then.
 */
export async function answerRequest(
  request: Pick<RequestDetail, 'id' | 'service'>,
  idempotencyKey: string,
  message: string,
  attachmentIds: string[],
): Promise<Sent<RequestDetail>> {
  const input = { id: request.id, idempotencyKey, message, attachmentIds };
  const subject = { kind: 'request' as const, id: request.id, service: request.service.title };
  const sent = await sendOrQueue({ procedure: 'requests.answer', input, subject }, () =>
    personal(() => trpc.requests.answer.mutate(input)),
  );
  if (!sent.queued) void refreshLists();
  return sent;
}

export async function withdrawRequest(id: string, message?: string): Promise<RequestDetail> {
  const detail = await personal(() => trpc.requests.withdraw.mutate({ id, message }));
  void refreshLists();
  return detail;
}

/**
 * Follows a request live (Server-Sent Events): `onData` gets the request as it is now, then again after
 * every change. The returned function stops following; a dropped connection reconnects by itself.
 */
export function watchRequest(
  id: string,
  handlers: { onData: (detail: RequestDetail) => void; onError?: (error: unknown) => void },
): () => void {
  const subscription = trpc.requests.watch.subscribe(
    { id },
    { onData: (detail) => handlers.onData(detail as RequestDetail), onError: handlers.onError },
  );
  return () => subscription.unsubscribe();
}
