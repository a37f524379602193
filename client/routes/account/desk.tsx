import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { getMe, getUnreadCount } from '../../lib/auth';
import { usePageTitle } from '../../lib/document';
import { plural, t } from '../../lib/i18n';
import { areaPaths } from './paths';

/**
 * Scrivania: what is next for the person. Appointments and open requests join here when booking and
 * requests exist; until then, the empty state points to the services, and to unread messages if any.
 */
export default function Desk() {
  usePageTitle(() => t('area.title'));
  const me = createAsync(() => getMe());
  const unread = createAsync(() => getUnreadCount().catch(() => 0));
  const name = () => me()?.givenName;

  return (
    <>
      <h2>{t('area.desk')}</h2>
      <p class="lead">
        <Show when={name()} fallback={t('desk.greetingNoName')}>
          {(given) => t('desk.greeting', { name: given() })}
        </Show>
      </p>
      <Show when={unread()}>
        {(count) => (
          <p class="notice notice-info">
            {plural('account.unread', count())}. <a href={areaPaths.messages}>{t('desk.readMessages')}</a>
          </p>
        )}
      </Show>
      {/* Upcoming appointments and open requests go in this section when those features land. */}
      <section class="desk-section" aria-labelledby="desk-current-title" data-slot="desk-current">
        <h3 id="desk-current-title">{t('desk.current')}</h3>
        <div class="empty-state">
          <p class="empty-state-title">{t('desk.empty')}</p>
          <p>{t('desk.emptyHint')}</p>
          <p class="actions">
            <a class="button button-primary" href="/cerca">
              {t('desk.findService')}
            </a>
            <a class="button button-outline" href="/servizi">
              {t('desk.allServices')}
            </a>
          </p>
        </div>
      </section>
      <Show when={me() && (!me()?.givenName || !me()?.familyName)}>
        <section class="desk-section" aria-labelledby="desk-profile-title">
          <h3 id="desk-profile-title">{t('desk.completeProfile')}</h3>
          <p>{t('desk.completeProfileHint')}</p>
          <p>
            <a class="button button-outline" href={areaPaths.profile}>
              {t('desk.completeProfile')}
            </a>
          </p>
        </section>
      </Show>
    </>
  );
}
