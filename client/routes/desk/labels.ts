import type { Locale } from '../../../shared/i18n/locales';
import type { DeadlineView } from '../../../shared/requests/api';
import type { RequestStatus } from '../../../shared/requests/status';
import { type MessageKey, plural, t } from '../../lib/i18n';

/** Words for the request model's values, and the console's number and date formats. */

/** The same names as the citizen's pages: the "requests" strings, which the console loads with its frame. */
const statusKeys: Record<RequestStatus, MessageKey> = {
  draft: 'requests.status.draft',
  submitted: 'requests.status.submitted',
  in_review: 'requests.status.in_review',
  needs_info: 'requests.status.needs_info',
  approved: 'requests.status.approved',
  rejected: 'requests.status.rejected',
  closed: 'requests.status.closed',
  withdrawn: 'requests.status.withdrawn',
};

export function statusLabel(status: RequestStatus): string {
  return t(statusKeys[status]);
}

/** The button of a move, and the question that confirms it; staff moves have their own words. */
const actionKeys: Partial<Record<RequestStatus, { button: MessageKey; confirm: MessageKey }>> = {
  in_review: { button: 'desk.action.in_review', confirm: 'desk.confirm.in_review' },
  needs_info: { button: 'desk.action.needs_info', confirm: 'desk.confirm.needs_info' },
  approved: { button: 'desk.action.approved', confirm: 'desk.confirm.approved' },
  rejected: { button: 'desk.action.rejected', confirm: 'desk.confirm.rejected' },
  closed: { button: 'desk.action.closed', confirm: 'desk.confirm.closed' },
};

export function actionLabel(to: RequestStatus): string {
  const keys = actionKeys[to];
  return keys ? t(keys.button) : t('desk.action.other', { status: statusLabel(to) });
}

export function confirmQuestion(to: RequestStatus, protocol: string): string {
  const keys = actionKeys[to];
  return keys ? t(keys.confirm, { protocol }) : t('desk.confirm.other', { protocol, status: statusLabel(to) });
}

export const deadlineStateKeys: Record<DeadlineView['state'], MessageKey> = {
  on_time: 'desk.deadline.on_time',
  due_soon: 'desk.deadline.due_soon',
  overdue: 'desk.deadline.overdue',
  paused: 'desk.deadline.paused',
  met: 'desk.deadline.met',
  missed: 'desk.deadline.missed',
};

/** "mancano 4 giorni", "scaduta da 2 giorni", "alla ripresa resteranno 12 giorni"; nothing once decided. */
export function remainingText(deadline: DeadlineView): string | undefined {
  const days = deadline.remainingDays;
  switch (deadline.state) {
    case 'on_time':
    case 'due_soon':
      return days === 0 ? t('desk.deadline.today') : plural('desk.deadline.left', days);
    case 'overdue':
      return plural('desk.deadline.late', Math.abs(days));
    case 'paused':
      return plural('desk.deadline.pausedLeft', days);
    default:
      return undefined;
  }
}

/** "30 giorni di calendario", "20 giorni lavorativi". */
export function termText(deadline: Pick<DeadlineView, 'days' | 'kind'>): string {
  return deadline.kind === 'working'
    ? plural('desk.deadline.term.working', deadline.days)
    : plural('desk.deadline.term.calendar', deadline.days);
}

const tags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/** "5 mar 2026": a civil date (YYYY-MM-DD), with no zone to shift it. */
export function formatShortDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "5 mar 2026": the day an instant falls on, on this device's clock. */
export function formatShortDay(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium' }).format(new Date(instant));
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale]).format(value);
}

const sizeUnits = ['byte', 'kilobyte', 'megabyte'] as const;

/** "240 kB", "1,2 MB": a file's size in the reader's language. */
export function formatSize(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < sizeUnits.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(tags[locale], {
    style: 'unit',
    unit: sizeUnits[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** "PDF", "JPEG": what a person calls a media type. */
export function mediaTypeName(mediaType: string): string {
  const subtype = mediaType.split('/')[1] ?? mediaType;
  return subtype.replace(/^x-/, '').toUpperCase();
}
