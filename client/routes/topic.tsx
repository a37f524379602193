import { createAsync, useParams } from '@solidjs/router';
import { Breadcrumbs } from '../components/breadcrumbs';
import { Freshness } from '../components/freshness';
import { OrganizationNote } from '../components/organization-note';
import { ServiceList } from '../components/service-card';
import { getCategory, getLifeEvent } from '../lib/catalog';
import { usePageTitle } from '../lib/document';
import { locale, plural, t } from '../lib/i18n';
import { organization } from '../lib/organization';

type Kind = 'category' | 'lifeEvent';

/** A category (/categorie/:slug) or a life event (/eventi-della-vita/:slug) with its services. */
function TopicPage(props: { kind: Kind }) {
  const params = useParams();
  const topic = createAsync(() =>
    props.kind === 'category'
      ? getCategory(params.slug ?? '', locale(), organization())
      : getLifeEvent(params.slug ?? '', locale(), organization()),
  );
  usePageTitle(() => topic()?.data.name);
  const parent = () =>
    props.kind === 'category'
      ? { label: t('breadcrumb.services'), href: '/servizi' }
      : { label: t('home.lifeEvents'), href: '/#eventi-della-vita' };

  return (
    <div class="container topic-page">
      <Breadcrumbs items={[parent(), { label: topic()?.data.name ?? '' }]} />
      <p class="page-kicker">{props.kind === 'category' ? t('topic.categoryLabel') : t('topic.lifeEventLabel')}</p>
      <h1>{topic()?.data.name}</h1>
      <p class="lead">{topic()?.data.description}</p>
      <Freshness of={topic()} />
      <OrganizationNote />
      <section aria-labelledby="topic-services">
        <h2 id="topic-services">{t('topic.services')}</h2>
        <p>{plural('services.count', topic()?.data.services.length ?? 0)}</p>
        <ServiceList services={topic()?.data.services} />
      </section>
    </div>
  );
}

export function CategoryPage() {
  return <TopicPage kind="category" />;
}

export function LifeEventPage() {
  return <TopicPage kind="lifeEvent" />;
}
