import { createAsync, useParams } from '@solidjs/router';
import { ErrorBoundary, For, Show, Suspense } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { getDeskOffice, getQueue, queueSearch } from '../../lib/desk';
import { usePageTitle } from '../../lib/document';
import { locale, plural, t } from '../../lib/i18n';
import { deskPaths } from '../../lib/paths';
import { StaffOnly } from './staff-only';

/** The office in the address, as the console's office pages read it. */
export function useOffice(): () => string {
  const params = useParams();
  return () => params.office ?? '';
}

/**
 * /desk/:office: one office's console. Its name and organization, its tools (for now the requests,
 * with how many are open and how many are running late) and the services it handles.
 */
export default function OfficePage() {
  const office = useOffice();
  return (
    <StaffOnly office={office()}>
      <OfficeConsole office={office()} />
    </StaffOnly>
  );
}

function OfficeConsole(props: { office: string }) {
  const details = createAsync(() => getDeskOffice(props.office, locale()));
  usePageTitle(() => details()?.name);

  return (
    <>
      <Breadcrumbs items={[{ label: t('desk.title'), href: deskPaths.home }, { label: details()?.name ?? '' }]} />
      <h1>{details()?.name}</h1>
      <p class="lead">{t('desk.office.organization', { organization: details()?.organization.name ?? '' })}</p>
      <section aria-labelledby="desk-tools-title">
        <h2 id="desk-tools-title">{t('desk.office.tools')}</h2>
        <ul class="staff-office-list">
          <li class="staff-office">
            <h3 class="staff-office-name">
              <a href={deskPaths.queue(props.office)}>{t('desk.queueLink')}</a>
            </h3>
            {/* The counts are a bonus: the link works even when they cannot be read. */}
            <ErrorBoundary fallback={null}>
              <Suspense>
                <OpenCount office={props.office} />
              </Suspense>
            </ErrorBoundary>
          </li>
        </ul>
      </section>
      <section aria-labelledby="desk-services-title">
        <h2 id="desk-services-title">{t('desk.office.services')}</h2>
        <Show
          when={(details()?.services.length ?? 0) > 0}
          fallback={<p class="empty">{t('desk.office.noServices')}</p>}
        >
          <ul>
            <For each={details()?.services}>
              {(service) => (
                <li>
                  <a href={deskPaths.queue(props.office, queueSearch({ service: service.slug, sort: 'deadline' }))}>
                    {service.title}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </>
  );
}

/** "12 pratiche aperte, di cui 3 in scadenza o scadute": the queue's default view, counted. */
function OpenCount(props: { office: string }) {
  const queue = createAsync(() => getQueue(props.office, { sort: 'deadline' }, locale()));
  const late = () =>
    (queue() ?? []).filter((item) => item.deadline?.state === 'due_soon' || item.deadline?.state === 'overdue').length;
  return (
    <Show when={queue()}>
      {(items) => (
        <p>
          {plural('desk.office.open', items().length)}
          <Show when={late() > 0}>, {plural('desk.office.late', late())}</Show>
        </p>
      )}
    </Show>
  );
}
