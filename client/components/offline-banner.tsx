import { Show } from 'solid-js';
import { formatDateTime } from '../lib/format';
import { locale, t } from '../lib/i18n';
import { lastSyncedAt, online } from '../lib/offline';

/** Says when the catalog is unreachable and how fresh the copy on this device is. */
export function OfflineBanner() {
  return (
    <div class="offline-banner-region" role="status">
      <Show when={!online()}>
        <div class="offline-banner">
          <div class="container">
            <p>
              <span class="icon-offline" aria-hidden="true" />
              <strong>{t('offline.title')}</strong> {t('offline.body')}{' '}
              <Show when={lastSyncedAt()} fallback={t('offline.neverSynced')}>
                {(at) => t('offline.lastSync', { date: formatDateTime(at(), locale()) })}
              </Show>
            </p>
          </div>
        </div>
      </Show>
    </div>
  );
}
