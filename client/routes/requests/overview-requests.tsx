import { For, Show } from 'solid-js';
import type { RequestSummary } from '../../../shared/requests/api';
import { t } from '../../lib/i18n';
import { requestPaths } from '../../lib/paths';
import { RequestCard } from './request-card';
import { isOpen } from './status-text';

/** What the Scrivania lists: requests waiting for the person first, then the others under way, then drafts. */
export function overviewRequests(requests: readonly RequestSummary[]): RequestSummary[] {
  const rank = (request: RequestSummary) => (request.status === 'needs_info' ? 0 : request.status === 'draft' ? 2 : 1);
  return requests
    .filter((request) => request.status === 'draft' || isOpen(request.status))
    .sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * "Le tue pratiche aperte" on the Scrivania: open requests and drafts to finish, each leading to its page
 * (or its form), and the way to every request.
 */
export function OverviewRequests(props: { requests: RequestSummary[] }) {
  return (
    <Show when={props.requests.length > 0}>
      <section class="overview-requests" aria-labelledby="overview-requests-title" data-slot="overview-requests">
        <h4 id="overview-requests-title">{t('requests.overview.title')}</h4>
        <ul class="request-list">
          <For each={props.requests.slice(0, 5)}>
            {(request) => (
              <li>
                <RequestCard request={request} headingLevel={5} />
              </li>
            )}
          </For>
        </ul>
        <p class="actions">
          <a class="button button-outline" href={requestPaths.mine}>
            {t('requests.overview.all')}
          </a>
        </p>
      </section>
    </Show>
  );
}
