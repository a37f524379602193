import { Show } from 'solid-js';
import { formatDateTime } from '../lib/format';
import { locale, t } from '../lib/i18n';
import type { Fetched } from '../lib/offline';

/** "Saved on this device, updated on …" under data that came from the offline copy. */
export function Freshness(props: { of: Fetched<unknown> | undefined }) {
  return (
    <Show when={props.of?.fromCache ? props.of : undefined}>
      {(fetched) => (
        <p class="freshness" data-testid="freshness">
          <span class="icon-offline" aria-hidden="true" />
          {t('offline.cached', { date: formatDateTime(fetched().fetchedAt, locale()) })}
        </p>
      )}
    </Show>
  );
}
