import { createAsync, useSearchParams } from '@solidjs/router';
import { Breadcrumbs } from '../components/breadcrumbs';
import { Freshness } from '../components/freshness';
import { OrganizationNote } from '../components/organization-note';
import { Pagination } from '../components/pagination';
import { ServiceList } from '../components/service-card';
import { CategoryGrid } from '../components/topic-cards';
import { getCategories, getSearchResults } from '../lib/catalog';
import { usePageTitle } from '../lib/document';
import { locale, plural, t } from '../lib/i18n';
import { organization } from '../lib/organization';
import { pageParam } from './search-params';

const pageSize = 20;

/** /servizi: every category, then every service (of the chosen organization), a page at a time. */
export default function Services() {
  usePageTitle(() => t('services.title'));
  const [params] = useSearchParams();
  const page = () => pageParam(params.pagina);
  const categories = createAsync(() => getCategories(locale(), organization()));
  const services = createAsync(() =>
    getSearchResults({ locale: locale(), organization: organization(), page: page(), pageSize }),
  );

  return (
    <div class="container">
      <Breadcrumbs items={[{ label: t('breadcrumb.services') }]} />
      <h1>{t('services.title')}</h1>
      <p class="lead">{t('services.intro')}</p>
      <section aria-labelledby="services-categories">
        <h2 id="services-categories">{t('home.categories')}</h2>
        <CategoryGrid categories={categories()?.data} />
      </section>
      <section aria-labelledby="services-all">
        <h2 id="services-all">{t('services.all')}</h2>
        <OrganizationNote />
        <Freshness of={services()} />
        <p>{plural('services.count', services()?.data.total ?? 0)}</p>
        <ServiceList services={services()?.data.items} />
        <Pagination
          page={page()}
          total={services()?.data.total ?? 0}
          pageSize={pageSize}
          hrefFor={(target) => `/servizi?pagina=${target}`}
        />
      </section>
    </div>
  );
}
