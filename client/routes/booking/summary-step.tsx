import { createAsync, useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { FormFeedback } from '../../components/form-feedback';
import { confirmBooking, refreshAvailability } from '../../lib/booking';
import { formatFullDay } from '../../lib/booking-format';
import { dropHold, finishWizard, type WizardState } from '../../lib/booking-wizard';
import { getService } from '../../lib/catalog';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { type BookingStep, bookingPaths } from '../../lib/paths';
import { applicantInput } from './applicant-fields';
import { CancelDeadline } from './cancel-deadline';
import { reasonText } from './details-step';
import { modeName } from './mode';
import { StepActions } from './step-actions';
import { stepName } from './step-progress';
import { type BookableService, HeldStep, useWizard, WizardFrame } from './wizard-frame';

/** Answers after which the held place is gone: choose a time again (the message says which times are free). */
const placeLost = new Set(['SLOT_FULL', 'HOLD_EXPIRED', 'HOLD_NOT_FOUND']);

type Row = { label: string; value: string };

/** The office's rule for changes, kept with the hold when it was taken (absent in a wizard saved before). */
function changeRules(state: WizardState) {
  const hold = state.hold;
  if (hold?.cancelDeadlineMinutes === undefined || !hold.timeZone) return undefined;
  return { start: hold.start, minutes: hold.cancelDeadlineMinutes, timeZone: hold.timeZone };
}

/**
 * Step 5, Riepilogo: everything chosen, each part with a link to change it, and "Conferma". The
 * confirmation carries the wizard's idempotency key, so a retry after a lost answer books only once.
 */
export default function SummaryStep() {
  const wizard = useWizard();
  const navigate = useNavigate();
  const form = createFormState();
  const detail = createAsync(() => getService(wizard.slug(), locale()).catch(() => undefined));

  const confirm = async (event: SubmitEvent) => {
    event.preventDefault();
    const state = wizard.state();
    const { hold, applicant, idempotencyKey } = state;
    if (!hold || !applicant || !idempotencyKey) return;
    const ok = await form.run(async () => {
      const booking = await confirmBooking({
        idempotencyKey,
        place: { kind: 'hold', holdId: hold.holdId, secret: hold.secret },
        applicant: applicantInput(applicant),
        reason: reasonText(state.reasonChoice, state.reasonText),
        notes: state.notes ?? '',
      });
      // The step then leaves for the confirmation page by itself (holdRedirect).
      finishWizard(wizard.slug(), booking);
    });
    if (!ok && placeLost.has(form.code() ?? '')) {
      dropHold(wizard.slug(), form.error());
      void refreshAvailability();
      navigate(bookingPaths.step(wizard.slug(), 'data'));
    }
  };

  const sections = (service: BookableService, state: WizardState): { step: BookingStep; rows: Row[] }[] => {
    const office = service.offices.find((entry) => entry.slug === state.hold?.office);
    const address = detail()?.data.offices.find((entry) => entry.slug === office?.slug)?.address;
    const applicant = state.applicant;
    return [
      {
        step: 'luogo',
        rows: [
          { label: t('booking.summary.office'), value: office?.name ?? '' },
          ...(address ? [{ label: t('booking.summary.address'), value: `${address.street}, ${address.city}` }] : []),
          { label: t('booking.summary.mode'), value: office ? modeName(office.mode) : '' },
        ],
      },
      {
        step: 'data',
        rows: [
          { label: t('booking.summary.date'), value: formatFullDay(state.hold?.localDate ?? '', locale()) },
          { label: t('booking.summary.time'), value: state.hold?.localTime ?? '' },
        ],
      },
      {
        step: 'dettagli',
        rows: [
          { label: t('booking.summary.reason'), value: reasonText(state.reasonChoice, state.reasonText) },
          { label: t('booking.summary.notes'), value: state.notes || t('booking.summary.none') },
        ],
      },
      {
        step: 'richiedente',
        rows: [
          { label: t('booking.summary.name'), value: `${applicant?.givenName ?? ''} ${applicant?.familyName ?? ''}` },
          { label: t('booking.summary.email'), value: applicant?.email ?? '' },
          { label: t('booking.summary.phone'), value: applicant?.phone || t('booking.summary.none') },
          { label: t('booking.summary.fiscalCode'), value: applicant?.fiscalCode || t('booking.summary.none') },
        ],
      },
    ];
  };

  return (
    <HeldStep
      wizard={wizard}
      unfinished={() => (wizard.state().applicant ? undefined : bookingPaths.step(wizard.slug(), 'richiedente'))}
    >
      {(service) => (
        <WizardFrame step="riepilogo" service={service()} state={wizard.state()}>
          <p>{t('booking.summary.intro')}</p>
          <For each={sections(service(), wizard.state())}>
            {(section) => (
              <section class="summary-section" aria-labelledby={`summary-${section.step}`}>
                <h3 id={`summary-${section.step}`}>{stepName(section.step)}</h3>
                <dl class="summary-list">
                  <For each={section.rows}>
                    {(row) => (
                      <>
                        <dt>{row.label}</dt>
                        <dd>{row.value}</dd>
                      </>
                    )}
                  </For>
                </dl>
                <p>
                  <a href={bookingPaths.step(wizard.slug(), section.step)}>
                    {t('booking.summary.change')}
                    <span class="sr-only">: {stepName(section.step)}</span>
                  </a>
                </p>
              </section>
            )}
          </For>
          <form noValidate onSubmit={(event) => void confirm(event)}>
            <Show when={changeRules(wizard.state())}>
              {(rules) => (
                <CancelDeadline
                  id="booking-cancel-deadline"
                  start={rules().start}
                  minutes={rules().minutes}
                  timeZone={rules().timeZone}
                />
              )}
            </Show>
            <FormFeedback error={form.error()} />
            <Show when={form.code() === 'INVALID_INPUT'}>
              <p>
                <a href={bookingPaths.step(wizard.slug(), 'richiedente')}>{t('booking.summary.fixApplicant')}</a>
              </p>
            </Show>
            <StepActions
              back={bookingPaths.step(wizard.slug(), 'richiedente')}
              next={t('booking.confirm')}
              pending={form.pending()}
              describedBy={changeRules(wizard.state()) ? 'booking-cancel-deadline' : undefined}
            />
          </form>
        </WizardFrame>
      )}
    </HeldStep>
  );
}
