import { createAsync, useNavigate } from '@solidjs/router';
import { createSignal, ErrorBoundary, For, Show, Suspense } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { getMe } from '../../lib/auth';
import { getDeskOffice } from '../../lib/desk';
import { usePageTitle } from '../../lib/document';
import { locale, t } from '../../lib/i18n';
import { deskPaths } from '../../lib/paths';
import { NotStaff } from './staff-only';

const officePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * /desk: the console's way in. Staff see the offices they work at, each leading to its requests; an
 * admin, who may open any office, is told how; anyone else reads that the area is for staff.
 */
export default function DeskLanding() {
  const me = createAsync(() => getMe());
  const offices = () => me()?.roles.staffOffices ?? [];
  const admin = () => me()?.roles.admin ?? false;

  return (
    <Show when={offices().length > 0 || admin()} fallback={<NotStaff />}>
      <DeskHome offices={offices()} admin={admin()} />
    </Show>
  );
}

function DeskHome(props: { offices: string[]; admin: boolean }) {
  usePageTitle(() => t('desk.title'));
  return (
    <>
      <Breadcrumbs items={[{ label: t('desk.title') }]} />
      <h1>{t('desk.title')}</h1>
      <p class="lead">{t('desk.intro')}</p>
      {/* An admin may work at no office of their own: then only the way to open any office shows. */}
      <Show when={props.offices.length > 0}>
        <section aria-labelledby="desk-offices-title">
          <h2 id="desk-offices-title">{t('desk.offices')}</h2>
          <ul class="staff-office-list">
            <For each={props.offices}>{(office) => <OfficeCard office={office} />}</For>
          </ul>
        </section>
      </Show>
      <Show when={props.admin}>
        <OpenOfficeForm />
      </Show>
    </>
  );
}

/** One office: its name once known (its code until then, or if it cannot be read), and its queue. */
function OfficeCard(props: { office: string }) {
  const fallback = () => <OfficeCardBody office={props.office} name={props.office} />;
  return (
    <li class="staff-office">
      <ErrorBoundary fallback={fallback}>
        <Suspense fallback={fallback()}>
          <NamedOfficeCard office={props.office} />
        </Suspense>
      </ErrorBoundary>
    </li>
  );
}

function NamedOfficeCard(props: { office: string }) {
  const details = createAsync(() => getDeskOffice(props.office, locale()));
  return (
    <OfficeCardBody
      office={props.office}
      name={details()?.name ?? props.office}
      organization={details()?.organization.name}
    />
  );
}

function OfficeCardBody(props: { office: string; name: string; organization?: string }) {
  return (
    <>
      <h3 class="staff-office-name">
        <a href={deskPaths.office(props.office)}>{props.name}</a>
      </h3>
      <Show when={props.organization}>
        {(organization) => <p class="staff-muted">{t('desk.office.organization', { organization: organization() })}</p>}
      </Show>
      <p>
        <a class="button button-primary button-small" href={deskPaths.queue(props.office)}>
          {t('desk.queueLink')}
          <span class="sr-only">: {props.name}</span>
        </a>
      </p>
    </>
  );
}

/** Admins work for every office: they name the one to open. */
function OpenOfficeForm() {
  const navigate = useNavigate();
  const [error, setError] = createSignal<string>();
  let input: HTMLInputElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const office = input?.value.trim().toLowerCase() ?? '';
    if (!officePattern.test(office)) {
      setError(t('desk.admin.invalid'));
      input?.focus();
      return;
    }
    setError(undefined);
    navigate(deskPaths.office(office));
  };

  return (
    <section class="staff-panel" aria-labelledby="desk-admin-title">
      <h2 id="desk-admin-title">{t('desk.admin.title')}</h2>
      <p>{t('desk.admin.body')}</p>
      <form class="staff-inline-form" novalidate onSubmit={submit}>
        <div class="field" classList={{ 'field-invalid': Boolean(error()) }}>
          <label for="desk-admin-office">{t('desk.admin.field')}</label>
          <p class="field-hint" id="desk-admin-office-hint">
            {t('desk.admin.hint')}
          </p>
          <input
            ref={input}
            id="desk-admin-office"
            name="office"
            class="text-input"
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            maxLength={80}
            required
            aria-invalid={error() ? true : undefined}
            aria-describedby={error() ? 'desk-admin-office-hint desk-admin-office-error' : 'desk-admin-office-hint'}
          />
          <Show when={error()}>
            <p class="field-error" id="desk-admin-office-error">
              <span class="icon-error" aria-hidden="true" />
              {error()}
            </p>
          </Show>
        </div>
        <button type="submit" class="button button-primary">
          {t('desk.admin.submit')}
        </button>
      </form>
    </section>
  );
}
