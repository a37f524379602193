import { createSignal, Show } from 'solid-js';
import type { AttachmentView, RequestDetail } from '../../../shared/requests/api';
import { FormFeedback } from '../../components/form-feedback';
import { createFormState, failureMessage } from '../../lib/form-state';
import { t } from '../../lib/i18n';
import { waitingFor } from '../../lib/offline/outbox';
import type { OutboxEntry } from '../../lib/offline/outbox-plan';
import { answerRequest } from '../../lib/requests';
import {
  fileProblem,
  formatBytes,
  typeNames,
  UploadError,
  type UploadLimits,
  uploadAttachment,
} from '../../lib/upload';
import { AttachedFiles, FileProblems } from './field-parts';

/**
 * The citizen's answer when the office asks for more (needs_info): a message and, if useful, files,
 * which are sent to the request at once and go with the answer. The term starts again once it is sent.
 * Without a connection the answer waits on the device (files need one to be attached), and the form
 * gives way to the answer as it will be sent.
 */
export function AnswerInfoForm(props: {
  request: RequestDetail;
  /** The form's limits for files; without them (the form was withdrawn) only a message can be sent. */
  limits?: UploadLimits;
  onAnswered: (detail: RequestDetail) => void;
}) {
  const state = createFormState();
  const [key, setKey] = createSignal(crypto.randomUUID());
  const [message, setMessage] = createSignal('');
  const [messageError, setMessageError] = createSignal<string>();
  const [files, setFiles] = createSignal<AttachmentView[]>([]);
  const [fileErrors, setFileErrors] = createSignal<string[]>([]);
  const [uploading, setUploading] = createSignal<string>();

  const add = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    const problems: string[] = [];
    for (const file of chosen) {
      const problem = props.limits && (await fileProblem(file, props.limits));
      if (problem) {
        problems.push(problem);
        continue;
      }
      setUploading(t('requests.file.uploading', { name: file.name }));
      try {
        const attachment = await uploadAttachment(props.request.id, file);
        setFiles((list) => [...list, attachment]);
        setUploading(t('requests.file.attached', { name: attachment.name }));
      } catch (failure) {
        problems.push(failure instanceof UploadError ? failure.message : failureMessage(failure));
        setUploading(undefined);
      }
    }
    setFileErrors(problems);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const text = message().trim();
    if (!text) {
      setMessageError(t('requests.info.messageMissing'));
      document.getElementById('info-message')?.focus();
      return;
    }
    setMessageError(undefined);
    const ok = await state.run(async () => {
      const sent = await answerRequest(
        props.request,
        key(),
        text,
        files().map((file) => file.id),
      );
      if (!sent.queued) props.onAnswered(sent.result);
    });
    if (ok) {
      setMessage('');
      setFiles([]);
      setUploading(undefined);
      setKey(crypto.randomUUID());
    }
  };

  const waiting = () => waitingFor(`request:${props.request.id}`).find(isAnswer);

  return (
    <>
      <div role="status" class="feedback-region">
        <Show when={waiting()?.input}>
          {(input) => (
            <div class="notice" data-testid="answer-waiting">
              <p>
                <span class="icon-offline" aria-hidden="true" />
                {t('requests.info.queued')}
              </p>
              <blockquote class="timeline-message">{input().message}</blockquote>
            </div>
          )}
        </Show>
      </div>
      <Show when={!waiting()}>
        <form noValidate class="info-form" onSubmit={(event) => void submit(event)}>
          <div class="field" classList={{ 'field-invalid': Boolean(messageError()) }}>
            <label for="info-message">{t('requests.info.message')}</label>
            <p class="field-hint" id="info-message-hint">
              {t('requests.info.messageHint')}
            </p>
            <Show when={messageError()}>
              <p class="field-error" id="info-message-error">
                <span class="icon-error" aria-hidden="true" />
                {messageError()}
              </p>
            </Show>
            <textarea
              id="info-message"
              class="text-input"
              rows={6}
              maxLength={4000}
              value={message()}
              required
              aria-invalid={messageError() ? true : undefined}
              aria-describedby={messageError() ? 'info-message-hint info-message-error' : 'info-message-hint'}
              onInput={(event) => setMessage(event.currentTarget.value)}
            />
          </div>
          <Show when={props.limits}>
            {(limits) => (
              <div class="field file-field" classList={{ 'field-invalid': fileErrors().length > 0 }}>
                <label for="info-files">{t('requests.info.files')}</label>
                <p class="field-hint" id="info-files-hint">
                  {t('requests.file.limits', {
                    types: typeNames(limits().mediaTypes),
                    size: formatBytes(limits().fileBytes),
                  })}{' '}
                  {t('requests.info.filesHint')}
                </p>
                <FileProblems problems={fileErrors()} />
                <input
                  type="file"
                  id="info-files"
                  class="file-input"
                  multiple
                  accept={limits().mediaTypes.join(',')}
                  aria-describedby="info-files-hint"
                  onChange={(event) => void add(event.currentTarget)}
                />
                <p role="status" class="file-status">
                  {uploading()}
                </p>
                <AttachedFiles files={files()} />
              </div>
            )}
          </Show>
          <FormFeedback error={state.error()} />
          <div class="step-actions">
            <button type="submit" class="button button-primary" aria-disabled={state.pending() ? 'true' : undefined}>
              {state.pending() ? t('requests.working') : t('requests.info.send')}
            </button>
          </div>
        </form>
      </Show>
    </>
  );
}

const isAnswer = (entry: OutboxEntry): entry is Extract<OutboxEntry, { procedure: 'requests.answer' }> =>
  entry.procedure === 'requests.answer';
