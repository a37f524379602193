import { createAsync, Navigate, useNavigate } from '@solidjs/router';
import { createSignal, Show, untrack } from 'solid-js';
import { localize } from '../../../shared/i18n/localized';
import { describeAnswerIssue } from '../../../shared/requests/answer-messages';
import { checkAnswers, isFieldVisible } from '../../../shared/requests/answers';
import type { RequestFormOutput } from '../../../shared/requests/api';
import { FormFeedback } from '../../components/form-feedback';
import { usePageTitle } from '../../lib/document';
import { createFormState } from '../../lib/form-state';
import { locale, t } from '../../lib/i18n';
import { requestPaths } from '../../lib/paths';
import { listAttachments, submitRequest } from '../../lib/requests';
import { AnswersSummary } from './answers-summary';
import { DiscardDraft, DraftNotices } from './draft-notices';
import { ErrorSummary, type SummaryIssue } from './error-summary';
import { controlId, fieldById, pageOfField, todayInItaly, visiblePages } from './form-flow';
import { deadlineDays, FlowGuard, FormFrame, type RequestFlow, useRequestFlow } from './form-frame';

/**
 * /pratiche/nuova/:service/controlla — "Controlla le tue risposte": every answer the form shows, each
 * with a link back to its question, then "Invia la domanda". The submission carries one idempotency key
 * per visit of this page, so a retry after a lost answer sends the request only once.
 */
export default function CheckPage() {
  const flow = useRequestFlow();
  return (
    <FlowGuard flow={flow}>
      {(form) => (
        <Show
          when={flow.draft() && !flow.formChanged()}
          fallback={<Navigate href={requestPaths.start(form.service.slug)} />}
        >
          <CheckAnswers flow={flow} form={form} />
        </Show>
      )}
    </FlowGuard>
  );
}

function CheckAnswers(props: { flow: RequestFlow; form: RequestFormOutput }) {
  const navigate = useNavigate();
  const state = createFormState();
  const idempotencyKey = crypto.randomUUID();
  const [summary, setSummary] = createSignal<SummaryIssue[]>();
  const service = () => props.form.service.slug;
  const definition = () => props.form.definition;
  const draftId = untrack(() => props.flow.draft()?.id);
  const attachments = createAsync(async () => (draftId ? listAttachments(draftId) : []));
  const pages = () => visiblePages(definition(), props.flow.answers());
  const last = () => pages()[pages().length - 1];
  usePageTitle(() =>
    summary() ? `${t('requests.errors.titlePrefix')} ${t('requests.check.title')}` : t('requests.check.title'),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (state.pending()) return;
    const result = checkAnswers(definition(), props.flow.answers(), { today: todayInItaly() });
    if (result.issues.length > 0) {
      setSummary(
        result.issues.map((issue) => {
          const field = fieldById(definition(), issue.field);
          const page = pageOfField(definition(), issue.field);
          const label = field ? localize(field.label, locale()) : issue.field;
          return {
            message: describeAnswerIssue(issue, label, locale(), field?.type),
            href: page && field ? `${requestPaths.page(service(), page.id, true)}#${controlId(field)}` : '#',
          };
        }),
      );
      return;
    }
    setSummary(undefined);
    await state.run(async () => {
      const detail = await submitRequest(idempotencyKey, service(), props.form.version, result.answers, locale());
      navigate(requestPaths.request(detail.id), {
        replace: true,
        state: { done: t('requests.submitted', { protocol: detail.protocolNumber ?? '' }) },
      });
    });
  };

  return (
    <FormFrame
      form={props.form}
      pageId="check"
      back={last() ? requestPaths.page(service(), last()!.id) : requestPaths.service(service())}
    >
      <Show when={summary()} keyed>
        {(list) => <ErrorSummary issues={list} />}
      </Show>
      <DraftNotices flow={props.flow} />
      <h1>{t('requests.check.title')}</h1>
      <p class="lead">{t('requests.check.intro')}</p>
      <AnswersSummary
        definition={definition()}
        answers={props.flow.answers()}
        shown={(field) => isFieldVisible(field, props.flow.answers(), definition())}
        attachments={attachments() ?? []}
        editHref={(pageId) => requestPaths.page(service(), pageId, true)}
      />
      <section class="check-send" aria-labelledby="check-send-title">
        <h2 id="check-send-title">{t('requests.check.sendTitle')}</h2>
        <p>
          {t('requests.form.handledBy', { office: props.form.office.name, org: props.form.organization.name })}{' '}
          {deadlineDays(props.form.deadline)}
        </p>
        <p id="check-declaration">{t('requests.check.declaration')}</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <FormFeedback error={state.error()} />
          <div class="step-actions">
            <button
              type="submit"
              class="button button-primary"
              aria-disabled={state.pending() ? 'true' : undefined}
              aria-describedby="check-declaration"
            >
              {state.pending() ? t('requests.working') : t('requests.check.submit')}
            </button>
          </div>
        </form>
        <div class="check-discard">
          <DiscardDraft flow={props.flow} />
        </div>
      </section>
    </FormFrame>
  );
}
