import { For, Match, Show, Switch } from 'solid-js';
import { formatLocalDate } from '../../../shared/booking/format';
import { localize } from '../../../shared/i18n/localized';
import type { AttachmentView, StaffRequestDetail } from '../../../shared/requests/api';
import type { AddressAnswer, AnswerValue, FormField } from '../../../shared/requests/form';
import { formatList } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { formatNumber, formatSize, mediaTypeName } from './labels';

/**
 * The citizen's answers, page by page and labelled by the form version they were given for; fields
 * left unanswered (or hidden by an earlier answer) are left out. File answers link to their attachments.
 */
export function RequestAnswers(props: { request: StaffRequestDetail }) {
  const pages = () =>
    props.request.definition.pages
      .map((page) => ({ page, fields: page.fields.filter((field) => isAnswered(props.request.answers[field.id])) }))
      .filter((entry) => entry.fields.length > 0);
  const attachments = () => new Map(props.request.attachments.map((file) => [file.id, file]));

  return (
    <section aria-labelledby="desk-answers-title">
      <h2 id="desk-answers-title">{t('desk.request.answers')}</h2>
      <p class="staff-muted">{t('desk.request.formVersion', { version: props.request.formVersion })}</p>
      <Show when={pages().length > 0} fallback={<p class="empty">{t('desk.request.noAnswers')}</p>}>
        <For each={pages()}>
          {(entry) => (
            <div class="staff-answer-page">
              <h3>{localize(entry.page.title, locale())}</h3>
              <dl class="staff-facts">
                <For each={entry.fields}>
                  {(field) => (
                    <>
                      <dt>{localize(field.label, locale())}</dt>
                      <dd>
                        <AnswerText
                          field={field}
                          value={props.request.answers[field.id] as AnswerValue}
                          attachments={attachments()}
                        />
                      </dd>
                    </>
                  )}
                </For>
              </dl>
            </div>
          )}
        </For>
      </Show>
    </section>
  );
}

function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

function AnswerText(props: { field: FormField; value: AnswerValue; attachments: Map<string, AttachmentView> }) {
  const optionLabel = (value: string) => {
    const option = props.field.options?.find((candidate) => candidate.value === value);
    return option ? localize(option.label, locale()) : value;
  };
  const list = () => (Array.isArray(props.value) ? props.value : []);

  return (
    <Switch fallback={<span class="staff-answer-text">{String(props.value)}</span>}>
      <Match when={props.field.type === 'file'}>
        <ul class="staff-plain-list">
          <For each={list()}>
            {(id) => (
              <li>
                <Show when={props.attachments.get(id)} fallback={t('desk.answer.missingFile')}>
                  {(file) => <AttachmentLink file={file()} />}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Match>
      <Match when={props.field.type === 'yesNo'}>{props.value ? t('desk.answer.yes') : t('desk.answer.no')}</Match>
      <Match when={props.field.type === 'choice' && typeof props.value === 'string'}>
        {optionLabel(String(props.value))}
      </Match>
      <Match when={props.field.type === 'multiChoice'}>{formatList(list().map(optionLabel), locale())}</Match>
      <Match when={props.field.type === 'date' && typeof props.value === 'string'}>
        {formatLocalDate(String(props.value), locale())}
      </Match>
      <Match when={props.field.type === 'number' && typeof props.value === 'number'}>
        {formatNumber(Number(props.value), locale())}
      </Match>
      <Match when={props.field.type === 'address' && typeof props.value === 'object' && !Array.isArray(props.value)}>
        <AddressText address={props.value as AddressAnswer} />
      </Match>
    </Switch>
  );
}

function AddressText(props: { address: AddressAnswer }) {
  const position = () => {
    const { latitude, longitude } = props.address;
    return latitude !== undefined && longitude !== undefined ? { latitude, longitude } : undefined;
  };
  return (
    <>
      {props.address.street}
      <br />
      {props.address.postalCode} {props.address.city}
      <Show when={position()}>
        {(point) => (
          <span class="staff-note">
            {t('desk.answer.position', {
              latitude: point().latitude.toFixed(5),
              longitude: point().longitude.toFixed(5),
            })}{' '}
            <a
              href={`https://www.openstreetmap.org/?mlat=${point().latitude}&mlon=${point().longitude}#map=18/${point().latitude}/${point().longitude}`}
              rel="noopener noreferrer"
              target="_blank"
            >
              {t('contact.map')} <span class="sr-only">{t('contact.newWindow')}</span>
            </a>
          </span>
        )}
      </Show>
    </>
  );
}

/** A file to download: its name, then its type and size. */
function AttachmentLink(props: { file: AttachmentView }) {
  return (
    <>
      <a href={props.file.url} download={props.file.name}>
        {props.file.name}
      </a>{' '}
      <span class="staff-muted">
        (
        {t('desk.attachment.meta', {
          type: mediaTypeName(props.file.mediaType),
          size: formatSize(props.file.size, locale()),
        })}
        )
      </span>
    </>
  );
}

/** Every file of the request: those given with the form, and those sent later with more information. */
export function RequestAttachments(props: { request: StaffRequestDetail }) {
  const fieldLabel = (fieldId: string) => {
    for (const page of props.request.definition.pages) {
      const field = page.fields.find((candidate) => candidate.id === fieldId);
      if (field) return localize(field.label, locale());
    }
    return fieldId;
  };
  return (
    <section aria-labelledby="desk-attachments-title">
      <h2 id="desk-attachments-title">{t('desk.request.attachments')}</h2>
      <Show
        when={props.request.attachments.length > 0}
        fallback={<p class="empty">{t('desk.request.noAttachments')}</p>}
      >
        <ul class="staff-attachments">
          <For each={props.request.attachments}>
            {(file) => (
              <li>
                <AttachmentLink file={file} />
                <span class="staff-note">
                  {file.fieldId
                    ? t('desk.attachment.field', { field: fieldLabel(file.fieldId) })
                    : t('desk.attachment.extra')}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
