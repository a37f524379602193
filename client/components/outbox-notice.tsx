import { For, Show } from 'solid-js';
import { formatDay } from '../lib/booking-format';
import { locale, plural, t } from '../lib/i18n';
import { online } from '../lib/offline';
import { dismissDropped, dismissFailure, droppedActions, failedActions, waitingActions } from '../lib/offline/outbox';
import type { OutboxSubject } from '../lib/offline/outbox-plan';
import { failureText } from '../lib/offline/outbox-wording';
import { areaPaths, bookingPaths, requestPaths } from '../lib/paths';
import '../styles/outbox.css';

/**
 * Under the offline banner on every page: how many actions taken offline wait to be sent, and each one
 * the server refused, in plain words, with the page it is about and "Ho capito" to put it away. Loaded
 * after the first render (with the outbox, which replays what waits), so the home page does not pay for it.
 */
export default function OutboxNotice() {
  return (
    <>
      <div class="outbox-region" role="status">
        <Show when={waitingActions().length}>
          {(count) => (
            <div class="outbox-banner" data-testid="outbox-waiting">
              <div class="container">
                <p>
                  <span class="icon-offline" aria-hidden="true" />
                  {online() ? plural('outbox.waitingOnline', count()) : plural('outbox.waitingOffline', count())}
                </p>
              </div>
            </div>
          )}
        </Show>
        <Show when={droppedActions()}>
          {(count) => (
            <div class="outbox-banner outbox-banner-failed">
              <div class="container outbox-item">
                <p id="outbox-dropped">{plural('outbox.dropped', count())}</p>
                <button
                  type="button"
                  class="button button-outline button-small"
                  aria-describedby="outbox-dropped"
                  onClick={dismissDropped}
                >
                  {t('outbox.dismiss')}
                </button>
              </div>
            </div>
          )}
        </Show>
      </div>
      <div class="outbox-region" role="alert">
        <Show when={failedActions().length}>
          {(count) => (
            <div class="outbox-banner outbox-banner-failed" data-testid="outbox-failed">
              <div class="container">
                <p class="outbox-title">
                  <span class="icon-error" aria-hidden="true" />
                  <strong>{plural('outbox.failedTitle', count())}</strong>
                </p>
                <ul class="outbox-failures">
                  <For each={failedActions()}>
                    {(entry) => (
                      <li class="outbox-item">
                        <p id={`outbox-${entry.id}`}>{failureText(entry, t, (date) => formatDay(date, locale()))}</p>
                        <p class="inline-actions">
                          <a href={pageOf(entry.subject)} aria-describedby={`outbox-${entry.id}`}>
                            {t(`outbox.open.${entry.subject.kind}`)}
                          </a>
                          <button
                            type="button"
                            class="button button-outline button-small"
                            aria-describedby={`outbox-${entry.id}`}
                            onClick={() => void dismissFailure(entry.id)}
                          >
                            {t('outbox.dismiss')}
                          </button>
                        </p>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </div>
          )}
        </Show>
      </div>
    </>
  );
}

function pageOf(subject: OutboxSubject): string {
  switch (subject.kind) {
    case 'booking':
      return bookingPaths.booking(subject.code);
    case 'request':
      return requestPaths.request(subject.id);
    case 'message':
      return areaPaths.messages;
    case 'draft':
      return requestPaths.start(subject.service);
  }
}
