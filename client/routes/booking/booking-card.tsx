import { Show } from 'solid-js';
import { Freshness } from '../../components/freshness';
import type { BookingRecord } from '../../lib/booking';
import { formatDay } from '../../lib/booking-format';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { BookingCode, BookingStatus } from './booking-details';
import { CancelBooking } from './cancel-booking';
import { WaitingChange, waitingChange } from './waiting-change';

/** One booking in a list: what, when, where, its state, and what can be done with it. */
export function BookingCard(props: {
  record: BookingRecord;
  onDone: (message: string) => void;
  onError: (message: string) => void;
  /** Shown for the bookings kept on this device. */
  onForget?: () => void;
}) {
  const booking = () => props.record.data;
  let heading: HTMLHeadingElement | undefined;
  return (
    <article class="card booking-card" data-testid="booking-card" data-code={booking().code}>
      <p class="card-kicker">
        <BookingStatus booking={booking()} />
      </p>
      <h3 class="booking-card-title" tabindex="-1" ref={heading}>
        {booking().service.title}
      </h3>
      <p class="booking-card-when">
        {t('booking.details.at', { date: formatDay(booking().localDate, locale()), time: booking().localTime })}
      </p>
      <p class="card-meta">
        {booking().office.name}
        <br />
        {t('booking.details.code')}: <BookingCode code={booking().code} />
      </p>
      <Freshness of={props.record} />
      <WaitingChange code={booking().code} />
      <ul class="inline-actions">
        <li>
          <a href={bookingPaths.booking(booking().code)}>
            {t('booking.card.open')}
            <span class="sr-only"> {booking().code}</span>
          </a>
        </li>
        <Show when={booking().status === 'confirmed' && booking().changeable && !waitingChange(booking().code)}>
          <li>
            <a href={bookingPaths.reschedule(booking().code)}>
              {t('booking.reschedule.link')}
              <span class="sr-only"> {booking().code}</span>
            </a>
          </li>
        </Show>
        <li>
          <CancelBooking
            booking={booking()}
            email={props.record.email}
            onDone={(message) => {
              if (heading?.isConnected) heading.focus();
              props.onDone(message);
            }}
            onError={props.onError}
          />
        </li>
        <Show when={props.onForget}>
          {(forget) => (
            <li>
              <button type="button" class="link-button" onClick={() => forget()()}>
                {t('booking.device.forget')}
                <span class="sr-only"> {booking().code}</span>
              </button>
            </li>
          )}
        </Show>
      </ul>
    </article>
  );
}
