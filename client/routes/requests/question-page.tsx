import { createAsync, useLocation, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Match, onMount, Show, Switch, untrack } from 'solid-js';
import { localize } from '../../../shared/i18n/localized';
import { describeAnswerIssue } from '../../../shared/requests/answer-messages';
import { type AnswerIssue, checkAnswers } from '../../../shared/requests/answers';
import type { RequestFormOutput } from '../../../shared/requests/api';
import type { Answers, AnswerValue, FormField, FormPage } from '../../../shared/requests/form';
import { FormFeedback } from '../../components/form-feedback';
import { NotFoundView } from '../../components/not-found-view';
import { usePageTitle } from '../../lib/document';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { checkPageSlug, requestPaths } from '../../lib/paths';
import { listAttachments, saveDraft } from '../../lib/requests';
import { DraftNotices } from './draft-notices';
import { ErrorSummary, type SummaryIssue } from './error-summary';
import { FieldControl } from './field-control';
import { FileField } from './file-field';
import { controlId, nextPage, pageFields, previousPage, todayInItaly, visiblePages } from './form-flow';
import { FlowGuard, FormFrame, type RequestFlow, useRequestFlow } from './form-frame';

/**
 * /pratiche/nuova/:service/:page — one page of the form (GOV.UK's "one thing per page"): the page's
 * questions drawn from the form's definition, checked here on "Continua" with the same rules the server
 * applies at submission, then kept in the draft on the server before the next page.
 */
export default function QuestionPage() {
  const flow = useRequestFlow();
  const params = useParams();
  return (
    <FlowGuard flow={flow}>
      {(form) => (
        <Show when={params.page} keyed>
          {(pageId) => (
            <Show when={form.definition.pages.find((page) => page.id === pageId)} fallback={<NotFoundView />}>
              {(page) => <QuestionForm flow={flow} form={form} page={page()} />}
            </Show>
          )}
        </Show>
      )}
    </FlowGuard>
  );
}

/** Numbers are typed as text: "1.234,5" in Italian, "1234.5" in English. Anything else stays as typed. */
function readNumber(value: AnswerValue | undefined): AnswerValue | undefined {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/\s/g, '');
  const text = compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : value;
}

