import { createAsync, Navigate, useParams } from '@solidjs/router';
import { ErrorBoundary, Match, onMount, Show, Suspense, Switch } from 'solid-js';
import type { BookingView } from '../../../shared/booking/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PushOffer } from '../../components/push-offer';
import { RichText } from '../../components/rich-text';
import { wizardFor } from '../../lib/booking-wizard';
import { getService } from '../../lib/catalog';
import { usePageTitle } from '../../lib/document';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { BookingCode, BookingDetails, BookingExtras } from './booking-details';
import '../../styles/forms.css';
import '../../styles/booking.css';

/**
 * After "Conferma": the code, the QR code for the kiosk, the calendar links, what to bring (the
 * service page's "Cosa serve") and how to cancel or move the appointment.
 */
export default function Confirmation() {
  const params = useParams();
  const booking = () => wizardFor(params.service ?? '').confirmed;
  return (
    <Show when={booking()} fallback={<Navigate href={bookingPaths.step(params.service ?? '', 'luogo')} />}>
      {(confirmed) => <ConfirmationView booking={confirmed()} />}
    </Show>
  );
}

function ConfirmationView(props: { booking: BookingView }) {
  usePageTitle(() => t('booking.confirmed.title'));
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus({ preventScroll: true }));

  return (
    <div class="container booking-page" data-page="booking-confirmed">
      <Breadcrumbs
        items={[{ label: t('booking.title'), href: bookingPaths.start }, { label: t('booking.confirmed.title') }]}
      />
      <h1 tabindex="-1" ref={heading}>
        {t('booking.confirmed.title')}
      </h1>
      <div class="notice notice-success booking-confirmed" role="status">
        <span class="icon-check" aria-hidden="true" />
        <p>
          {t('booking.confirmed.body')} <strong>{t('booking.confirmed.codeIs')}</strong>{' '}
          <BookingCode code={props.booking.code} />
        </p>
      </div>
      <p>{t('booking.confirmed.keepCode')}</p>
      <BookingExtras booking={props.booking} />
      <PushOffer />
      <h2>{t('booking.confirmed.details')}</h2>
      <BookingDetails booking={props.booking} />
      <ErrorBoundary fallback={null}>
        <Suspense>
          <WhatToBring service={props.booking.service.slug} />
        </Suspense>
      </ErrorBoundary>
      <section aria-labelledby="booking-change-title">
        <h2 id="booking-change-title">{t('booking.confirmed.changeTitle')}</h2>
        {/* An appointment soon after booking may already be past the office's deadline for changes. */}
        <p>
          {t(props.booking.changeable ? 'booking.confirmed.changeBody' : 'booking.page.notChangeable', {
            until: formatDateTime(props.booking.changeableUntil, locale()),
          })}
        </p>
        <p class="actions">
          <a class="button button-primary" href={bookingPaths.booking(props.booking.code)}>
            {props.booking.changeable ? t('booking.confirmed.manage') : t('booking.card.open')}
          </a>
          <a class="button button-outline" href={bookingPaths.mine}>
            {t('booking.mine.link')}
          </a>
        </p>
      </section>
    </div>
  );
}

/** "Cosa serve" from the service page: what to bring to the appointment. */
export function WhatToBring(props: { service: string }) {
  const detail = createAsync(() => getService(props.service, locale()));
  return (
    <Switch>
      <Match when={detail()?.data.sections.requirements}>
        {(text) => (
          <section aria-labelledby="booking-bring-title">
            <h2 id="booking-bring-title">{t('booking.confirmed.bring')}</h2>
            <div class="rich-text">
              <RichText text={text()} />
            </div>
            <p>
              <a href={`/servizi/${props.service}#cosa-serve`}>{t('booking.confirmed.servicePage')}</a>
            </p>
          </section>
        )}
      </Match>
    </Switch>
  );
}
