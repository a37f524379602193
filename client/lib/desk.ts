import { query, revalidate } from '@solidjs/router';
import type { Me } from '../../shared/auth/api';
import type { Locale } from '../../shared/i18n/locales';
import type { StaffRequestDetail } from '../../shared/requests/api';
import { type RequestStatus, requestStatuses } from '../../shared/requests/status';
import { getMe, personal } from './auth';
import { trpc } from './trpc';

/**
 * The staff console's reads and actions (desk.*): router queries started by the route preloads and read
 * with createAsync. Their keys start with "me." because the answers depend on who is signed in, so a new
 * sign-in asks again (see personalKeys in auth.ts). Each takes the locale: titles and errors come back in
 * the reader's language.
 */

/** Whether the person works at the office's desk (admins may open any office). */
export function canWorkAt(me: Me, office: string): boolean {
  return me.roles.admin || me.roles.staffOffices.includes(office);
}

export const getDeskOffice = query(
  (office: string, _locale: Locale) => personal(() => trpc.desk.office.query({ office })),
  'me.desk.office',
);

/** Every status a submitted request can be in: what the queue filters on and what staff move it to. */
export type QueueStatus = Exclude<RequestStatus, 'draft'>;
export const queueStatuses = requestStatuses.filter((status): status is QueueStatus => status !== 'draft');
export type QueueSort = 'deadline' | 'submitted';
export type QueueFilters = { service?: string; status?: QueueStatus; sort: QueueSort };

/** The queue's filters as the address spells them: ?servizio=…&stato=…&ordine=scadenza|presentazione. */
type Param = string | string[] | undefined;
export const queueSortParams: Record<QueueSort, string> = { deadline: 'scadenza', submitted: 'presentazione' };
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function single(value: Param): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** Reads the filters from the query string; anything unknown is left out rather than refused. */
export function queueFiltersFrom(params: Record<string, Param>): QueueFilters {
  const service = single(params.servizio);
  const status = single(params.stato);
  return {
    service: slugPattern.test(service) ? service : undefined,
    status: queueStatuses.find((known) => known === status),
    sort: single(params.ordine) === queueSortParams.submitted ? 'submitted' : 'deadline',
  };
}

/** The query string of a set of filters (defaults left out), with its "?" when not empty. */
export function queueSearch(filters: QueueFilters): string {
  const search = new URLSearchParams();
  if (filters.service) search.set('servizio', filters.service);
  if (filters.status) search.set('stato', filters.status);
  if (filters.sort !== 'deadline') search.set('ordine', queueSortParams[filters.sort]);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const getQueue = query(
  (office: string, filters: QueueFilters, _locale: Locale) =>
    personal(() => trpc.desk.requests.queue.query({ office, ...filters })),
  'me.desk.queue',
);

export const getStaffRequest = query(
  (office: string, id: string, _locale: Locale) => personal(() => trpc.desk.requests.get.query({ office, id })),
  'me.desk.request',
);

/** For route preloads: the office's data is asked for only for someone who may read it. */
function whenStaff(office: string, load: () => void): void {
  getMe()
    .then((me) => (me && canWorkAt(me, office) ? load() : undefined))
    .catch(() => undefined);
}

/**
 * For the route preloads of an office's pages: the office, and the request (/:office/pratiche/:id) or
 * the queue as the address filters it (the office page counts the unfiltered queue, which is the same).
 */
export function preloadDesk(
  params: Partial<Record<string, string>>,
  query: Record<string, Param>,
  language: Locale,
): void {
  const office = params.office ?? '';
  const id = params.id;
  whenStaff(office, () => {
    void getDeskOffice(office, language).catch(() => undefined);
    if (id) void getStaffRequest(office, id, language).catch(() => undefined);
    else void getQueue(office, queueFiltersFrom(query), language).catch(() => undefined);
  });
}

/**
 * The server answers every action with the request as it now is: that answer becomes the page's data at
 * once (no second request), and the queues are read again since the request may have left or moved.
 */
async function keepDetail(office: string, language: Locale, detail: StaffRequestDetail): Promise<StaffRequestDetail> {
  const key = getStaffRequest.keyFor(office, detail.id, language);
  query.set(key, detail);
  await Promise.all([revalidate(key, false), revalidate(getQueue.key)]);
  return detail;
}

/** "Prendi in carico": the request is assigned to me; a submitted one moves to in_review. */
export async function takeRequest(office: string, id: string, language: Locale): Promise<StaffRequestDetail> {
  const detail = await personal(() => trpc.desk.requests.take.mutate({ office, id }));
  return keepDetail(office, language, detail);
}

export async function moveRequest(
  office: string,
  id: string,
  to: QueueStatus,
  message: string | undefined,
  language: Locale,
): Promise<StaffRequestDetail> {
  const detail = await personal(() => trpc.desk.requests.move.mutate({ office, id, to, message }));
  return keepDetail(office, language, detail);
}

/** After a refused action (someone else moved the request meanwhile): the request as it now is. */
export function refreshRequest(): Promise<void> {
  return revalidate(getStaffRequest.key);
}
