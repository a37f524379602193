import { createAsync, useParams } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import type { ServiceDetail } from '../../../shared/catalog/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { Freshness } from '../../components/freshness';
import { RichText } from '../../components/rich-text';
import { TopicChips } from '../../components/topic-cards';
import { getService } from '../../lib/catalog';
import { useJsonLd, usePageTitle } from '../../lib/document';
import { formatDate } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import '../../styles/service.css';
import { ApplyButton } from './apply-button';
import { BookButton } from './book-button';
import { Contacts } from './contacts';
import { governmentService } from './json-ld';
import { type Section, serviceSections } from './sections';

/** /servizi/:slug — the Modello Comuni "scheda servizio". An unknown slug shows the 404 page. */
export default function ServicePage() {
  const params = useParams();
  const service = createAsync(() => getService(params.slug ?? '', locale()));
  const detail = () => service()?.data;
  usePageTitle(() => detail()?.title);
  useJsonLd(
    () => {
      const current = detail();
      return current && governmentService(current, `${window.location.origin}/servizi/${current.slug}`, locale());
    },
    { 'data-element': 'metatag' },
  );

  return (
    <Show when={detail()}>
      {(current) => (
        <article class="container service-page">
          <Breadcrumbs
            items={[
              { label: t('breadcrumb.services'), href: '/servizi' },
              { label: current().category.name, href: `/categorie/${current().category.slug}` },
              { label: current().title },
            ]}
          />
          <header class="service-header">
            <h1 data-element="service-title">{current().title}</h1>
            <p class="lead" data-element="service-description">
              {current().summary}
            </p>
            <p class="service-provider">{t('service.providedBy', { org: current().organization.name })}</p>
            <Freshness of={service()} />
          </header>
          <div class="service-layout">
            <PageIndex />
            <div class="service-body">
              <For each={serviceSections}>{(section) => <ServiceSection section={section} service={current()} />}</For>
              <p class="service-metadata" data-element="metadata">
                {t('service.updatedAt', { date: formatDate(current().updatedAt, locale()) })}
              </p>
            </div>
          </div>
        </article>
      )}
    </Show>
  );
}

function PageIndex() {
  // The router handles the hash link; moving focus as well lets keyboard users carry on from there.
  const focusSection = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  return (
    <nav class="page-index" aria-labelledby="page-index-title">
      <h2 id="page-index-title">{t('service.index')}</h2>
      <ul data-element="page-index">
        <For each={serviceSections}>
          {(section) => (
            <li>
              <a href={`#${section.id}`} onClick={() => focusSection(section.id)}>
                {t(section.title)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}

function ServiceSection(props: { section: Section; service: ServiceDetail }) {
  return (
    <section class="service-section" id={props.section.id} tabindex="-1" aria-labelledby={`${props.section.id}-title`}>
      <h2 id={`${props.section.id}-title`}>{t(props.section.title)}</h2>
      <Switch>
        <Match when={props.section.kind === 'text' && props.section}>
          {(text) => (
            <>
              <div class="rich-text" data-element={text().element}>
                <RichText text={props.service.sections[text().field]} />
              </div>
              <Show when={text().field === 'access'}>
                <div class="service-actions" data-element="service-actions">
                  <ApplyButton service={props.service.slug} onlineForm={props.service.onlineForm} />
                  <BookButton service={props.service.slug} />
                  <p>{t('service.actionsNote')}</p>
                </div>
              </Show>
            </>
          )}
        </Match>
        <Match when={props.section.kind === 'contacts'}>
          <Contacts service={props.service} />
        </Match>
        <Match when={props.section.kind === 'topics'}>
          <h3 class="chips-label">{t('service.category')}</h3>
          <TopicChips topics={[props.service.category]} base="/categorie" element="service-topic" />
          <Show when={props.service.lifeEvents.length > 0}>
            <h3 class="chips-label">{t('service.lifeEvents')}</h3>
            <TopicChips topics={props.service.lifeEvents} base="/eventi-della-vita" element="service-topic" />
          </Show>
        </Match>
      </Switch>
    </section>
  );
}
