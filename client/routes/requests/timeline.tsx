import { For, Show } from 'solid-js';
import type { RequestDetail, TimelineEntry } from '../../../shared/requests/api';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { statusName } from './status-text';

/** Who wrote or moved: you, the office (or the named clerk), or Sportello itself. */
export function actorName(entry: TimelineEntry, officeName: string): string {
  if (entry.actor === 'citizen') return t('requests.timeline.you');
  if (entry.actor === 'system') return t('requests.timeline.system');
  return entry.actorName ? t('requests.timeline.staff', { name: entry.actorName, office: officeName }) : officeName;
}

function whatHappened(entry: TimelineEntry): string {
  if (entry.to === 'submitted') return t('requests.timeline.submitted');
  if (entry.to) return t('requests.timeline.moved', { status: statusName(entry.to) });
  return t('requests.timeline.message');
}

/** The request's history, oldest first: when, who, what changed, and what they wrote. */
export function Timeline(props: { request: RequestDetail }) {
  return (
    <ol class="timeline" aria-label={t('requests.timeline.title')}>
      <For each={props.request.timeline}>
        {(entry) => (
          <li class="timeline-entry" classList={{ 'timeline-citizen': entry.actor === 'citizen' }}>
            <p class="timeline-head">
              <time datetime={entry.at}>{formatDateTime(entry.at, locale())}</time>
              {' – '}
              <span class="timeline-actor">{actorName(entry, props.request.office.name)}</span>
            </p>
            <p class="timeline-what">{whatHappened(entry)}</p>
            <Show when={entry.message}>
              {(message) => <blockquote class="timeline-message">{message()}</blockquote>}
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}

/** What the office last asked for, while the request waits for the citizen. */
export function lastRequestForInfo(request: RequestDetail): TimelineEntry | undefined {
  return [...request.timeline].reverse().find((entry) => entry.to === 'needs_info');
}