function QuestionForm(props: { flow: RequestFlow; form: RequestFormOutput; page: FormPage }) {
  const navigate = useNavigate();
  const location = useLocation();
  const state = createFormState();
  const definition = () => props.form.definition;
  const service = () => props.form.service.slug;
  const returnToCheck = () => new URLSearchParams(location.search).get('ritorno') === checkPageSlug;
  // Every answer so far, this page's included: questions here may depend on answers given earlier.
  // A plain signal rather than a store: solid-js/store in this chunk made the bundler split modules out of
  // the entry bundle, which the home page pays for.
  const [answers, setAnswers] = createSignal<Answers>(structuredClone(untrack(() => props.flow.answers())));
  const [issues, setIssues] = createSignal<AnswerIssue[]>([]);
  const [summary, setSummary] = createSignal<SummaryIssue[]>();
  const draftId = () => props.flow.draft()?.id;
  // The files attached before this visit; those added now are kept by their field.
  const startedWith = untrack(draftId);
  const hasFiles = props.page.fields.some((field) => field.type === 'file');
  const attachments = createAsync(async () => (startedWith && hasFiles ? listAttachments(startedWith) : []));

  const fields = () => pageFields(props.page, answers(), definition());
  const pages = () => visiblePages(definition(), answers());
  const position = () => pages().findIndex((page) => page.id === props.page.id);
  const single = () => fields().length === 1 && !props.page.help;
  const back = () => {
    if (returnToCheck()) return requestPaths.check(service());
    const previous = previousPage(definition(), answers(), props.page.id);
    return previous ? requestPaths.page(service(), previous.id) : requestPaths.service(service());
  };
  usePageTitle(() => {
    const title =
      single() && fields()[0] ? localize(fields()[0]!.label, locale()) : localize(props.page.title, locale());
    return summary() ? `${t('requests.errors.titlePrefix')} ${title}` : title;
  });

  const setAnswer = (id: string, value: AnswerValue | undefined) =>
    setAnswers((previous) => {
      const next = { ...previous };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });

  /** The answers as they would be saved, with numbers read from what was typed. */
  const current = (): Answers => {
    const copy: Answers = structuredClone(answers());
    for (const field of definition().pages.flatMap((page) => page.fields)) {
      if (field.type === 'number' && copy[field.id] !== undefined) {
        const value = readNumber(copy[field.id]);
        if (value === undefined) delete copy[field.id];
        else copy[field.id] = value;
      }
      if (copy[field.id] === undefined) delete copy[field.id];
    }
    return copy;
  };

  const save = async (next: Answers) => {
    const { draft } = await saveDraft(props.form, next, locale(), draftId());
    props.flow.setDraft(draft);
    return draft;
  };

  /** Files go to the draft at once: one is saved first when the person starts with a file. */
  const ensureDraft = async () => draftId() ?? (await save(current())).id;

  const messageOf = (issue: AnswerIssue) => {
    const field = fields().find((entry) => entry.id === issue.field);
    return describeAnswerIssue(issue, field ? localize(field.label, locale()) : issue.field, locale(), field?.type);
  };
  const errorFor = (field: FormField) => {
    const issue = issues().find((entry) => entry.field === field.id);
    return issue && messageOf(issue);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (state.pending()) return;
    const ids = fields().map((field) => field.id);
    const result = checkAnswers(definition(), current(), { today: todayInItaly(), fields: ids });
    const found = result.issues.filter((issue) => ids.includes(issue.field));
    setIssues(found);
    if (found.length > 0) {
      setSummary(
        found.map((issue) => {
          const field = fields().find((entry) => entry.id === issue.field);
          return { message: messageOf(issue), href: `#${field ? controlId(field) : ''}` };
        }),
      );
      return;
    }
    setSummary(undefined);
    const ok = await state.run(() => save(result.answers));
    if (!ok) return;
    const next = returnToCheck() ? undefined : nextPage(definition(), result.answers, props.page.id);
    navigate(next ? requestPaths.page(service(), next.id) : requestPaths.check(service()));
  };

  // Arriving from an error on the check page (…#field-x): the field takes the focus.
  onMount(() => {
    if (!location.hash) return;
    requestAnimationFrame(() => document.getElementById(location.hash.slice(1))?.focus());
  });

  return (
    <FormFrame
      form={props.form}
      back={back()}
      pageId={props.page.id}
      progress={{ current: Math.max(position(), 0) + 1, total: Math.max(pages().length, 1) }}
    >
      <Show when={summary()} keyed>
        {(list) => <ErrorSummary issues={list} />}
      </Show>
      <DraftNotices flow={props.flow} />
      <Show when={!single()}>
        <h1>{localize(props.page.title, locale())}</h1>
        <Show when={props.page.help}>{(help) => <p class="lead">{localize(help(), locale())}</p>}</Show>
      </Show>
      <form noValidate onSubmit={(event) => void submit(event)} class="question-form">
        <For each={fields()}>
          {(field) => (
            <Switch>
              <Match when={field.type === 'file'}>
                <FileField
                  field={field}
                  value={Array.isArray(answers()[field.id]) ? (answers()[field.id] as string[]) : []}
                  attachments={attachments() ?? []}
                  limits={props.form.limits}
                  error={errorFor(field)}
                  asHeading={single()}
                  ensureDraft={ensureDraft}
                  onChange={(ids) => {
                    setAnswer(field.id, ids.length > 0 ? ids : undefined);
                    // The file is on the server already: the draft remembers it even if the page is left now.
                    void save(current()).catch(() => undefined);
                  }}
                />
              </Match>
              <Match when={true}>
                <FieldControl
                  field={field}
                  value={answers()[field.id]}
                  error={errorFor(field)}
                  asHeading={single()}
                  onChange={(value) => setAnswer(field.id, value)}
                />
              </Match>
            </Switch>
          )}
        </For>
        <FormFeedback error={state.error()} />
        <div class="step-actions">
          <button type="submit" class="button button-primary" aria-disabled={state.pending() ? 'true' : undefined}>
            {state.pending() ? t('requests.working') : t('requests.continue')}
          </button>
        </div>
        <p class="form-saved-note">{t('requests.form.savedNote')}</p>
      </form>
    </FormFrame>
  );
}
