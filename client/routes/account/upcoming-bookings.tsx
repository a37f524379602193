import { For } from 'solid-js';
import type { BookingView } from '../../../shared/booking/api';
import { formatDay } from '../../lib/booking-format';
import { locale, t } from '../../lib/i18n';

/** The Scrivania's list of next appointments: when, what, where, each leading to its page. */
export function UpcomingBookings(props: { bookings: BookingView[] }) {
  return (
    <>
      <ul class="overview-bookings" aria-label={t('booking.overview.upcoming')}>
        <For each={props.bookings.slice(0, 5)}>
          {(booking) => (
            <li class="overview-booking">
              <a href={`/prenotazioni/${booking.code}`}>
                {t('booking.details.at', { date: formatDay(booking.localDate, locale()), time: booking.localTime })}
              </a>
              <span>{booking.service.title}</span>
              <span class="overview-booking-office">{booking.office.name}</span>
            </li>
          )}
        </For>
      </ul>
      <p class="actions">
        <a class="button button-outline" href="/prenotazioni">
          {t('booking.mine.link')}
        </a>
        <a class="button button-outline" href="/pratiche">
          {t('requests.mine.link')}
        </a>
        <a class="button button-outline" href="/prenota">
          {t('book.cta')}
        </a>
      </p>
    </>
  );
}
