import { createAsync, useNavigate, useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Breadcrumbs } from '../components/breadcrumbs';
import { Freshness } from '../components/freshness';
import { OrganizationSwitch } from '../components/organization-switch';
import { Pagination } from '../components/pagination';
import { SearchBox } from '../components/search-box';
import { ServiceList } from '../components/service-card';
import { getCategories, getSearchResults } from '../lib/catalog';
import { usePageTitle } from '../lib/document';
import { locale, plural, t } from '../lib/i18n';
import { organization } from '../lib/organization';
import { pageParam, textParam } from './search-params';

const pageSize = 20;

/** /cerca?q=…&categoria=…&pagina=…: full results, filterable by category and organization. */
export default function Search() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = () => textParam(params.q);
  const category = () => textParam(params.categoria) || undefined;
  const page = () => pageParam(params.pagina);
  usePageTitle(() => (q() ? t('search.resultsFor', { q: q() }) : t('search.title')));

  const categories = createAsync(() => getCategories(locale()).catch(() => undefined));
  const results = createAsync(async () =>
    q() || category()
      ? getSearchResults({
          q: q(),
          category: category(),
          organization: organization(),
          locale: locale(),
          page: page(),
          pageSize,
        })
      : undefined,
  );

  const hrefFor = (changes: { page?: number; category?: string }) => {
    const query = new URLSearchParams();
    if (q()) query.set('q', q());
    const chosen = 'category' in changes ? changes.category : category();
    if (chosen) query.set('categoria', chosen);
    if (changes.page && changes.page > 1) query.set('pagina', String(changes.page));
    return `/cerca?${query}`;
  };

  return (
    <div class="container">
      <Breadcrumbs items={[{ label: t('search.title') }]} />
      <h1>{t('search.title')}</h1>
      <div class="search-filters">
        <SearchBox id="search-page" initialQuery={q()} />
        <div class="field">
          <label for="search-category">{t('search.category')}</label>
          <select
            id="search-category"
            onChange={(event) => navigate(hrefFor({ category: event.currentTarget.value || undefined }))}
          >
            <option value="">{t('search.allCategories')}</option>
            <For each={categories()?.data}>
              {(entry) => (
                <option value={entry.slug} selected={entry.slug === category()}>
                  {entry.name}
                </option>
              )}
            </For>
          </select>
        </div>
        <OrganizationSwitch />
      </div>
      <Show when={results()} fallback={<p class="empty">{t('search.empty')}</p>}>
        {(found) => (
          <section aria-labelledby="search-results-title" class="search-results">
            <h2 id="search-results-title">{q() ? t('search.resultsFor', { q: q() }) : t('services.all')}</h2>
            <Freshness of={found()} />
            <p aria-live="polite">{plural('search.results', found().data.total)}</p>
            <ServiceList
              services={found().data.items}
              empty={`${t('search.none', { q: q() })} ${t('search.noneHint')}`}
            />
            <Pagination
              page={page()}
              total={found().data.total}
              pageSize={pageSize}
              hrefFor={(target) => hrefFor({ page: target })}
            />
          </section>
        )}
      </Show>
    </div>
  );
}
