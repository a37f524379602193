import { For, Show } from 'solid-js';
import type { TimelineEntry } from '../../../shared/requests/api';
import { formatDateTime } from '../../lib/format';
import { locale, type MessageKey, t } from '../../lib/i18n';
import { statusLabel } from './labels';

const actorKeys: Record<TimelineEntry['actor'], MessageKey> = {
  citizen: 'desk.timeline.actor.citizen',
  staff: 'desk.timeline.actor.staff',
  system: 'desk.timeline.actor.system',
};

function entryTitle(entry: TimelineEntry): string {
  if (entry.to && entry.from && entry.from !== 'draft' && entry.from !== entry.to) {
    return t('desk.timeline.moved', { from: statusLabel(entry.from), to: statusLabel(entry.to) });
  }
  if (entry.to) return t('desk.timeline.status', { to: statusLabel(entry.to) });
  return t('desk.timeline.note');
}

/** The request's history, oldest first: each change of status and each message, with who and when. */
export function RequestTimeline(props: { entries: TimelineEntry[] }) {
  const entries = () => [...props.entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <section aria-labelledby="desk-timeline-title">
      <h2 id="desk-timeline-title">{t('desk.request.timeline')}</h2>
      <Show when={entries().length > 0} fallback={<p class="empty">{t('desk.request.noTimeline')}</p>}>
        <ol class="staff-timeline">
          <For each={entries()}>
            {(entry) => (
              <li class="staff-timeline-entry">
                <span class="staff-timeline-title">{entryTitle(entry)}</span>
                <span class="staff-muted">
                  <time datetime={entry.at}>{formatDateTime(entry.at, locale())}</time>
                  {' · '}
                  {entry.actorName ?? t(actorKeys[entry.actor])}
                </span>
                <Show when={entry.message}>{(message) => <p class="staff-message">{message()}</p>}</Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
