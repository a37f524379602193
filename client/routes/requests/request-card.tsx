import { Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { RequestSummary } from '../../../shared/requests/api';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { requestPaths } from '../../lib/paths';
import { DeadlineText, StatusBadge } from './status-text';

/** Where a request in a list leads: a draft to its form (to go on), any other to its page. */
export function requestHref(request: RequestSummary): string {
  return request.status === 'draft' ? requestPaths.start(request.service.slug) : requestPaths.request(request.id);
}

/** One request in "Le mie pratiche": the service, its status in words, protocol number, dates, term. */
export function RequestCard(props: { request: RequestSummary; headingLevel?: 3 | 4 | 5 }) {
  const request = () => props.request;
  return (
    <article class="request-card" data-testid="request-card" data-status={request().status}>
      <p class="request-card-status">
        <StatusBadge status={request().status} />
      </p>
      <Dynamic component={`h${props.headingLevel ?? 3}`} class="request-card-title">
        <a href={requestHref(request())}>
          {request().service.title}
          <Show when={request().status === 'draft'}>
            <span class="sr-only">: {t('requests.mine.continueDraft')}</span>
          </Show>
        </a>
      </Dynamic>
      <Show when={request().protocolNumber}>
        {(protocol) => <p class="request-card-protocol">{t('requests.protocol', { protocol: protocol() })}</p>}
      </Show>
      <p class="request-card-meta">
        <Show
          when={request().submittedAt}
          fallback={t('requests.mine.lastSaved', { date: formatDateTime(request().updatedAt, locale()) })}
        >
          {(at) => t('requests.mine.submittedAt', { date: formatDateTime(at(), locale()) })}
        </Show>
        <Show when={request().status !== 'draft'}>
          <br />
          {request().office.name}
        </Show>
      </p>
      <Show when={request().deadline}>
        <p class="request-card-deadline">
          <DeadlineText deadline={request().deadline} locale={locale()} />
        </p>
      </Show>
    </article>
  );
}
