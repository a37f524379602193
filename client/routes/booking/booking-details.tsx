import { Show } from 'solid-js';
import type { BookingView } from '../../../shared/booking/api';
import { formatBookingCode } from '../../../shared/booking/code';
import { formatFullDay, isOtherTimeZone } from '../../lib/booking-format';
import { locale, t } from '../../lib/i18n';
import { modeName } from './mode';

/** The code as people read it out: ABCDE-FGHJK. */
export function BookingCode(props: { code: string }) {
  return <span class="booking-code">{formatBookingCode(props.code)}</span>;
}

/** What, where and when: the facts of one booking as a list of terms. */
export function BookingDetails(props: { booking: BookingView }) {
  return (
    <dl class="summary-list booking-details">
      <dt>{t('booking.details.code')}</dt>
      <dd>
        <BookingCode code={props.booking.code} />
      </dd>
      <dt>{t('booking.details.status')}</dt>
      <dd>
        <BookingStatus booking={props.booking} />
      </dd>
      <dt>{t('booking.details.service')}</dt>
      <dd>{props.booking.service.title}</dd>
      <dt>{t('booking.details.when')}</dt>
      <dd>
        {t('booking.details.at', {
          date: formatFullDay(props.booking.localDate, locale()),
          time: props.booking.localTime,
        })}
        <Show when={isOtherTimeZone(props.booking.office.timeZone)}>
          <span class="field-hint"> {t('booking.timeZone', { zone: props.booking.office.timeZone })}</span>
        </Show>
      </dd>
      <dt>{t('booking.details.office')}</dt>
      <dd>
        {props.booking.office.name}
        <br />
        {props.booking.office.address}
      </dd>
      <dt>{t('booking.details.mode')}</dt>
      <dd>{modeName(props.booking.mode)}</dd>
      <Show when={props.booking.meetingUrl}>
        {(url) => (
          <>
            <dt>{t('booking.details.meeting')}</dt>
            <dd>
              <a href={url()} rel="noopener noreferrer" target="_blank">
                {t('booking.details.meetingLink')} <span class="sr-only">{t('contact.newWindow')}</span>
              </a>
            </dd>
          </>
        )}
      </Show>
      <dt>{t('booking.details.applicant')}</dt>
      <dd>
        {props.booking.applicant.givenName} {props.booking.applicant.familyName}
        <br />
        {props.booking.applicant.email}
      </dd>
      <Show when={props.booking.reason}>
        <dt>{t('booking.summary.reason')}</dt>
        <dd>{props.booking.reason}</dd>
      </Show>
    </dl>
  );
}

/** Confermata / Annullata, in words (with a style), never by colour alone. */
export function BookingStatus(props: { booking: BookingView }) {
  return (
    <span class={`booking-status booking-${props.booking.status}`}>
      {props.booking.status === 'cancelled' ? t('booking.status.cancelled') : t('booking.status.confirmed')}
    </span>
  );
}

/** The QR code for the office's kiosk, and the appointment for the person's own calendar. */
export function BookingExtras(props: { booking: BookingView }) {
  return (
    <Show when={props.booking.status === 'confirmed'}>
      <div class="booking-extras">
        <figure class="booking-qr">
          <img
            src={props.booking.qrPath}
            alt={t('booking.qr.alt', { code: formatBookingCode(props.booking.code) })}
            width="200"
            height="200"
          />
          <figcaption>{t('booking.qr.caption')}</figcaption>
        </figure>
        <section aria-labelledby="booking-calendar-title">
          <h3 id="booking-calendar-title">{t('booking.calendar.title')}</h3>
          <ul class="calendar-links">
            <li>
              <a href={props.booking.icsPath} download={`prenotazione-${props.booking.code}.ics`}>
                {t('booking.calendar.ics')}
              </a>
            </li>
            <li>
              <a href={props.booking.googleCalendarUrl} target="_blank" rel="noopener noreferrer">
                {t('booking.calendar.google')} <span class="sr-only">{t('contact.newWindow')}</span>
              </a>
            </li>
            <li>
              <a href={props.booking.outlookCalendarUrl} target="_blank" rel="noopener noreferrer">
                {t('booking.calendar.outlook')} <span class="sr-only">{t('contact.newWindow')}</span>
              </a>
            </li>
          </ul>
        </section>
      </div>
    </Show>
  );
}
