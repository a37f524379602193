import { createAsync } from '@solidjs/router';
import { createSignal, Index, Show, startTransition } from 'solid-js';
import type { BookingView } from '../../../shared/booking/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { FormFeedback } from '../../components/form-feedback';
import { getMe } from '../../lib/auth';
import { type BookingRecord, forgetBookingHere, getDeviceBookings, getMyBookings } from '../../lib/booking';
import { usePageTitle } from '../../lib/document';
import { locale, t } from '../../lib/i18n';
import type { Fetched } from '../../lib/offline';
import { bookingPaths } from '../../lib/paths';
import { BookingCard } from './booking-card';
import { FindBookingForm } from './find-booking-form';
import { WaitlistList } from './waitlist-list';
import '../../styles/forms.css';
import '../../styles/booking.css';

/**
 * /prenotazioni, "Le mie prenotazioni". A signed-in citizen sees theirs from the server (offline, as last
 * read on this device); on any device, the bookings made here as a guest (kept in IndexedDB) are listed
 * too, read again from the server. Any other booking can be found by code and email. Each can be
 * cancelled or moved from here, offline too: the change then waits to be sent.
 */
export default function MyBookings() {
  usePageTitle(() => t('booking.mine.title'));
  const me = createAsync(() => getMe().catch(() => null));
  const [showAll, setShowAll] = createSignal(false);
  const mine = createAsync(async () =>
    me() ? recordsOf(await getMyBookings(showAll() ? 'all' : 'upcoming', locale())) : [],
  );
  const device = createAsync(() => getDeviceBookings(locale()));
  const [done, setDone] = createSignal<string>();
  const [failure, setFailure] = createSignal<string>();

  // Bookings already in the account's list are not repeated among this device's ones.
  const deviceOnly = () => {
    const codes = new Set((mine() ?? []).map((record) => record.data.code));
    return (device() ?? []).filter((record) => !codes.has(record.data.code));
  };
  let heading: HTMLHeadingElement | undefined;
  const report = {
    onDone: (message: string) => {
      setFailure(undefined);
      setDone(message);
      // The booking's card may have left the list (no longer upcoming): then focus goes to the top.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) heading?.focus();
      });
    },
    onError: (message: string) => {
      setDone(undefined);
      setFailure(message);
    },
  };

  return (
    <div class="container booking-page" data-page="my-bookings">
      <Breadcrumbs items={[{ label: t('booking.mine.title') }]} />
      <h1 tabindex="-1" ref={heading}>
        {t('booking.mine.title')}
      </h1>
      <p class="lead">{me() ? t('booking.mine.introSignedIn') : t('booking.mine.introGuest')}</p>
      <p>
        <a class="button button-primary" href={bookingPaths.start}>
          {t('book.cta')}
        </a>
      </p>
      <FormFeedback error={failure()} done={done()} />
      <Show when={me()}>
        <section aria-labelledby="my-bookings-account">
          <h2 id="my-bookings-account">{t('booking.mine.account')}</h2>
          <div class="choice">
            <input
              type="checkbox"
              id="my-bookings-all"
              checked={showAll()}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                // A transition keeps the list (and the focus on this box) while the other list loads.
                void startTransition(() => setShowAll(checked));
              }}
            />
            <label for="my-bookings-all">{t('booking.mine.showAll')}</label>
          </div>
          <BookingList records={mine() ?? []} empty={t('booking.mine.empty')} {...report} />
        </section>
        <WaitlistList />
      </Show>
      <Show when={!me() || deviceOnly().length > 0}>
        <section aria-labelledby="my-bookings-device">
          <h2 id="my-bookings-device">{t('booking.device.title')}</h2>
          <p>{t('booking.device.intro')}</p>
          <BookingList
            records={deviceOnly()}
            empty={t('booking.device.empty')}
            onForget={(code) => void forgetBookingHere(code)}
            {...report}
          />
        </section>
      </Show>
      <FindBookingForm />
    </div>
  );
}

/** Each booking of the list, read when the list was (from the server, or from this device offline). */
function recordsOf(list: Fetched<BookingView[]>): BookingRecord[] {
  return list.data.map((data) => ({ data, fetchedAt: list.fetchedAt, fromCache: list.fromCache }));
}

function BookingList(props: {
  records: BookingRecord[];
  empty: string;
  onDone: (message: string) => void;
  onError: (message: string) => void;
  onForget?: (code: string) => void;
}) {
  return (
    <Show when={props.records.length > 0} fallback={<p class="empty">{props.empty}</p>}>
      <ul class="card-grid booking-list">
        {/* By position: a card stays in place (and keeps the focus) while its booking is read again. */}
        <Index each={props.records}>
          {(record) => (
            <li>
              <BookingCard
                record={record()}
                onDone={props.onDone}
                onError={props.onError}
                onForget={props.onForget ? () => props.onForget?.(record().data.code) : undefined}
              />
            </li>
          )}
        </Index>
      </ul>
    </Show>
  );
}
