import { createAsync } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import type { WaitlistEntryView } from '../../../shared/booking/api';
import { FormFeedback } from '../../components/form-feedback';
import { getMyWaitlist, leaveWaitlist } from '../../lib/booking';
import { formatDay } from '../../lib/booking-format';
import { createFormState } from '../../lib/form-state';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';

/** The days the signed-in citizen is waiting for, and the places offered to them from there. */
export function WaitlistList() {
  const entries = createAsync(() => getMyWaitlist(locale()).catch(() => []));
  const active = () => (entries() ?? []).filter((entry) => entry.status === 'waiting' || entry.status === 'offered');
  const form = createFormState();

  return (
    <Show when={active().length > 0 || form.done()}>
      <section aria-labelledby="waitlist-title">
        <h2 id="waitlist-title">{t('booking.waitlist.listTitle')}</h2>
        <FormFeedback error={form.error()} done={form.done()} />
        <ul class="waitlist-list">
          <For each={active()}>
            {(entry) => (
              <li class="waitlist-entry">
                <p>
                  <strong>{entry.service.title}</strong> – {entry.office.name}, {formatDay(entry.date, locale())}
                </p>
                <WaitlistState entry={entry} />
                <button
                  type="button"
                  class="link-button"
                  onClick={() =>
                    void form.run(async () => {
                      await leaveWaitlist(entry.id);
                      return t('booking.waitlist.left', { day: formatDay(entry.date, locale()) });
                    })
                  }
                >
                  {t('booking.waitlist.leave')}
                  <span class="sr-only"> ({formatDay(entry.date, locale())})</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

function WaitlistState(props: { entry: WaitlistEntryView }) {
  return (
    <Switch>
      <Match when={props.entry.status === 'offered' && props.entry.offer}>
        {(offer) => (
          <p class="notice">
            {t('booking.waitlist.offered', {
              time: offer().localTime,
              until: formatDateTime(offer().expiresAt, locale()),
            })}{' '}
            <a href={bookingPaths.offer(offer().holdId)}>{t('booking.waitlist.takeOffer')}</a>
          </p>
        )}
      </Match>
      <Match when={props.entry.position}>
        {(position) => <p>{t('booking.waitlist.waiting', { position: position() })}</p>}
      </Match>
    </Switch>
  );
}
