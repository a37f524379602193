import { createAsync, Navigate, useNavigate } from '@solidjs/router';
import { createMemo, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { FormFeedback } from '../../components/form-feedback';
import { getAvailability, holdPlace, refreshAvailability, releaseHold } from '../../lib/booking';
import { holdIsLive, updateWizard } from '../../lib/booking-wizard';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { firstOfMonth, lastOfMonth, monthOf } from '../../lib/month-grid';
import { bookingPaths } from '../../lib/paths';
import { CancelDeadline } from './cancel-deadline';
import { SlotPicker } from './slot-picker';
import { StepActions } from './step-actions';
import { NotBookable, useWizard, WizardFrame } from './wizard-frame';

/**
 * Step 2, Data e orario. Continuing takes a hold on the chosen time: from then on the place is the
 * citizen's for a few minutes while the form is filled in. A time taken meanwhile by someone else
 * (SLOT_FULL) shows the server's message, which names the nearest free times, and reloads the grid.
 */
export default function DateStep() {
  const wizard = useWizard();
  const navigate = useNavigate();
  const form = createFormState();
  // Why the person was sent back here (hold expired, place taken): shown once, then forgotten.
  const [notice] = createSignal(wizard.state().notice);
  onMount(() => {
    if (wizard.state().notice) updateWizard(wizard.slug(), { notice: undefined });
  });

  const office = () => {
    const chosen = wizard.state().office;
    if (chosen) return chosen;
    const offices = wizard.service()?.offices ?? [];
    return offices.length === 1 ? offices[0]?.slug : undefined;
  };

  // The office's rules, from the month the picker shows the chosen day in (the same request, shared).
  // Memos: only a change of month or office asks again, never the rest of the wizard's state.
  const chosenMonth = createMemo(() => {
    const date = wizard.state().date;
    return date ? monthOf(date) : undefined;
  });
  const chosenOffice = createMemo(office);
  const rules = createAsync(async () => {
    const month = chosenMonth();
    const place = chosenOffice();
    if (!month || !place) return undefined;
    const found = await getAvailability(wizard.slug(), place, firstOfMonth(month), lastOfMonth(month), locale());
    return found.offices.find((entry) => entry.office.slug === place);
  });
  /** With a time chosen: until when it could be cancelled or moved online. */
  const changeRules = () => {
    const start = wizard.state().start;
    const known = rules();
    return start && known
      ? { start, minutes: known.cancelDeadlineMinutes, timeZone: known.office.timeZone }
      : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const state = wizard.state();
    const place = office();
    if (!place || !state.start) return form.fail(t('booking.time.missing'));
    const hold = state.hold;
    if (holdIsLive(hold) && hold?.start === state.start && hold.office === place) {
      return navigate(bookingPaths.step(wizard.slug(), 'dettagli'));
    }
    const start = state.start;
    const known = rules();
    const ok = await form.run(async () => {
      const taken = await holdPlace({ service: wizard.slug(), office: place, start });
      const holdMs = Date.parse(taken.expiresAt) - Date.now();
      // Only one place at a time: the one held for the time chosen before goes back to others.
      if (holdIsLive(hold) && hold) releaseHold(hold);
      updateWizard(wizard.slug(), {
        office: place,
        date: taken.localDate,
        start: taken.start,
        hold: {
          ...taken,
          office: place,
          holdMs,
          ...(known?.office.slug === place && {
            cancelDeadlineMinutes: known.cancelDeadlineMinutes,
            timeZone: known.office.timeZone,
          }),
        },
        idempotencyKey: crypto.randomUUID(),
      });
    });
    if (ok) navigate(bookingPaths.step(wizard.slug(), 'dettagli'));
    else if (form.code() === 'SLOT_FULL') {
      updateWizard(wizard.slug(), { start: undefined });
      void refreshAvailability();
    }
  };

  return (
    <Switch>
      <Match when={wizard.service() === null}>
        <NotBookable slug={wizard.slug()} />
      </Match>
      <Match when={wizard.service() && (!office() || wizard.state().confirmed)}>
        <Navigate href={bookingPaths.step(wizard.slug(), 'luogo')} />
      </Match>
      <Match when={wizard.service()}>
        {(service) => (
          <WizardFrame step="data" service={service()} state={wizard.state()}>
            <Show when={notice()}>{(text) => <p class="notice notice-error">{text()}</p>}</Show>
            <p>{t('booking.date.intro')}</p>
            <form noValidate onSubmit={(event) => void submit(event)}>
              <SlotPicker
                service={wizard.slug()}
                office={office() ?? ''}
                date={wizard.state().date}
                start={wizard.state().start}
                waitlist
                onDate={(date) => updateWizard(wizard.slug(), { date, start: undefined })}
                onStart={(start) => updateWizard(wizard.slug(), { start })}
              />
              <Show when={changeRules()}>
                {(chosen) => (
                  <CancelDeadline
                    id="booking-cancel-deadline"
                    start={chosen().start}
                    minutes={chosen().minutes}
                    timeZone={chosen().timeZone}
                  />
                )}
              </Show>
              <FormFeedback error={form.error()} />
              <StepActions back={bookingPaths.step(wizard.slug(), 'luogo')} pending={form.pending()} />
            </form>
          </WizardFrame>
        )}
      </Match>
    </Switch>
  );
}
