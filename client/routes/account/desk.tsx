import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { getMe, getUnreadCount } from '../../lib/auth';
import { getMyBookings } from '../../lib/booking';
import { usePageTitle } from '../../lib/document';
import { locale, plural, t } from '../../lib/i18n';
import { getMyRequests } from '../../lib/requests';
import { DeskRequests, deskRequests } from '../requests/desk-requests';
import { areaPaths } from './paths';
import { UpcomingBookings } from './upcoming-bookings';

/**
 * Scrivania: what is next for the person. Upcoming appointments and open requests (drafts to finish
 * too); with none, the empty state points to booking and to the services, and to unread messages if any.
 */
export default function Desk() {
  usePageTitle(() => t('area.title'));
  const me = createAsync(() => getMe());
  const unread = createAsync(() => getUnreadCount().catch(() => 0));
  // A failure here leaves the empty state: the rest of the Scrivania still shows.
  const bookings = createAsync(
    async () => (await getMyBookings('upcoming', locale()).catch(() => undefined))?.data ?? [],
  );
  const requests = createAsync(async () =>
    deskRequests((await getMyRequests(locale()).catch(() => undefined))?.data ?? []),
  );
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
      <section class="desk-section" aria-labelledby="desk-current-title" data-slot="desk-current">
        <h3 id="desk-current-title">{t('desk.current')}</h3>
        <Show
          when={(bookings()?.length ?? 0) > 0 || (requests()?.length ?? 0) > 0}
          fallback={
            <div class="empty-state">
              <p class="empty-state-title">{t('desk.empty')}</p>
              <p>{t('desk.emptyHint')}</p>
              <p class="actions">
                <a class="button button-primary" href="/prenota">
                  {t('book.cta')}
                </a>
                <a class="button button-outline" href="/cerca">
                  {t('desk.findService')}
                </a>
                <a class="button button-outline" href="/servizi">
                  {t('desk.allServices')}
                </a>
              </p>
            </div>
          }
        >
          <Show when={(bookings()?.length ?? 0) > 0}>
            <UpcomingBookings bookings={bookings() ?? []} />
          </Show>
          <DeskRequests requests={requests() ?? []} />
        </Show>
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
