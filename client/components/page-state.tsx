import { revalidate, useLocation } from '@solidjs/router';
import { createEffect, on, Show } from 'solid-js';
import { isNotFound, isOfflineUnavailable, serverMessage } from '../lib/errors';
import { t } from '../lib/i18n';
import { NotFoundView } from './not-found-view';

export function Loading() {
  return (
    <div class="container page-loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{t('state.loading')}</span>
    </div>
  );
}

/**
 * What a page shows when its data cannot be read: the 404 page for an unknown slug, an "offline and not
 * saved" note, or the server's (already translated) message with a retry button.
 */
export function RouteError(props: { error: unknown; reset: () => void }) {
  const location = useLocation();
  // Leaving the page clears the error, so the next page renders normally.
  createEffect(
    on(
      () => location.pathname,
      () => props.reset(),
      { defer: true },
    ),
  );

  const retry = async () => {
    await revalidate();
    props.reset();
  };

  return (
    <Show when={!isNotFound(props.error)} fallback={<NotFoundView />}>
      <div class="container page-message">
        <Show
          when={!isOfflineUnavailable(props.error)}
          fallback={
            <>
              <h1>{t('offline.unavailableTitle')}</h1>
              <p>{t('offline.unavailableBody')}</p>
            </>
          }
        >
          <h1>{t('error.title')}</h1>
          <p>{serverMessage(props.error) ?? t('error.generic')}</p>
        </Show>
        <p class="actions">
          <button type="button" class="button button-primary" onClick={retry}>
            {t('error.retry')}
          </button>
          <a class="button button-outline" href="/">
            {t('notFound.home')}
          </a>
        </p>
      </div>
    </Show>
  );
}

/** For one section of a page (a list on the home page): a short note instead of the whole page failing. */
export function SectionError(props: { error: unknown; reset: () => void }) {
  return (
    <div class="section-error" role="status">
      <p>{isOfflineUnavailable(props.error) ? t('offline.unavailableBody') : t('error.section')}</p>
      <button
        type="button"
        class="button button-outline button-small"
        onClick={() => void revalidate().then(props.reset)}
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
