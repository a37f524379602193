import { createAsync, useLocation } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { FormFeedback } from '../../components/form-feedback';
import { getMe } from '../../lib/auth';
import { getMyWaitlist, joinWaitlist } from '../../lib/booking';
import { formatDay } from '../../lib/booking-format';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { signInHref } from '../../lib/return-path';

/**
 * A full day: a signed-in citizen can wait for a place. When one frees up, the first in line gets a
 * message with a place kept for them for a while. Guests are told that this needs an account.
 */
export function WaitlistOffer(props: { service: string; office: string; date: string }) {
  const location = useLocation();
  const me = createAsync(() => getMe().catch(() => null));
  const waitlist = createAsync(async () => (me() ? getMyWaitlist(locale()).catch(() => []) : []));
  const entry = () =>
    waitlist()?.find(
      (item) =>
        item.service.slug === props.service &&
        item.office.slug === props.office &&
        item.date === props.date &&
        (item.status === 'waiting' || item.status === 'offered'),
    );
  const form = createFormState();
  const day = () => formatDay(props.date, locale());

  const join = () =>
    void form.run(async () => {
      await joinWaitlist(props.service, props.office, props.date);
      return t('booking.waitlist.joined', { day: day() });
    });

  return (
    <section class="waitlist-offer" aria-labelledby="waitlist-offer-title">
      <h3 id="waitlist-offer-title">{t('booking.waitlist.title')}</h3>
      <p>{t('booking.waitlist.explain')}</p>
      <Switch>
        <Match when={entry()}>
          {(found) => (
            <p class="notice">
              {found().position
                ? t('booking.waitlist.position', { day: day(), position: found().position ?? 0 })
                : t('booking.waitlist.already', { day: day() })}{' '}
              <a href={bookingPaths.mine}>{t('booking.mine.link')}</a>
            </p>
          )}
        </Match>
        <Match when={me()}>
          <button type="button" class="button button-outline" onClick={join}>
            {form.pending() ? t('booking.working') : t('booking.waitlist.join')}
          </button>
        </Match>
        <Match when={me() === null}>
          <p>
            {t('booking.waitlist.signIn')}{' '}
            <a href={signInHref(`${location.pathname}${location.search}`)}>{t('booking.waitlist.signInLink')}</a>
          </p>
        </Match>
      </Switch>
      <FormFeedback error={form.error()} done={form.done()} />
    </section>
  );
}
