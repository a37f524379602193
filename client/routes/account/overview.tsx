import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { getMe, getUnreadCount } from '../../lib/auth';
import { getMyBookings } from '../../lib/booking';
import { usePageTitle } from '../../lib/document';
import { locale, plural, t } from '../../lib/i18n';
import { areaPaths } from '../../lib/paths';
import { getMyRequests } from '../../lib/requests';
import { OverviewRequests, overviewRequests } from '../requests/overview-requests';
import { UpcomingBookings } from './upcoming-bookings';

/**
 * Scrivania: what is next for the person. Upcoming appointments and open requests (drafts to finish
 * too); with none, the empty state points to booking and to the services, and to unread messages if any.
 */
export default function Overview() {
  usePageTitle(() => t('area.title'));
  const me = createAsync(() => getMe());
  const unread = createAsync(() => getUnreadCount().catch(() => 0));
  // A failure here leaves the empty state: the rest of the Scrivania still shows.
  const bookings = createAsync(
    async () => (await getMyBookings('upcoming', locale()).catch(() => undefined))?.data ?? [],
  );
  const requests = createAsync(async () =>
    overviewRequests((await getMyRequests(locale()).catch(() => undefined))?.data ?? []),
  );
  const name = () => me()?.givenName;

  return (
    <>
      <h2>{t('area.overview')}</h2>
      <p class="lead">
        <Show when={name()} fallback={t('overview.greetingNoName')}>
          {(given) => t('overview.greeting', { name: given() })}
        </Show>
      </p>
      <Show when={unread()}>
        {(count) => (
          <p class="notice notice-info">
            {plural('account.unread', count())}. <a href={areaPaths.messages}>{t('overview.readMessages')}</a>
          </p>
        )}
      </Show>
      <section class="overview-section" aria-labelledby="overview-current-title" data-slot="overview-current">
        <h3 id="overview-current-title">{t('overview.current')}</h3>
        <Show
          when={(bookings()?.length ?? 0) > 0 || (requests()?.length ?? 0) > 0}
          fallback={
            <div class="empty-state">
              <p class="empty-state-title">{t('overview.empty')}</p>
              <p>{t('overview.emptyHint')}</p>
              <p class="actions">
                <a class="button button-primary" href="/prenota">
                  {t('book.cta')}
                </a>
                <a class="button button-outline" href="/cerca">
                  {t('overview.findService')}
                </a>
                <a class="button button-outline" href="/servizi">
                  {t('overview.allServices')}
                </a>
              </p>
            </div>
          }
        >
          <Show when={(bookings()?.length ?? 0) > 0}>
            <UpcomingBookings bookings={bookings() ?? []} />
          </Show>
          <OverviewRequests requests={requests() ?? []} />
        </Show>
      </section>
      <Show when={me() && (!me()?.givenName || !me()?.familyName)}>
        <section class="overview-section" aria-labelledby="overview-profile-title">
          <h3 id="overview-profile-title">{t('overview.completeProfile')}</h3>
          <p>{t('overview.completeProfileHint')}</p>
          <p>
            <a class="button button-outline" href={areaPaths.profile}>
              {t('overview.completeProfile')}
            </a>
          </p>
        </section>
      </Show>
    </>
  );
}
