import { Show } from 'solid-js';
import { t } from '../lib/i18n';

/** Previous / next links with "page x of y"; plain links, so every page has its own address. */
export function Pagination(props: {
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <Show when={pages() > 1}>
      <nav class="pagination" aria-label={t('pagination.label')}>
        <Show when={props.page > 1} fallback={<span />}>
          <a class="button button-outline" href={props.hrefFor(props.page - 1)} rel="prev">
            <span aria-hidden="true">‹ </span>
            {t('pagination.previous')}
          </a>
        </Show>
        <p>{t('pagination.status', { page: props.page, pages: pages() })}</p>
        <Show when={props.page < pages()} fallback={<span />}>
          <a class="button button-outline" href={props.hrefFor(props.page + 1)} rel="next">
            {t('pagination.next')}
            <span aria-hidden="true"> ›</span>
          </a>
        </Show>
      </nav>
    </Show>
  );
}
