import { createAsync } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { getMe } from '../../lib/auth';
import { canWorkAt } from '../../lib/desk';
import { usePageTitle } from '../../lib/document';
import { t } from '../../lib/i18n';
import { areaPath, deskPaths } from '../../lib/paths';

/**
 * The office's pages, for the people who work there (and admins). Anyone else reads why they cannot
 * see it, instead of the server's bare "forbidden", and none of the office's data is asked for.
 */
export function StaffOnly(props: { office: string; children: JSX.Element }) {
  const me = createAsync(() => getMe());
  const allowed = () => {
    const person = me();
    return person ? canWorkAt(person, props.office) : false;
  };
  return (
    <Show when={allowed()} fallback={<NotStaff office={props.office} />}>
      {props.children}
    </Show>
  );
}

/** "Area riservata": for a signed-in person who is not on the staff of any office, or of this one. */
export function NotStaff(props: { office?: string }) {
  usePageTitle(() => t('desk.notStaff.title'));
  return (
    <div class="page-message" data-page="desk-not-staff">
      <Breadcrumbs items={[{ label: t('desk.title') }]} />
      <h1>{t('desk.notStaff.title')}</h1>
      <Show when={props.office} fallback={<p>{t('desk.notStaff.body')}</p>}>
        {(office) => (
          <>
            <p>{t('desk.notStaff.office', { office: office() })}</p>
            <p>
              <a href={deskPaths.home}>{t('desk.notStaff.toDesk')}</a>
            </p>
          </>
        )}
      </Show>
      <p>
        <a class="button button-outline" href={areaPath}>
          {t('desk.notStaff.back')}
        </a>
      </p>
    </div>
  );
}
