import { For, type JSX, Match, Switch } from 'solid-js';
import { addLocalDays } from '../../../shared/booking/slots';
import { localize } from '../../../shared/i18n/localized';
import type { AnswerValue, FormField } from '../../../shared/requests/form';
import { locale, t } from '../../lib/i18n';
import { AddressField } from './address-field';
import { describedBy, FieldErrorText, FieldGroup, FieldHelp, fieldBaseId, QuestionLabel } from './field-parts';
import { todayInItaly } from './form-flow';

/** One question of the form, drawn by its type; files have their own control (FileField). */
export type FieldProps = {
  field: FormField;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error?: string;
  /** The page asks only this: its wording is the page's h1. */
  asHeading: boolean;
};

type InputAttributes = JSX.InputHTMLAttributes<HTMLInputElement>;

/** How each one-line type is typed: the keyboard a phone shows, what the browser may fill in. */
const inputKinds: Partial<Record<FormField['type'], InputAttributes>> = {
  text: { type: 'text' },
  email: { type: 'email', autocomplete: 'email', inputmode: 'email', autocapitalize: 'none', spellcheck: false },
  phone: { type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  fiscalCode: { type: 'text', autocapitalize: 'characters', spellcheck: false, autocomplete: 'off' },
  iban: { type: 'text', autocapitalize: 'characters', spellcheck: false, autocomplete: 'off' },
  number: { type: 'text', inputmode: 'decimal', spellcheck: false },
  date: { type: 'date' },
};

/** Widths that fit the expected answer (GOV.UK's advice): a code is not as long as a sentence. */
const widths: Partial<Record<FormField['type'], string>> = {
  fiscalCode: 'input-width-20',
  iban: 'input-width-34',
  number: 'input-width-10',
  date: 'input-width-12',
  phone: 'input-width-20',
};

export function FieldControl(props: FieldProps) {
  return (
    <Switch fallback={<TextInput {...props} />}>
      <Match when={props.field.type === 'longText'}>
        <LongText {...props} />
      </Match>
      <Match when={props.field.type === 'choice'}>
        <Choices {...props} multiple={false} />
      </Match>
      <Match when={props.field.type === 'multiChoice'}>
        <Choices {...props} multiple />
      </Match>
      <Match when={props.field.type === 'yesNo'}>
        <YesNo {...props} />
      </Match>
      <Match when={props.field.type === 'address'}>
        <AddressField {...props} />
      </Match>
    </Switch>
  );
}

/** What an answer looks like in a text box: numbers typed as text stay as typed until they are read. */
function asText(value: AnswerValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value).replace('.', locale() === 'it' ? ',' : '.');
  return '';
}

function dateBounds(field: FormField): { min?: string; max?: string } {
  if (field.type !== 'date') return {};
  const today = todayInItaly();
  return {
    min: field.min === undefined ? undefined : addLocalDays(today, field.min),
    max: field.max === undefined ? undefined : addLocalDays(today, field.max),
  };
}

function TextInput(props: FieldProps) {
  const id = () => fieldBaseId(props.field);
  const kind = () => inputKinds[props.field.type] ?? { type: 'text' };
  return (
    <div class="field" classList={{ 'field-invalid': Boolean(props.error) }}>
      <QuestionLabel field={props.field} for={id()} asHeading={props.asHeading} />
      <FieldHelp field={props.field} />
      <FieldErrorText field={props.field} error={props.error} />
      <input
        {...kind()}
        {...dateBounds(props.field)}
        id={id()}
        name={props.field.id}
        class={`text-input ${widths[props.field.type] ?? ''}`}
        value={asText(props.value)}
        required={props.field.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.field, props.error)}
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}

function LongText(props: FieldProps) {
  const id = () => fieldBaseId(props.field);
  return (
    <div class="field" classList={{ 'field-invalid': Boolean(props.error) }}>
      <QuestionLabel field={props.field} for={id()} asHeading={props.asHeading} />
      <FieldHelp field={props.field} />
      <FieldErrorText field={props.field} error={props.error} />
      <textarea
        id={id()}
        name={props.field.id}
        class="text-input"
        rows={6}
        value={asText(props.value)}
        required={props.field.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.field, props.error)}
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}

function Choices(props: FieldProps & { multiple: boolean }) {
  const picked = (value: string) =>
    props.multiple ? Array.isArray(props.value) && props.value.includes(value) : props.value === value;
  const toggle = (value: string, on: boolean) => {
    if (!props.multiple) return props.onChange(value);
    const current = Array.isArray(props.value) ? props.value : [];
    const next = on ? [...current.filter((item) => item !== value), value] : current.filter((item) => item !== value);
    props.onChange(next.length > 0 ? next : undefined);
  };
  return (
    <FieldGroup field={props.field} error={props.error} asHeading={props.asHeading}>
      <For each={props.field.options ?? []}>
        {(option, index) => (
          <div class="choice">
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              id={`${fieldBaseId(props.field)}-${index()}`}
              name={props.field.id}
              value={option.value}
              checked={picked(option.value)}
              aria-invalid={props.error ? true : undefined}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <label for={`${fieldBaseId(props.field)}-${index()}`}>{localize(option.label, locale())}</label>
          </div>
        )}
      </For>
    </FieldGroup>
  );
}

function YesNo(props: FieldProps) {
  const options = () => [
    { id: `${fieldBaseId(props.field)}-yes`, value: true, label: t('requests.yes') },
    { id: `${fieldBaseId(props.field)}-no`, value: false, label: t('requests.no') },
  ];
  return (
    <FieldGroup field={props.field} error={props.error} asHeading={props.asHeading} class="choice-inline">
      <For each={options()}>
        {(option) => (
          <div class="choice">
            <input
              type="radio"
              id={option.id}
              name={props.field.id}
              value={String(option.value)}
              checked={props.value === option.value}
              aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(option.value)}
            />
            <label for={option.id}>{option.label}</label>
          </div>
        )}
      </For>
    </FieldGroup>
  );
}
