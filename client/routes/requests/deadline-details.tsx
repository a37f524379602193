import { Show } from 'solid-js';
import type { RequestDetail } from '../../../shared/requests/api';
import { locale, plural, t } from '../../lib/i18n';
import { DeadlineText } from './status-text';

/**
 * The legal term in full: the sentence ("Risposta entro il …"), then what it rests on, and while the
 * office waits for the citizen, that the term is suspended and how much of it will be left.
 */
export function DeadlineDetails(props: { request: RequestDetail }) {
  const deadline = () => props.request.deadline;
  const explanation = () => {
    const term = deadline();
    if (!term) return undefined;
    if (term.state === 'paused')
      return term.kind === 'working'
        ? plural('requests.deadline.pausedExplainWorking', term.remainingDays)
        : plural('requests.deadline.pausedExplain', term.remainingDays);
    if (term.state === 'met' || term.state === 'missed') return undefined;
    return term.kind === 'working'
      ? plural('requests.deadline.explainWorking', term.days)
      : plural('requests.deadline.explain', term.days);
  };
  return (
    <Show when={deadline()}>
      <div class="request-deadline-box" data-state={deadline()?.state}>
        <h3>{t('requests.deadline.title')}</h3>
        <p class="request-deadline-sentence">
          <DeadlineText deadline={deadline()} locale={locale()} />
        </p>
        <Show when={explanation()}>{(text) => <p>{text()}</p>}</Show>
      </div>
    </Show>
  );
}
