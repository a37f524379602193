import { type JSX, Show } from 'solid-js';
import '../styles/forms.css';

type InputAttributes = JSX.InputHTMLAttributes<HTMLInputElement>;

/**
 * A labelled text input with an optional hint and error, both tied to it with aria-describedby. The
 * error is text with an icon, never a red border alone. Forms read the value with FormData on submit.
 */
export function TextField(props: {
  id: string;
  name: string;
  label: string;
  value?: string | null;
  type?: 'text' | 'email' | 'tel';
  hint?: string;
  error?: string;
  /** Marks the field invalid when the message is shown elsewhere (the form's alert). */
  invalid?: boolean;
  autocomplete?: InputAttributes['autocomplete'];
  inputmode?: InputAttributes['inputmode'];
  autocapitalize?: InputAttributes['autocapitalize'];
  maxLength?: number;
  required?: boolean;
  readOnly?: boolean;
  ref?: (element: HTMLInputElement) => void;
}) {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class="field" classList={{ 'field-invalid': Boolean(props.error || props.invalid) }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <input
        ref={props.ref}
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        class="text-input"
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        autocapitalize={props.autocapitalize}
        spellcheck={false}
        maxLength={props.maxLength}
        required={props.required}
        readOnly={props.readOnly}
        aria-invalid={props.error || props.invalid ? true : undefined}
        aria-describedby={describedBy()}
      />
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          <span class="icon-error" aria-hidden="true" />
          {props.error}
        </p>
      </Show>
    </div>
  );
}
