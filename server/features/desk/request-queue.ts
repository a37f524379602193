import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Locale } from '../../../shared/i18n/locales';
import type { QueueItem, StaffRequestDetail } from '../../../shared/requests/api';
import type { RequestStatus } from '../../../shared/requests/status';
import type { Executor } from '../../db/client';
import { offices, services } from '../../db/tables/catalog';
import { requests } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';
import { applicantName, assigneeName, selectRequestRecords, toDetail, toSummary } from '../requests/views';

const openStatuses: RequestStatus[] = ['submitted', 'in_review', 'needs_info'];
const queueLength = 500;

/** Requests of services whose office is given by slug, as a filter on the joined office. */
const ofOffice = (office: string): SQL => eq(offices.slug, office);

/**
 * An office's work queue: open requests unless a status is asked for, optionally of one service. Sorted by
 * the legal deadline (the nearest first; suspended ones, which have none, after), or by submission.
 */
export async function listQueue(
  db: Executor,
  filter: {
    office: string;
    service?: string | undefined;
    status?: RequestStatus | undefined;
    sort: 'deadline' | 'submitted';
  },
  locale: Locale,
  now: Date,
): Promise<QueueItem[]> {
  const records = await selectRequestRecords(
    db,
    and(
      ofOffice(filter.office),
      filter.status ? eq(requests.status, filter.status) : inArray(requests.status, openStatuses),
      filter.service ? eq(services.slug, filter.service) : undefined,
    ),
    locale,
  );
  const items = records.slice(0, queueLength).map((record) => ({
    ...toSummary(record, now),
    applicantName: applicantName(record),
    assignee: assigneeName(record),
  }));
  const submitted = (item: QueueItem) => item.submittedAt ?? '';
  const due = (item: QueueItem) => item.deadline?.dueDate ?? '9999-12-31';
  return items.sort((a, b) =>
    filter.sort === 'deadline'
      ? due(a).localeCompare(due(b)) || submitted(a).localeCompare(submitted(b))
      : submitted(a).localeCompare(submitted(b)),
  );
}

/** A request as staff of its office see it; any other office's (and drafts) answer REQUEST_NOT_FOUND. */
export async function getStaffRequest(
  db: Executor,
  office: string,
  requestId: string,
  locale: Locale,
  now: Date,
): Promise<StaffRequestDetail> {
  const [record] = await selectRequestRecords(db, and(eq(requests.id, requestId), ofOffice(office)), locale);
  if (!record || record.status === 'draft' || !record.applicant) throw new AppError('REQUEST_NOT_FOUND');
  return { ...(await toDetail(db, record, 'staff', now)), applicant: record.applicant };
}
