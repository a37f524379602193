import { createAsync, useIsRouting, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { getDeskOffice, getQueue, queueFiltersFrom } from '../../lib/desk';
import { usePageTitle } from '../../lib/document';
import { locale, plural, t } from '../../lib/i18n';
import { deskPaths } from '../../lib/paths';
import { useOffice } from './office-page';
import { QueueFilterForm } from './queue-filters';
import { QueueTable } from './queue-table';
import { StaffOnly } from './staff-only';

/**
 * /desk/:office/pratiche?servizio=…&stato=…&ordine=…: the office's work queue. Without a status it
 * lists the open requests, nearest deadline first. A new choice of filters keeps the table on screen
 * (navigation runs as a transition) until the new list arrives, then the count is announced.
 */
export default function QueuePage() {
  const office = useOffice();
  return (
    <StaffOnly office={office()}>
      <Queue office={office()} />
    </StaffOnly>
  );
}

function Queue(props: { office: string }) {
  const [params] = useSearchParams();
  const filters = () => queueFiltersFrom(params);
  const routing = useIsRouting();
  const details = createAsync(() => getDeskOffice(props.office, locale()));
  const queue = createAsync(() => getQueue(props.office, filters(), locale()));
  const officeName = () => details()?.name ?? props.office;
  usePageTitle(() => `${t('desk.queue.title')} – ${officeName()}`);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('desk.title'), href: deskPaths.home },
          { label: officeName(), href: deskPaths.office(props.office) },
          { label: t('desk.queue.title') },
        ]}
      />
      <p class="page-kicker">{officeName()}</p>
      <h1 class="staff-title">{t('desk.queue.title')}</h1>
      <p>{t('desk.queue.intro')}</p>
      <QueueFilterForm office={props.office} filters={filters()} services={details()?.services ?? []} />
      <p class="staff-count" role="status">
        {plural('desk.queue.count', queue()?.length ?? 0)}
      </p>
      <Show when={(queue()?.length ?? 0) > 0} fallback={<p class="empty">{t('desk.queue.empty')}</p>}>
        <p class="field-hint staff-scroll-hint" id="queue-scroll-hint">
          {t('desk.queue.scrollHint')}
        </p>
        <QueueTable
          office={props.office}
          caption={t(filters().sort === 'submitted' ? 'desk.queue.caption.submitted' : 'desk.queue.caption.deadline', {
            office: officeName(),
          })}
          items={queue() ?? []}
          busy={routing()}
        />
      </Show>
    </>
  );
}
