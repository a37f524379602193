import { Show } from 'solid-js';
import type { Locale } from '../../../shared/i18n/locales';
import type { DeadlineView } from '../../../shared/requests/api';
import type { RequestStatus } from '../../../shared/requests/status';
import { type MessageKey, plural, t } from '../../lib/i18n';
import { formatCivilDate } from './format';
import '../../styles/requests.css';

/**
 * A request's status and its legal term in words, for lists, the request page and the Scrivania. Kept
 * free of the form machinery so that the Scrivania's chunk stays small.
 */
const statusNames: Record<RequestStatus, MessageKey> = {
  draft: 'requests.status.draft',
  submitted: 'requests.status.submitted',
  in_review: 'requests.status.in_review',
  needs_info: 'requests.status.needs_info',
  approved: 'requests.status.approved',
  rejected: 'requests.status.rejected',
  closed: 'requests.status.closed',
  withdrawn: 'requests.status.withdrawn',
};

export function statusName(status: RequestStatus): string {
  return t(statusNames[status]);
}

/**
 * The status as a labelled badge: the words carry the meaning, the colour and the mark only add to them.
 * `labelled`: a label beside it already says "Stato", so screen readers do not hear it twice.
 */
export function StatusBadge(props: { status: RequestStatus; labelled?: boolean }) {
  return (
    <span class={`request-status request-status-${props.status}`} data-status={props.status}>
      <Show when={!props.labelled}>
        <span class="sr-only">{t('requests.status.label')}: </span>
      </Show>
      {statusName(props.status)}
    </span>
  );
}

/** Open requests still wait for the office (or for the citizen): drafts and settled ones do not. */
export function isOpen(status: RequestStatus): boolean {
  return status === 'submitted' || status === 'in_review' || status === 'needs_info';
}

/**
 * "Risposta entro il 12 dicembre 2026", "Termine sospeso: in attesa della tua risposta", "In ritardo di 3
 * giorni"; undefined for a draft or a withdrawn request, which have no term.
 */
export function deadlineSentence(deadline: DeadlineView | null, locale: Locale): string | undefined {
  if (!deadline) return undefined;
  const date = deadline.dueDate ? formatCivilDate(deadline.dueDate, locale) : '';
  switch (deadline.state) {
    case 'on_time':
      return t('requests.deadline.onTime', { date });
    case 'due_soon':
      return `${t('requests.deadline.onTime', { date })} (${daysLeft(deadline)})`;
    case 'paused':
      return t('requests.deadline.paused');
    case 'overdue':
      return plural('requests.deadline.overdue', Math.abs(deadline.remainingDays));
    case 'met':
      return t('requests.deadline.met', { date });
    case 'missed':
      return plural('requests.deadline.missed', Math.abs(deadline.remainingDays));
  }
}

function daysLeft(deadline: DeadlineView): string {
  return deadline.kind === 'working'
    ? plural('requests.deadline.workingDaysLeft', deadline.remainingDays)
    : plural('requests.deadline.daysLeft', deadline.remainingDays);
}

/** The term sentence, with a mark for a late request that does not rely on colour. */
export function DeadlineText(props: { deadline: DeadlineView | null; locale: Locale }) {
  return (
    <Show when={deadlineSentence(props.deadline, props.locale)}>
      {(sentence) => (
        <span class={`request-deadline request-deadline-${props.deadline?.state ?? 'none'}`}>
          <Show when={props.deadline?.state === 'overdue'}>
            <span class="icon-error" aria-hidden="true" />{' '}
          </Show>
          {sentence()}
        </span>
      )}
    </Show>
  );
}
