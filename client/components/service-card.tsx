import { For, Show } from 'solid-js';
import type { ServiceSummary } from '../../shared/catalog/api';
import { t } from '../lib/i18n';

/** A service in a list: title (the link), summary, category and organization. */
export function ServiceCard(props: { service: ServiceSummary }) {
  return (
    <article class="card service-card">
      <p class="card-kicker">
        <span class="sr-only">{t('card.category')}: </span>
        {props.service.category.name}
      </p>
      <h3 class="card-title">
        <a href={`/servizi/${props.service.slug}`} data-element="service-link">
          {props.service.title}
        </a>
      </h3>
      <p class="card-text">{props.service.summary}</p>
      <p class="card-meta">
        <span class="sr-only">{t('card.organization')}: </span>
        {props.service.organization.name}
      </p>
    </article>
  );
}

export function ServiceList(props: { services: ServiceSummary[] | undefined; empty?: string }) {
  return (
    <Show when={(props.services?.length ?? 0) > 0} fallback={<p class="empty">{props.empty ?? t('topic.empty')}</p>}>
      <ul class="card-grid service-list">
        <For each={props.services}>
          {(service) => (
            <li>
              <ServiceCard service={service} />
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
