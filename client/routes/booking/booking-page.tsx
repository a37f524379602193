import { createAsync, useLocation, useParams } from '@solidjs/router';
import { createSignal, ErrorBoundary, Match, Show, Suspense, Switch } from 'solid-js';
import { normalizeBookingCode } from '../../../shared/booking/code';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { FormFeedback } from '../../components/form-feedback';
import { Freshness } from '../../components/freshness';
import { type BookingRecord, getBooking, isUpcoming } from '../../lib/booking';
import { usePageTitle } from '../../lib/document';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { BookingDetails, BookingExtras } from './booking-details';
import { CancelBooking } from './cancel-booking';
import { WhatToBring } from './confirmation';
import { FindBookingForm } from './find-booking-form';
import { WaitingChange, waitingChange } from './waiting-change';
import '../../styles/forms.css';
import '../../styles/booking.css';

/** The code in the address, as typed or copied: "abcde-fghjk" opens ABCDEFGHJK. */
export function useBookingCode(): () => string {
  const params = useParams();
  return () => normalizeBookingCode(params.code ?? '');
}

/**
 * /prenotazioni/:code — one booking: its details, QR code and calendar links, and the ways to move
 * or cancel it while the office's deadline allows. Without the email that unlocks it (another device,
 * not signed in) the page asks for it.
 */
export default function BookingPage() {
  usePageTitle(() => t('booking.page.title'));
  const code = useBookingCode();
  const record = createAsync(() => getBooking(code(), locale()));

  return (
    <div class="container booking-page" data-page="booking">
      <Breadcrumbs
        items={[{ label: t('booking.mine.title'), href: bookingPaths.mine }, { label: t('booking.page.title') }]}
      />
      <h1>{t('booking.page.title')}</h1>
      <Switch>
        <Match when={record()}>{(found) => <BookingSheet record={found()} />}</Match>
        <Match when={record() === null}>
          <p class="notice">{t('booking.page.needEmail')}</p>
          <FindBookingForm code={code()} />
        </Match>
      </Switch>
    </div>
  );
}

function BookingSheet(props: { record: BookingRecord }) {
  const location = useLocation<{ done?: string }>();
  const [done, setDone] = createSignal(location.state?.done);
  const [failure, setFailure] = createSignal<string>();
  const booking = () => props.record.data;
  let manage: HTMLHeadingElement | undefined;

  return (
    <>
      <FormFeedback error={failure()} done={done()} />
      <Freshness of={props.record} />
      <BookingDetails booking={booking()} />
      <Show when={isUpcoming(booking())}>
        <BookingExtras booking={booking()} />
      </Show>
      <section aria-labelledby="booking-manage-title">
        <h2 id="booking-manage-title" tabindex="-1" ref={manage}>
          {t('booking.page.manage')}
        </h2>
        <Switch>
          <Match when={booking().status === 'cancelled'}>
            <p>{t('booking.page.cancelled')}</p>
          </Match>
          <Match when={waitingChange(booking().code)}>
            <WaitingChange code={booking().code} />
          </Match>
          <Match when={booking().changeable}>
            <p>{t('booking.confirmed.changeBody', { until: formatDateTime(booking().changeableUntil, locale()) })}</p>
            <div class="actions">
              <a class="button button-primary" href={bookingPaths.reschedule(booking().code)}>
                {t('booking.reschedule.link')}
              </a>
              <CancelBooking
                booking={booking()}
                email={props.record.email}
                onDone={(message) => {
                  setFailure(undefined);
                  setDone(message);
                  // The buttons are gone with the booking's cancellation: the focus stays in this section.
                  manage?.focus();
                }}
                onError={(message) => {
                  setDone(undefined);
                  setFailure(message);
                }}
              />
            </div>
          </Match>
          <Match when={true}>
            <p>{t('booking.page.notChangeable', { until: formatDateTime(booking().changeableUntil, locale()) })}</p>
          </Match>
        </Switch>
        <p>
          <a href={bookingPaths.start}>{t('booking.page.bookAnother')}</a>
        </p>
      </section>
      <Show when={isUpcoming(booking())}>
        <ErrorBoundary fallback={null}>
          <Suspense>
            <WhatToBring service={booking().service.slug} />
          </Suspense>
        </ErrorBoundary>
      </Show>
    </>
  );
}
