import { createAsync, Navigate, useLocation, useNavigate, useParams } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { Me } from '../../../shared/auth/api';
import type { OfferOutput } from '../../../shared/booking/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { FormFeedback } from '../../components/form-feedback';
import { getMe } from '../../lib/auth';
import { confirmBooking, getOffer } from '../../lib/booking';
import { formatFullDay } from '../../lib/booking-format';
import { usePageTitle } from '../../lib/document';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { signInHref } from '../../lib/return-path';
import {
  type ApplicantErrors,
  ApplicantFields,
  applicantErrors,
  applicantFromProfile,
  applicantInput,
  readApplicant,
} from './applicant-fields';
import { HoldCountdown } from './hold-countdown';
import '../../styles/forms.css';
import '../../styles/booking.css';

/**
 * /prenota/offerta/:holdId — a place freed on a day the citizen was waiting for, kept for them for a
 * while (the inbox message links here). Only its recipient, signed in, can see and confirm it.
 */
export default function OfferPage() {
  usePageTitle(() => t('booking.offer.title'));
  const params = useParams();
  const location = useLocation();
  const me = createAsync(() => getMe());
  const offer = createAsync(async () => (me() ? getOffer(params.holdId ?? '', locale()) : undefined));

  return (
    <div class="container booking-page narrow-page" data-page="booking-offer">
      <Breadcrumbs
        items={[{ label: t('booking.mine.title'), href: bookingPaths.mine }, { label: t('booking.offer.title') }]}
      />
      <h1>{t('booking.offer.title')}</h1>
      <Switch>
        <Match when={me() === null}>
          <Navigate href={signInHref(location.pathname)} />
        </Match>
        <Match when={me() && offer()}>
          <OfferForm offer={offer() as OfferOutput} me={me() as Me} />
        </Match>
      </Switch>
    </div>
  );
}

function OfferForm(props: { offer: OfferOutput; me: Me }) {
  const navigate = useNavigate();
  const form = createFormState();
  const [errors, setErrors] = createSignal<ApplicantErrors>({});
  const [expired, setExpired] = createSignal(Date.parse(props.offer.expiresAt) <= Date.now());
  const key = crypto.randomUUID();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (expired()) return;
    const element = event.currentTarget as HTMLFormElement;
    const draft = readApplicant(element);
    const found = applicantErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    void form.run(async () => {
      const booking = await confirmBooking({
        idempotencyKey: key,
        place: { kind: 'hold', holdId: props.offer.holdId },
        applicant: applicantInput(draft),
      });
      navigate(bookingPaths.booking(booking.code), { state: { done: t('booking.offer.done') } });
    });
  };

  return (
    <>
      <p class="lead">
        {t('booking.offer.intro', {
          service: props.offer.service.title,
          office: props.offer.office.name,
          day: formatFullDay(props.offer.localDate, locale()),
          time: props.offer.localTime,
        })}
      </p>
      <p>{props.offer.office.address}</p>
      <Show when={!expired()} fallback={<p class="notice notice-error">{t('booking.offer.expired')}</p>}>
        <HoldCountdown hold={props.offer} onExpired={() => setExpired(true)} />
        <form noValidate onSubmit={submit}>
          <ApplicantFields initial={applicantFromProfile(props.me)} errors={errors()} />
          <FormFeedback error={form.error()} />
          <button type="submit" class="button button-primary">
            {form.pending() ? t('booking.working') : t('booking.confirm')}
          </button>
        </form>
      </Show>
      <p>
        <a href={bookingPaths.mine}>{t('booking.mine.link')}</a>
      </p>
    </>
  );
}
