import { createAsync } from '@solidjs/router';
import { ErrorBoundary, type JSX, Suspense } from 'solid-js';
import { Freshness } from '../components/freshness';
import { OrganizationSwitch } from '../components/organization-switch';
import { Loading, SectionError } from '../components/page-state';
import { SearchBox } from '../components/search-box';
import { ServiceList } from '../components/service-card';
import { CategoryGrid, TopicChips } from '../components/topic-cards';
import { getCategories, getLifeEvents, getOrganizations, getPopular } from '../lib/catalog';
import { usePageTitle } from '../lib/document';
import { locale, t } from '../lib/i18n';
import { organization } from '../lib/organization';

/** Started by the router before the home page renders (and on hover of a link to it). */
export function preloadHome() {
  void getCategories(locale(), organization());
  void getLifeEvents(locale(), organization());
  void getPopular(locale(), organization());
  void getOrganizations(locale());
}

export default function Home() {
  usePageTitle(() => undefined);
  const categories = createAsync(() => getCategories(locale(), organization()));
  const lifeEvents = createAsync(() => getLifeEvents(locale(), organization()));
  const popular = createAsync(() => getPopular(locale(), organization()));

  return (
    <>
      <div class="hero">
        <div class="container">
          <h1>{t('home.title')}</h1>
          <p class="lead">{t('home.intro')}</p>
          <SearchBox id="home-search" />
          <p class="hero-actions">
            <a class="button button-primary" href="/prenota" data-element="booking-link">
              {t('book.cta')}
            </a>
          </p>
          <OrganizationSwitch />
        </div>
      </div>
      <div class="container">
        <HomeSection id="piu-richiesti" title={t('home.popular')}>
          <Freshness of={popular()} />
          <ServiceList services={popular()?.data} />
          <p>
            <a class="button button-outline" href="/servizi" data-element="all-services">
              {t('home.allServices')}
            </a>
          </p>
        </HomeSection>
        <HomeSection id="categorie" title={t('home.categories')}>
          <CategoryGrid categories={categories()?.data} />
        </HomeSection>
        <HomeSection id="eventi-della-vita" title={t('home.lifeEvents')}>
          <p>{t('home.lifeEventsIntro')}</p>
          <TopicChips topics={lifeEvents()?.data} base="/eventi-della-vita" />
        </HomeSection>
      </div>
    </>
  );
}

/** One home section: a failure (offline, nothing saved) stays inside it instead of blanking the page. */
function HomeSection(props: { id: string; title: string; children: JSX.Element }) {
  return (
    <section class="home-section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <ErrorBoundary fallback={(error, reset) => <SectionError error={error} reset={reset} />}>
        <Suspense fallback={<Loading />}>{props.children}</Suspense>
      </ErrorBoundary>
    </section>
  );
}
