import { For, type JSX, Show } from 'solid-js';
import { localize } from '../../../shared/i18n/localized';
import type { AttachmentView } from '../../../shared/requests/api';
import type { FormField } from '../../../shared/requests/form';
import { locale, t } from '../../lib/i18n';
import { formatBytes } from '../../lib/upload';

/**
 * The pieces every question is made of: its wording (a label, or a legend for a group; the page's h1
 * when the page asks only this), the optional help and the error, tied to the control by id.
 */

export const fieldBaseId = (field: FormField) => `field-${field.id}`;
export const hintId = (field: FormField) => `${fieldBaseId(field)}-hint`;
export const errorId = (field: FormField) => `${fieldBaseId(field)}-error`;

/** aria-describedby for the control: the help, then the error, when there are any. */
export function describedBy(field: FormField, error: string | undefined, extra?: string): string | undefined {
  const ids = [field.help ? hintId(field) : '', extra ?? '', error ? errorId(field) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The question's words; optional questions say so, rather than marking every required one. */
export function questionText(field: FormField): string {
  const label = localize(field.label, locale());
  return field.required ? label : t('requests.field.optional', { label });
}

export function QuestionLabel(props: { field: FormField; for: string; asHeading: boolean }) {
  return (
    <Show when={props.asHeading} fallback={<label for={props.for}>{questionText(props.field)}</label>}>
      <h1 class="question-heading">
        <label for={props.for}>{questionText(props.field)}</label>
      </h1>
    </Show>
  );
}

export function QuestionLegend(props: { field: FormField; asHeading: boolean }) {
  return (
    <Show when={props.asHeading} fallback={<legend>{questionText(props.field)}</legend>}>
      <legend class="question-legend">
        <h1 class="question-heading">{questionText(props.field)}</h1>
      </legend>
    </Show>
  );
}

export function FieldHelp(props: { field: FormField }) {
  return (
    <Show when={props.field.help}>
      {(help) => (
        <p class="field-hint" id={hintId(props.field)}>
          {localize(help(), locale())}
        </p>
      )}
    </Show>
  );
}

export function FieldErrorText(props: { field: FormField; error?: string }) {
  return (
    <Show when={props.error}>
      <p class="field-error" id={errorId(props.field)}>
        <span class="icon-error" aria-hidden="true" />
        <span>
          <span class="sr-only">{t('form.errorPrefix')} </span>
          {props.error}
        </span>
      </p>
    </Show>
  );
}

/** A group of controls (choices, yes/no, an address) in a fieldset, with the same help and error. */
export function FieldGroup(props: {
  field: FormField;
  error?: string;
  asHeading: boolean;
  class?: string;
  children: JSX.Element;
}) {
  return (
    <div class="field-block" classList={{ 'field-invalid': Boolean(props.error) }}>
      <fieldset
        class={`choice-group ${props.class ?? ''}`}
        id={`${fieldBaseId(props.field)}-group`}
        aria-describedby={describedBy(props.field, props.error)}
      >
        <QuestionLegend field={props.field} asHeading={props.asHeading} />
        <FieldHelp field={props.field} />
        <FieldErrorText field={props.field} error={props.error} />
        {props.children}
      </fieldset>
    </div>
  );
}

/** Why chosen files were not attached, read out as soon as they appear. */
export function FileProblems(props: { problems: readonly string[] }) {
  return (
    <div role="alert" class="feedback-region">
      <For each={props.problems}>
        {(problem) => (
          <p class="field-error">
            <span class="icon-error" aria-hidden="true" />
            <span>{problem}</span>
          </p>
        )}
      </For>
    </div>
  );
}

/** The files attached so far, with their sizes; a remove button on each when they can still be taken off. */
export function AttachedFiles(props: { files: readonly AttachmentView[]; onRemove?: (file: AttachmentView) => void }) {
  return (
    <Show when={props.files.length > 0}>
      <ul class="file-list" aria-label={t('requests.file.listLabel')}>
        <For each={props.files}>
          {(file) => (
            <li>
              <span class="file-name">{file.name}</span> <span class="file-size">({formatBytes(file.size)})</span>
              <Show when={props.onRemove}>
                {(remove) => (
                  <button type="button" class="link-button" onClick={() => remove()(file)}>
                    {t('requests.file.remove')}
                    <span class="sr-only"> {file.name}</span>
                  </button>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
