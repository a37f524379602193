import { For, Show } from 'solid-js';
import { type MessageKey, t } from '../../lib/i18n';
import { type BookingStep, bookingSteps } from '../../lib/paths';

const stepNames: Record<BookingStep, MessageKey> = {
  luogo: 'booking.step.luogo',
  data: 'booking.step.data',
  dettagli: 'booking.step.dettagli',
  richiedente: 'booking.step.richiedente',
  riepilogo: 'booking.step.riepilogo',
};

export function stepName(step: BookingStep): string {
  return t(stepNames[step]);
}

/**
 * "Passo 2 di 5" and the list of steps, the current one marked with aria-current="step" and the done
 * ones with a check and the word "completato": never by colour alone.
 */
export function StepProgress(props: { step: BookingStep }) {
  const index = () => bookingSteps.indexOf(props.step);
  return (
    <nav class="step-progress" aria-labelledby="step-progress-count">
      <p class="step-progress-count" id="step-progress-count">
        {t('booking.progress', { current: index() + 1, total: bookingSteps.length })}
      </p>
      <ol>
        <For each={bookingSteps}>
          {(step, position) => (
            <li
              classList={{ 'step-done': position() < index(), 'step-current': position() === index() }}
              aria-current={position() === index() ? 'step' : undefined}
            >
              <span class="step-number" aria-hidden="true">
                {position() < index() ? '✓' : position() + 1}
              </span>
              <span class="step-name">{stepName(step)}</span>
              <Show when={position() < index()}>
                <span class="sr-only"> ({t('booking.stepDone')})</span>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}
