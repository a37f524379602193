import { createSignal, For, Show } from 'solid-js';
import type { StaffRequestDetail } from '../../../shared/requests/api';
import { isSettled, needsMessage, type RequestStatus } from '../../../shared/requests/status';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { moveRequest, type QueueStatus, refreshRequest, takeRequest } from '../../lib/desk';
import { createFormState } from '../../lib/form-state';
import { locale, type MessageKey, t } from '../../lib/i18n';
import { actionLabel, confirmQuestion, statusLabel } from './labels';

type Report = { onDone: (message: string) => void; onError: (message: string) => void };
type WorkProps = Report & { office: string; request: StaffRequestDetail };

const protocolOf = (request: StaffRequestDetail) => request.protocolNumber ?? t('desk.queue.noProtocol');

/** Why the message cannot be empty, for the moves that must say something to the citizen. */
const messageRequired: Partial<Record<RequestStatus, MessageKey>> = {
  needs_info: 'desk.work.messageRequired.needs_info',
  rejected: 'desk.work.messageRequired.rejected',
};

/** "Prendi in carico", while nobody has the request and it is still open. */
export function TakeButton(props: WorkProps) {
  const form = createFormState();
  const take = async () => {
    const ok = await form.run(() => takeRequest(props.office, props.request.id, locale()));
    if (ok) props.onDone(t('desk.work.taken', { protocol: protocolOf(props.request) }));
    else {
      props.onError(form.error() ?? '');
      // The server refused (someone took it first): show the request as it now is.
      if (form.code()) void refreshRequest();
    }
  };
  return (
    <Show when={!props.request.assignee && !isSettled(props.request.status)}>
      <div class="staff-take">
        <button type="button" class="button button-primary button-small" onClick={() => void take()}>
          {t('desk.work.take')}
        </button>
      </div>
    </Show>
  );
}

/**
 * The moves staff may make now (nextStatuses, from the server), one button each, sharing one message to
 * the citizen. The message is checked where the move needs one, then a dialog asks to confirm.
 */
export function MoveForm(props: WorkProps) {
  const form = createFormState();
  const [fieldError, setFieldError] = createSignal<string>();
  const [chosen, setChosen] = createSignal<{ to: QueueStatus; message?: string }>();
  let textarea: HTMLTextAreaElement | undefined;

  const prepare = (event: SubmitEvent) => {
    event.preventDefault();
    const value = (event.submitter as HTMLButtonElement | null)?.value;
    const to = props.request.nextStatuses.find(
      (status): status is QueueStatus => status !== 'draft' && status === value,
    );
    if (!to) return;
    const message = textarea?.value.trim() ?? '';
    const required = messageRequired[to];
    if (required && !message) {
      setFieldError(t(required));
      textarea?.focus();
      return;
    }
    setFieldError(undefined);
    setChosen({ to, message: message || undefined });
  };

  const confirm = async () => {
    const move = chosen();
    if (!move) return;
    const ok = await form.run(() => moveRequest(props.office, props.request.id, move.to, move.message, locale()));
    setChosen(undefined);
    if (ok) {
      if (textarea) textarea.value = '';
      props.onDone(t('desk.done.moved', { protocol: protocolOf(props.request), status: statusLabel(move.to) }));
    } else {
      props.onError(form.error() ?? '');
      if (form.code()) void refreshRequest();
    }
  };

  return (
    <section class="staff-panel" aria-labelledby="desk-work-title">
      <h2 id="desk-work-title">{t('desk.work.title')}</h2>
      <p>
        {props.request.assignee
          ? t('desk.work.assignedTo', { name: props.request.assignee })
          : t('desk.work.unassigned')}
      </p>
      <Show when={props.request.nextStatuses.length > 0} fallback={<p>{t('desk.work.none')}</p>}>
        <form class="staff-move-form" novalidate onSubmit={prepare}>
          <div class="field" classList={{ 'field-invalid': Boolean(fieldError()) }}>
            <label for="desk-message">{t('desk.work.message')}</label>
            <p class="field-hint" id="desk-message-hint">
              {t('desk.work.messageHint')}
            </p>
            <textarea
              ref={textarea}
              id="desk-message"
              name="message"
              class="text-input"
              rows={5}
              maxLength={4000}
              aria-invalid={fieldError() ? true : undefined}
              aria-describedby={fieldError() ? 'desk-message-hint desk-message-error' : 'desk-message-hint'}
            />
            <Show when={fieldError()}>
              <p class="field-error" id="desk-message-error">
                <span class="icon-error" aria-hidden="true" />
                {fieldError()}
              </p>
            </Show>
          </div>
          <fieldset class="staff-actions">
            <legend class="sr-only">{t('desk.work.actions')}</legend>
            <For each={props.request.nextStatuses}>
              {(to) => (
                <button
                  type="submit"
                  name="to"
                  value={to}
                  class={`button ${to === 'approved' ? 'button-primary' : 'button-outline'}`}
                >
                  {actionLabel(to)}
                  <Show when={needsMessage(to)}>
                    <span class="staff-button-note">{t('desk.work.requiresMessage')}</span>
                  </Show>
                </button>
              )}
            </For>
          </fieldset>
        </form>
      </Show>
      <ConfirmDialog
        open={chosen() !== undefined}
        title={chosen() ? confirmQuestion(chosen()?.to ?? 'in_review', protocolOf(props.request)) : ''}
        confirmLabel={actionLabel(chosen()?.to ?? 'in_review')}
        pending={form.pending()}
        onConfirm={() => void confirm()}
        onCancel={() => setChosen(undefined)}
      >
        <Show when={chosen()}>
          {(move) => <MoveConsequences request={props.request} to={move().to} message={move().message} />}
        </Show>
      </ConfirmDialog>
    </section>
  );
}

/** What confirming does: the change of status, the pause or the finality, and the message itself. */
function MoveConsequences(props: { request: StaffRequestDetail; to: RequestStatus; message?: string }) {
  return (
    <>
      <p>{t('desk.confirm.body', { from: statusLabel(props.request.status), to: statusLabel(props.to) })}</p>
      <Show when={props.to === 'needs_info'}>
        <p>{t('desk.confirm.paused')}</p>
      </Show>
      <Show when={props.to === 'approved' || props.to === 'rejected'}>
        <p>
          <strong>{t('desk.confirm.final')}</strong>
        </p>
      </Show>
      <Show when={props.message} fallback={<p>{t('desk.confirm.noMessage')}</p>}>
        {(message) => (
          <>
            <p>{t('desk.confirm.message')}</p>
            <blockquote class="staff-message">{message()}</blockquote>
          </>
        )}
      </Show>
    </>
  );
}
