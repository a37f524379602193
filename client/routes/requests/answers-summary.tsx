import { For, Match, Show, Switch } from 'solid-js';
import { localize } from '../../../shared/i18n/localized';
import type { AttachmentView } from '../../../shared/requests/api';
import type { Answers, FormDefinition, FormField } from '../../../shared/requests/form';
import { locale, t } from '../../lib/i18n';
import { formatBytes } from '../../lib/upload';
import { describeAnswer } from './answer-text';

/**
 * A submitted request's answers were cleaned by the server: those to questions hidden by another answer
 * are gone. So a question with a condition is shown when it has an answer, without the form's rules
 * (and the validation library they bring) in the request's pages.
 */
export function submittedFieldShown(field: FormField, answers: Answers): boolean {
  return !field.showIf || answers[field.id] !== undefined;
}

/**
 * Every answer the form shows for these answers, page by page, as label / value pairs. On the check
 * page each row links to its question ("Modifica"); on the request page files are download links; on
 * the receipt they carry their SHA-256 fingerprint.
 */
export function AnswersSummary(props: {
  definition: FormDefinition;
  answers: Answers;
  /** Whether the form shows a question for these answers. */
  shown: (field: FormField) => boolean;
  attachments?: readonly AttachmentView[];
  /** The address of a page to change its answers; no links without it. */
  editHref?: (pageId: string) => string;
  fingerprints?: boolean;
  /** The level of each page's heading: 2 on the check page, 3 inside a section of the request page. */
  level?: 2 | 3;
}) {
  const pages = () =>
    props.definition.pages
      .map((page) => ({ page, fields: page.fields.filter((field) => props.shown(field)) }))
      .filter((entry) => entry.fields.length > 0);
  return (
    <div class="answers-summary">
      <For each={pages()}>
        {({ page, fields }) => (
          <section class="summary-section" aria-labelledby={`summary-${page.id}`}>
            <Show
              when={props.level === 3}
              fallback={<h2 id={`summary-${page.id}`}>{localize(page.title, locale())}</h2>}
            >
              <h3 id={`summary-${page.id}`}>{localize(page.title, locale())}</h3>
            </Show>
            <dl class="summary-list request-summary-list">
              <For each={fields}>
                {(field) => (
                  <div class="summary-row">
                    <dt>{localize(field.label, locale())}</dt>
                    <dd>
                      <AnswerValueView
                        field={field}
                        answers={props.answers}
                        attachments={props.attachments ?? []}
                        links={!props.editHref}
                        fingerprints={props.fingerprints}
                      />
                    </dd>
                    <Show when={props.editHref}>
                      {(href) => (
                        <dd class="summary-action">
                          <a href={href()(page.id)}>
                            {t('requests.check.change')}
                            <span class="sr-only"> {localize(field.label, locale())}</span>
                          </a>
                        </dd>
                      )}
                    </Show>
                  </div>
                )}
              </For>
            </dl>
          </section>
        )}
      </For>
    </div>
  );
}

function AnswerValueView(props: {
  field: FormField;
  answers: Answers;
  attachments: readonly AttachmentView[];
  links: boolean;
  fingerprints?: boolean;
}) {
  const shown = () => describeAnswer(props.field, props.answers[props.field.id], locale(), props.attachments);
  return (
    <Switch>
      <Match when={shown().kind === 'text' && shown()}>
        {(value) => <span class="answer-text">{(value() as { text: string }).text}</span>}
      </Match>
      <Match when={shown().kind === 'files' && shown()}>
        {(value) => (
          <AttachmentList
            attachments={(value() as { files: AttachmentView[] }).files}
            links={props.links}
            fingerprints={props.fingerprints}
          />
        )}
      </Match>
    </Switch>
  );
}

/** Files by name and size, as download links where the reader may open them. */
export function AttachmentList(props: {
  attachments: readonly AttachmentView[];
  links?: boolean;
  fingerprints?: boolean;
}) {
  return (
    <Show when={props.attachments.length > 0} fallback={<span>{t('requests.answer.noFiles')}</span>}>
      <ul class="attachment-list">
        <For each={props.attachments}>
          {(attachment) => (
            <li>
              <Show when={props.links} fallback={<span class="attachment-name">{attachment.name}</span>}>
                <a href={attachment.url} download={attachment.name}>
                  {attachment.name}
                </a>
              </Show>{' '}
              <span class="attachment-size">({formatBytes(attachment.size)})</span>
              <Show when={props.fingerprints}>
                <span class="attachment-hash">
                  {t('requests.receipt.sha256')}: <code>{attachment.sha256}</code>
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
