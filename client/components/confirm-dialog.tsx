import { createEffect, createUniqueId, type JSX } from 'solid-js';
import { t } from '../lib/i18n';
import '../styles/forms.css';

/**
 * "Are you sure?" before something that cannot be undone, as a modal <dialog>: the browser traps focus
 * inside, Escape cancels, and focus returns to the button that opened it.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  /** The button that closes without doing anything; "Annulla" unless that would read as the action. */
  dismissLabel?: string;
  pending?: boolean;
  /** A form inside the dialog: the confirm button submits it (Enter in its fields does too). */
  formId?: string;
  /** Called by the confirm button when there is no form. */
  onConfirm?: () => void;
  onCancel: () => void;
}) {
  const id = createUniqueId();
  let dialog: HTMLDialogElement | undefined;

  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    else if (!props.open && dialog.open) dialog.close();
  });

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => {
        if (props.open) props.onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-body`}>{props.children}</div>
      <div class="actions">
        <button
          type={props.formId ? 'submit' : 'button'}
          form={props.formId}
          class="button button-danger"
          disabled={props.pending}
          onClick={() => {
            if (!props.formId) props.onConfirm?.();
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" class="button button-outline" autofocus={!props.formId} onClick={() => props.onCancel()}>
          {props.dismissLabel ?? t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
