import { createSignal } from 'solid-js';
import type { AttachmentView } from '../../../shared/requests/api';
import type { FormField } from '../../../shared/requests/form';
import { failureMessage } from '../../lib/form-state';
import { plural, t } from '../../lib/i18n';
import { removeAttachment } from '../../lib/requests';
import {
  fileProblem,
  formatBytes,
  typeNames,
  UploadError,
  type UploadLimits,
  uploadAttachment,
} from '../../lib/upload';
import {
  AttachedFiles,
  describedBy,
  FieldErrorText,
  FieldHelp,
  FileProblems,
  fieldBaseId,
  QuestionLabel,
} from './field-parts';

/**
 * Files for one question. Each file is checked here (size, and type by its first bytes), then sent at
 * once to the draft, which is created first when there is none yet; the list under the control shows
 * what is attached, each with a button to take it off again.
 */
export function FileField(props: {
  field: FormField;
  /** Ids of the files attached to this question. */
  value: readonly string[];
  /** The files of the draft, as known when the page opened. */
  attachments: readonly AttachmentView[];
  limits: UploadLimits;
  error?: string;
  asHeading: boolean;
  /** The draft's id, saving one first if needed. */
  ensureDraft: () => Promise<string>;
  onChange: (ids: string[]) => void;
}) {
  const id = () => fieldBaseId(props.field);
  const [uploaded, setUploaded] = createSignal<AttachmentView[]>([]);
  const [problems, setProblems] = createSignal<string[]>([]);
  const [status, setStatus] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const known = () => [...props.attachments, ...uploaded()];
  const files = () =>
    props.value
      .map((fileId) => known().find((attachment) => attachment.id === fileId))
      .filter((attachment) => attachment !== undefined);
  const multiple = () => props.field.max !== 1;

  const add = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0 || busy()) return;
    setBusy(true);
    setProblems([]);
    const found: string[] = [];
    let ids = [...props.value];
    try {
      for (const file of chosen) {
        const problem = await fileProblem(file, props.limits);
        if (problem) {
          found.push(problem);
          continue;
        }
        setStatus(t('requests.file.uploading', { name: file.name }));
        try {
          const draftId = await props.ensureDraft();
          const attachment = await uploadAttachment(draftId, file, props.field.id);
          setUploaded((list) => [...list, attachment]);
          ids = [...ids, attachment.id];
          props.onChange(ids);
        } catch (failure) {
          found.push(failure instanceof UploadError ? failure.message : failureMessage(failure));
        }
      }
    } finally {
      setBusy(false);
      setProblems(found);
      setStatus(found.length === 0 ? plural('requests.file.attachedCount', files().length) : undefined);
    }
  };

  const remove = async (attachment: AttachmentView) => {
    setProblems([]);
    try {
      await removeAttachment(attachment.id);
      props.onChange(props.value.filter((fileId) => fileId !== attachment.id));
      setStatus(t('requests.file.removed', { name: attachment.name }));
      document.getElementById(id())?.focus();
    } catch (failure) {
      setProblems([failureMessage(failure)]);
    }
  };

  const limitsHint = () =>
    t('requests.file.limits', { types: typeNames(props.limits.mediaTypes), size: formatBytes(props.limits.fileBytes) });

  return (
    <div class="field file-field" classList={{ 'field-invalid': Boolean(props.error || problems().length) }}>
      <QuestionLabel field={props.field} for={id()} asHeading={props.asHeading} />
      <FieldHelp field={props.field} />
      <p class="field-hint" id={`${id()}-limits`}>
        {limitsHint()}
      </p>
      <FieldErrorText field={props.field} error={props.error} />
      <FileProblems problems={problems()} />
      <input
        type="file"
        id={id()}
        name={props.field.id}
        class="file-input"
        accept={props.limits.mediaTypes.join(',')}
        multiple={multiple()}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.field, props.error, `${id()}-limits`)}
        onChange={(event) => void add(event.currentTarget)}
      />
      <p role="status" class="file-status">
        {status()}
      </p>
      <AttachedFiles files={files()} onRemove={(attachment) => void remove(attachment)} />
    </div>
  );
}
