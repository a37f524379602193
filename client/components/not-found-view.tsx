import { usePageTitle } from '../lib/document';
import { t } from '../lib/i18n';
import { SearchBox } from './search-box';

/** The 404 page: also shown when the catalog answers NOT_FOUND for a service or a topic. */
export function NotFoundView() {
  usePageTitle(() => t('notFound.title'));
  return (
    <div class="container page-message" data-page="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>{t('notFound.search')}</p>
      <SearchBox id="not-found-search" />
      <p>
        <a class="button button-primary" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </div>
  );
}
