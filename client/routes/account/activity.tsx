import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { ActivityEntry } from '../../../shared/auth/api';
import { FormFeedback } from '../../components/form-feedback';
import { activityPageSize, getActivity, getOlderActivity } from '../../lib/account';
import { activityLabel, activityNote } from '../../lib/activity-labels';
import { usePageTitle } from '../../lib/document';
import { createFormState } from '../../lib/form-state';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';

/** Attività: the person's timeline (sign-ins, profile changes), newest first, older entries on request. */
export default function Activity() {
  usePageTitle(() => `${t('area.activity')} – ${t('area.title')}`);
  const first = createAsync(() => getActivity());
  const [older, setOlder] = createSignal<ActivityEntry[]>([]);
  const [exhausted, setExhausted] = createSignal(false);
  const more = createFormState();
  const entries = () => [...(first() ?? []), ...older()];
  const hasMore = () => !exhausted() && (first()?.length ?? 0) >= activityPageSize;

  const loadMore = () =>
    more.run(async () => {
      const before = entries().at(-1)?.at;
      if (!before) return;
      const page = await getOlderActivity(before);
      setOlder((current) => [...current, ...page]);
      if (page.length < activityPageSize) setExhausted(true);
    });

  return (
    <>
      <h2 id="activity-title">{t('area.activity')}</h2>
      <p>{t('activity.intro')}</p>
      <Show when={entries().length > 0} fallback={<p class="empty">{t('activity.empty')}</p>}>
        <ol class="timeline" aria-labelledby="activity-title">
          <For each={entries()}>
            {(entry) => (
              <li class="timeline-entry">
                <time datetime={entry.at}>{formatDateTime(entry.at, locale())}</time>
                <span class="timeline-label">{activityLabel(entry)}</span>
                <Show when={activityNote(entry)}>{(note) => <span class="timeline-note">{note()}</span>}</Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={hasMore()}>
        <FormFeedback error={more.error()} />
        <p>
          <button type="button" class="button button-outline" onClick={() => void loadMore()}>
            {t('activity.more')}
          </button>
        </p>
      </Show>
    </>
  );
}
