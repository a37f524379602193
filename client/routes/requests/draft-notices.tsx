import { useLocation, useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormFeedback } from '../../components/form-feedback';
import { createFormState } from '../../lib/form-state';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { waitingFor } from '../../lib/offline/outbox';
import { requestPaths } from '../../lib/paths';
import { discardDraft } from '../../lib/requests';
import type { RequestFlow } from './form-frame';

/** What the start page tells the page it sends the person to. */
export type FlowNote = { resumed?: string; restarted?: boolean };

/**
 * Notes at the top of a question: the form changed since the draft was begun, the person is taking up a
 * draft they started earlier (with "Ricomincia da capo"), they just started over, or their answers wait
 * on the device for the connection to come back.
 */
export function DraftNotices(props: { flow: RequestFlow }) {
  const location = useLocation<FlowNote>();
  return (
    <>
      <Show when={props.flow.formChanged()}>
        <p class="notice notice-warning" data-testid="form-changed">
          {t('requests.form.changed')}
        </p>
      </Show>
      <Show when={!props.flow.formChanged() && location.state?.resumed ? props.flow.draft() : undefined}>
        {(draft) => (
          <div class="notice resume-notice">
            <p>{t('requests.form.resumed', { date: formatDateTime(draft().updatedAt, locale()) })}</p>
            <DiscardDraft flow={props.flow} />
          </div>
        )}
      </Show>
      <Show when={location.state?.restarted}>
        <p class="notice" role="status">
          {t('requests.form.restarted')}
        </p>
      </Show>
      <div role="status">
        <Show when={waitingFor(`draft:${props.flow.service()}`).length > 0}>
          <p class="notice" data-testid="draft-waiting">
            <span class="icon-offline" aria-hidden="true" />
            {t('requests.form.waiting')}
          </p>
        </Show>
      </div>
    </>
  );
}

/** "Ricomincia da capo": the draft and its files are deleted after a confirmation. */
export function DiscardDraft(props: { flow: RequestFlow }) {
  const navigate = useNavigate();
  const state = createFormState();
  const [open, setOpen] = createSignal(false);
  const discard = async () => {
    const draft = props.flow.draft();
    if (!draft) return;
    const ok = await state.run(() => discardDraft(draft.id, props.flow.service(), locale()));
    setOpen(false);
    if (!ok) return;
    props.flow.setDraft(null);
    navigate(requestPaths.start(props.flow.service()), { replace: true, state: { restarted: true } });
  };
  return (
    <>
      <button type="button" class="link-button" onClick={() => setOpen(true)}>
        {t('requests.draft.discard')}
      </button>
      <FormFeedback error={state.error()} />
      <ConfirmDialog
        open={open()}
        title={t('requests.draft.discardTitle')}
        confirmLabel={t('requests.draft.discardConfirm')}
        dismissLabel={t('requests.draft.discardKeep')}
        pending={state.pending()}
        onConfirm={() => void discard()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('requests.draft.discardBody')}</p>
      </ConfirmDialog>
    </>
  );
}
