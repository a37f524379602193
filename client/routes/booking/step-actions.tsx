import { Show } from 'solid-js';
import { t } from '../../lib/i18n';

/** "Indietro" (a link to the previous step) and the form's submit button, as at the foot of every step. */
export function StepActions(props: { back?: string; next?: string; pending?: boolean }) {
  return (
    <div class="step-actions">
      <Show when={props.back}>
        {(href) => (
          <a class="button button-outline" href={href()}>
            {t('booking.back')}
          </a>
        )}
      </Show>
      <button type="submit" class="button button-primary" aria-disabled={props.pending ? 'true' : undefined}>
        {props.pending ? t('booking.working') : (props.next ?? t('booking.next'))}
      </button>
    </div>
  );
}
