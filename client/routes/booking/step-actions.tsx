import { Show } from 'solid-js';
import { t } from '../../lib/i18n';

/**
 * "Indietro" (a link to the previous step) and the form's submit button, as at the foot of every step;
 * `describedBy` names what a screen reader should hear with the button (what confirming commits to).
 */
export function StepActions(props: { back?: string; next?: string; pending?: boolean; describedBy?: string }) {
  return (
    <div class="step-actions">
      <Show when={props.back}>
        {(href) => (
          <a class="button button-outline" href={href()}>
            {t('booking.back')}
          </a>
        )}
      </Show>
      <button
        type="submit"
        class="button button-primary"
        aria-disabled={props.pending ? 'true' : undefined}
        aria-describedby={props.describedBy}
      >
        {props.pending ? t('booking.working') : (props.next ?? t('booking.next'))}
      </button>
    </div>
  );
}
