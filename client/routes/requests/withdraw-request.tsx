import { createSignal } from 'solid-js';
import type { RequestDetail } from '../../../shared/requests/api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { createFormState } from '../../lib/form-state';
import { t } from '../../lib/i18n';
import { withdrawRequest } from '../../lib/requests';

/**
 * "Ritira la domanda", while the office has not decided yet: a confirmation that says it cannot be
 * undone, with an optional reason for the office.
 */
export function WithdrawRequest(props: {
  request: RequestDetail;
  onDone: (detail: RequestDetail) => void;
  onError: (message: string) => void;
}) {
  const state = createFormState();
  const [open, setOpen] = createSignal(false);
  const formId = 'withdraw-form';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget as HTMLFormElement).get('reason') ?? '').trim();
    let detail: RequestDetail | undefined;
    const ok = await state.run(async () => {
      detail = await withdrawRequest(props.request.id, reason || undefined);
    });
    setOpen(false);
    if (ok && detail) props.onDone(detail);
    else props.onError(state.error() ?? t('error.action'));
  };

  return (
    <>
      <button type="button" class="button button-outline button-danger-outline" onClick={() => setOpen(true)}>
        {t('requests.withdraw.action')}
      </button>
      <ConfirmDialog
        open={open()}
        title={t('requests.withdraw.title')}
        confirmLabel={t('requests.withdraw.confirm')}
        dismissLabel={t('requests.withdraw.keep')}
        pending={state.pending()}
        formId={formId}
        onCancel={() => setOpen(false)}
      >
        <p>{t('requests.withdraw.body', { service: props.request.service.title })}</p>
        <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
          <div class="field">
            <label for="withdraw-reason">{t('requests.withdraw.reason')}</label>
            <textarea id="withdraw-reason" name="reason" class="text-input" rows={3} maxLength={4000} />
          </div>
        </form>
      </ConfirmDialog>
    </>
  );
}
