import { useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { updateWizard } from '../../lib/booking-wizard';
import { type MessageKey, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import { StepActions } from './step-actions';
import { HeldStep, useWizard, WizardFrame } from './wizard-frame';

/** The reasons offered in the select; "altro" asks for the reason in words. */
export const reasonKeys: Record<string, MessageKey> = {
  prima: 'booking.reason.first',
  rinnovo: 'booking.reason.renewal',
  informazioni: 'booking.reason.info',
  altro: 'booking.reason.other',
};

/** The reason as the office reads it: the choice, and the citizen's words when given. */
export function reasonText(choice: string | undefined, text: string | undefined): string {
  const key = choice ? reasonKeys[choice] : undefined;
  const words = text?.trim() ?? '';
  if (!key) return words.slice(0, 200);
  if (choice === 'altro' && words) return words.slice(0, 200);
  return (words ? `${t(key)}: ${words}` : t(key)).slice(0, 200);
}

/** Step 3, Dettagli: why the appointment (a choice, or free words) and optional notes for the office. */
export default function DetailsStep() {
  const wizard = useWizard();
  const navigate = useNavigate();
  const [choice, setChoice] = createSignal(wizard.state().reasonChoice ?? '');
  const [errors, setErrors] = createSignal<{ choice?: string; text?: string }>({});

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const reasonChoice = String(data.get('reasonChoice') ?? '');
    const reasonText = String(data.get('reasonText') ?? '').trim();
    const found = {
      choice: reasonChoice ? undefined : t('booking.reason.missing'),
      text: reasonChoice === 'altro' && !reasonText ? t('booking.reason.textMissing') : undefined,
    };
    setErrors(found);
    if (found.choice || found.text) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    updateWizard(wizard.slug(), { reasonChoice, reasonText, notes: String(data.get('notes') ?? '').trim() });
    navigate(bookingPaths.step(wizard.slug(), 'richiedente'));
  };

  return (
    <HeldStep wizard={wizard}>
      {(service) => (
        <WizardFrame step="dettagli" service={service()} state={wizard.state()}>
          <form noValidate onSubmit={submit}>
            <div class="field" classList={{ 'field-invalid': Boolean(errors().choice) }}>
              <label for="booking-reason">{t('booking.reason.label')}</label>
              <select
                id="booking-reason"
                name="reasonChoice"
                required
                aria-invalid={errors().choice ? true : undefined}
                aria-describedby={errors().choice ? 'booking-reason-error' : undefined}
                onChange={(event) => setChoice(event.currentTarget.value)}
              >
                <option value="" selected={!choice()}>
                  {t('booking.reason.placeholder')}
                </option>
                <For each={Object.entries(reasonKeys)}>
                  {([value, key]) => (
                    <option value={value} selected={choice() === value}>
                      {t(key)}
                    </option>
                  )}
                </For>
              </select>
              <FieldError id="booking-reason-error" text={errors().choice} />
            </div>
            <div class="field" classList={{ 'field-invalid': Boolean(errors().text) }}>
              <label for="booking-reason-text">
                {choice() === 'altro' ? t('booking.reason.textLabelRequired') : t('booking.reason.textLabel')}
              </label>
              <input
                id="booking-reason-text"
                name="reasonText"
                class="text-input"
                maxLength={150}
                value={wizard.state().reasonText ?? ''}
                aria-invalid={errors().text ? true : undefined}
                aria-describedby={errors().text ? 'booking-reason-text-error' : undefined}
              />
              <FieldError id="booking-reason-text-error" text={errors().text} />
            </div>
            <div class="field">
              <label for="booking-notes">{t('booking.notes.label')}</label>
              <p class="field-hint" id="booking-notes-hint">
                {t('booking.notes.hint')}
              </p>
              <textarea
                id="booking-notes"
                name="notes"
                class="text-input"
                rows={4}
                maxLength={1000}
                aria-describedby="booking-notes-hint"
                value={wizard.state().notes ?? ''}
              />
            </div>
            <StepActions back={bookingPaths.step(wizard.slug(), 'data')} />
          </form>
        </WizardFrame>
      )}
    </HeldStep>
  );
}

export function FieldError(props: { id: string; text?: string }) {
  return (
    <Show when={props.text}>
      <p class="field-error" id={props.id}>
        <span class="icon-error" aria-hidden="true" />
        {props.text}
      </p>
    </Show>
  );
}
