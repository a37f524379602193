import { Show } from 'solid-js';
import type { DeadlineView } from '../../../shared/requests/api';
import type { RequestStatus } from '../../../shared/requests/status';
import { locale, t } from '../../lib/i18n';
import { deadlineStateKeys, formatShortDate, remainingText, statusLabel } from './labels';

/**
 * Where a request stands against its term: "In tempo", "In scadenza", "Scaduta", "Sospesa" in words,
 * each with its own shape (circle, triangle, square, pause bars) so colour is never the only signal.
 */
export function DeadlineBadge(props: { state: DeadlineView['state'] }) {
  return (
    <span class={`deadline-badge deadline-${props.state}`}>
      <span class="deadline-icon" aria-hidden="true" />
      {t(deadlineStateKeys[props.state])}
    </span>
  );
}

/** The badge, the due day and the days left: one cell of the queue, one line of a request's summary. */
export function DeadlineSummary(props: { deadline: DeadlineView | null }) {
  return (
    <Show when={props.deadline} fallback={<span class="staff-muted">{t('desk.deadline.none')}</span>}>
      {(deadline) => (
        <span class="deadline-summary">
          <DeadlineBadge state={deadline().state} />
          <Show when={deadline().dueDate}>
            {(date) => <span>{t('desk.deadline.due', { date: formatShortDate(date(), locale()) })}</span>}
          </Show>
          <Show when={remainingText(deadline())}>{(text) => <span class="staff-muted">{text()}</span>}</Show>
        </span>
      )}
    </Show>
  );
}

/** The status in words, framed like a tag; the text alone carries the meaning. */
export function StatusTag(props: { status: RequestStatus }) {
  return <span class={`status-tag status-${props.status}`}>{statusLabel(props.status)}</span>;
}
