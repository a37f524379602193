import { Show } from 'solid-js';
import { t } from '../lib/i18n';
import { applyUpdate, dismissUpdate, updateReady } from '../lib/update';

/** Shown when a new version of the app has been downloaded and waits to take over. */
export function UpdatePrompt() {
  return (
    <div class="update-region" role="status">
      <Show when={updateReady()}>
        <div class="update-prompt" data-testid="update-prompt">
          <p>{t('update.available')}</p>
          <div class="update-actions">
            <button type="button" class="button button-primary" onClick={applyUpdate}>
              {t('update.reload')}
            </button>
            <button type="button" class="button button-outline-light" onClick={dismissUpdate}>
              {t('update.later')}
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
