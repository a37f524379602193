import { Show } from 'solid-js';
import { t } from '../lib/i18n';
import '../styles/forms.css';

/**
 * The outcome of a form: a failure in an alert region, a confirmation in a status region. Both regions
 * are always in the page, so screen readers announce the text the moment it appears.
 */
export function FormFeedback(props: { error?: string; done?: string }) {
  return (
    <>
      <div role="alert" class="feedback-region">
        <Show when={props.error}>
          <p class="notice notice-error">
            <span class="icon-error" aria-hidden="true" />
            <span>
              <strong>{t('form.errorPrefix')}</strong> {props.error}
            </span>
          </p>
        </Show>
      </div>
      <div role="status" class="feedback-region">
        <Show when={props.done}>
          <p class="notice notice-success">
            <span class="icon-check" aria-hidden="true" />
            <span>{props.done}</span>
          </p>
        </Show>
      </div>
    </>
  );
}
