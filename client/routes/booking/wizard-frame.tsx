import { createAsync, useNavigate, useParams } from '@solidjs/router';
import { type JSX, Match, onMount, Show, Switch } from 'solid-js';
import type { BookableServicesOutput } from '../../../shared/booking/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { extendHold, getBookableServices } from '../../lib/booking';
import {
  dropHold,
  extendedHold,
  holdIsLive,
  updateWizard,
  type WizardState,
  wizardFor,
} from '../../lib/booking-wizard';
import { usePageTitle } from '../../lib/document';
import { locale, t } from '../../lib/i18n';
import { type BookingStep, bookingPaths } from '../../lib/paths';
import { HoldCountdown, type HoldExtension } from './hold-countdown';
import { StepProgress, stepName } from './step-progress';
import '../../styles/forms.css';
import '../../styles/booking.css';

export type BookableService = BookableServicesOutput['services'][number];

/** The wizard's state for the service in the address, and the service as booking.services lists it. */
export function useWizard() {
  const params = useParams();
  const slug = () => params.service ?? '';
  const services = createAsync(() => getBookableServices(locale()));
  return {
    slug,
    state: (): WizardState => wizardFor(slug()),
    /** undefined while loading, null when the service cannot be booked online. */
    service: (): BookableService | null | undefined => {
      const list = services();
      return list && (list.services.find((entry) => entry.slug === slug()) ?? null);
    },
  };
}

/**
 * The frame of every wizard step: breadcrumbs, the service, "Passo n di 5", the step's heading (which
 * takes the focus, so a screen reader starts from there) and, once a place is held, its countdown.
 */
export function WizardFrame(props: {
  step: BookingStep;
  service: BookableService;
  state: WizardState;
  children: JSX.Element;
}) {
  const navigate = useNavigate();
  let heading: HTMLHeadingElement | undefined;
  usePageTitle(() => `${stepName(props.step)} – ${props.service.title}`);
  onMount(() => heading?.focus({ preventScroll: true }));

  const expired = (notice = t('booking.hold.expired')) => {
    dropHold(props.service.slug, notice);
    navigate(bookingPaths.step(props.service.slug, 'data'));
  };

  const extend = async (): Promise<HoldExtension> => {
    const hold = props.state.hold;
    if (!hold) throw new Error('no place is held');
    const { expiresAt } = await extendHold(hold);
    const extended = extendedHold(hold, expiresAt);
    updateWizard(props.service.slug, { hold: extended });
    return { expiresAt, atLimit: extended.atLimit === true };
  };

  return (
    <div class="container booking-page" data-page={`booking-${props.step}`}>
      <Breadcrumbs items={[{ label: t('booking.title'), href: bookingPaths.start }, { label: props.service.title }]} />
      <p class="page-kicker">{t('booking.title')}</p>
      <h1>{props.service.title}</h1>
      <StepProgress step={props.step} />
      <h2 class="booking-step-title" tabindex="-1" ref={heading}>
        {stepName(props.step)}
      </h2>
      <Show when={props.step !== 'luogo' && props.step !== 'data' && props.state.hold}>
        {(hold) => <HoldCountdown hold={hold()} onExtend={extend} onExpired={expired} />}
      </Show>
      {props.children}
    </div>
  );
}

/** The service cannot be booked online: say so, and point to its page. */
export function NotBookable(props: { slug: string }) {
  usePageTitle(() => t('booking.notBookableTitle'));
  return (
    <div class="container page-message">
      <h1>{t('booking.notBookableTitle')}</h1>
      <p>{t('booking.notBookableBody')}</p>
      <p class="actions">
        <a class="button button-primary" href={bookingPaths.start}>
          {t('booking.chooseService')}
        </a>
        <a class="button button-outline" href={`/servizi/${props.slug}`}>
          {t('booking.servicePage')}
        </a>
      </p>
    </div>
  );
}

/**
 * Steps 3 to 5 need a live hold. Without one the person goes back to choosing a time, told why when
 * a hold ran out; after the confirmation, back to the confirmation page.
 */
export function holdRedirect(slug: string, state: WizardState): string | undefined {
  if (state.confirmed) return bookingPaths.step(slug, 'conferma');
  if (holdIsLive(state.hold)) return undefined;
  return bookingPaths.step(slug, 'data');
}

export function LeaveStep(props: { slug: string; href: string; expired: boolean }) {
  const navigate = useNavigate();
  onMount(() => {
    if (props.expired) dropHold(props.slug, t('booking.hold.expired'));
    navigate(props.href, { replace: true });
  });
  return null;
}

/**
 * The guard of the steps after a place is held: a service that cannot be booked, a hold that is gone (or
 * a booking already confirmed), or an earlier step left unfinished (`unfinished` names where to go) send
 * the citizen elsewhere; otherwise the step itself.
 */
export function HeldStep(props: {
  wizard: ReturnType<typeof useWizard>;
  unfinished?: () => string | undefined;
  children: (service: () => BookableService) => JSX.Element;
}) {
  const { wizard } = props;
  return (
    <Switch>
      <Match when={wizard.service() === null}>
        <NotBookable slug={wizard.slug()} />
      </Match>
      <Match when={wizard.service() && holdRedirect(wizard.slug(), wizard.state())}>
        {(href) => (
          <LeaveStep
            slug={wizard.slug()}
            href={href()}
            expired={Boolean(wizard.state().hold) && !wizard.state().confirmed}
          />
        )}
      </Match>
      <Match when={wizard.service() && props.unfinished?.()}>
        {(href) => <LeaveStep slug={wizard.slug()} href={href()} expired={false} />}
      </Match>
      <Match when={wizard.service()}>{(service) => props.children(service)}</Match>
    </Switch>
  );
}
