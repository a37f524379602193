import { createAsync, useNavigate } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { FormFeedback } from '../../components/form-feedback';
import { type BookingRecord, getBooking, refreshAvailability, rescheduleBooking } from '../../lib/booking';
import { formatDay } from '../../lib/booking-format';
import { usePageTitle } from '../../lib/document';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { useBookingCode } from './booking-page';
import { FindBookingForm } from './find-booking-form';
import { SlotPicker } from './slot-picker';
import { StepActions } from './step-actions';
import { WaitingChange, waitingChange } from './waiting-change';
import '../../styles/forms.css';
import '../../styles/booking.css';

/**
 * /prenotazioni/:code/sposta — another time for the same service at the same office, with the same
 * picker as the wizard. The server takes the new place before it frees the old one, in one go.
 */
export default function ReschedulePage() {
  usePageTitle(() => t('booking.reschedule.title'));
  const code = useBookingCode();
  const record = createAsync(() => getBooking(code(), locale()));

  return (
    <div class="container booking-page" data-page="booking-reschedule">
      <Breadcrumbs
        items={[
          { label: t('booking.mine.title'), href: bookingPaths.mine },
          { label: t('booking.page.title'), href: bookingPaths.booking(code()) },
          { label: t('booking.reschedule.title') },
        ]}
      />
      <h1>{t('booking.reschedule.title')}</h1>
      <Switch>
        <Match when={record() === null}>
          <p class="notice">{t('booking.page.needEmail')}</p>
          <FindBookingForm code={code()} />
        </Match>
        <Match when={record() && waitingChange(code())}>
          <WaitingChange code={code()} />
          <p>
            <a href={bookingPaths.booking(code())}>{t('booking.reschedule.backToBooking')}</a>
          </p>
        </Match>
        <Match when={record() && !(record()?.data.status === 'confirmed' && record()?.data.changeable)}>
          <p class="notice">{t('booking.reschedule.notPossible')}</p>
          <p>
            <a href={bookingPaths.booking(code())}>{t('booking.reschedule.backToBooking')}</a>
          </p>
        </Match>
        <Match when={record()}>{(found) => <MoveForm record={found()} />}</Match>
      </Switch>
    </div>
  );
}

function MoveForm(props: { record: BookingRecord }) {
  const navigate = useNavigate();
  const form = createFormState();
  const booking = () => props.record.data;
  const [date, setDate] = createSignal<string>();
  const [start, setStart] = createSignal<string>();
  // One key per chosen time: a retry of the same move is recognised, a different time is a new request.
  let attempt: { start: string; key: string } | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const wanted = start();
    if (!wanted) return form.fail(t('booking.time.missing'));
    if (attempt?.start !== wanted) attempt = { start: wanted, key: crypto.randomUUID() };
    const key = attempt.key;
    const ok = await form.run(async () => {
      const sent = await rescheduleBooking(booking(), props.record.email, key, wanted);
      const done = sent.queued
        ? t('booking.reschedule.queued')
        : t('booking.reschedule.done', {
            day: formatDay(sent.result.localDate, locale()),
            time: sent.result.localTime,
          });
      navigate(bookingPaths.booking(booking().code), { state: { done } });
    });
    if (!ok && form.code() === 'SLOT_FULL') {
      setStart(undefined);
      void refreshAvailability();
    }
  };

  return (
    <>
      <p class="lead">
        {t('booking.reschedule.intro', {
          service: booking().service.title,
          office: booking().office.name,
          day: formatDay(booking().localDate, locale()),
          time: booking().localTime,
        })}
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <SlotPicker
          service={booking().service.slug}
          office={booking().office.slug}
          date={date()}
          start={start()}
          current={booking().start}
          onDate={(chosen) => {
            setDate(chosen);
            setStart(undefined);
          }}
          onStart={setStart}
        />
        <FormFeedback error={form.error()} />
        <StepActions
          back={bookingPaths.booking(booking().code)}
          next={t('booking.reschedule.submit')}
          pending={form.pending()}
        />
      </form>
    </>
  );
}
