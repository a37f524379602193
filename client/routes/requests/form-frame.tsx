import { createAsync, useParams } from '@solidjs/router';
import { createSignal, type JSX, Match, Show, Suspense, Switch } from 'solid-js';
import type { DraftView, RequestFormOutput } from '../../../shared/requests/api';
import type { Answers } from '../../../shared/requests/form';
import { Loading } from '../../components/page-state';
import { getMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/document';
import { appCodeOf } from '../../lib/errors';
import { locale, plural, t } from '../../lib/i18n';
import { requestPaths } from '../../lib/paths';
import { getDraft, getRequestForm } from '../../lib/requests';
import { answersForForm } from './form-flow';
import { SignInPrompt } from './sign-in-prompt';
import '../../styles/forms.css';
import '../../styles/requests.css';

/**
 * The online form of the service in the address, the person's draft of it (from the server, so a form
 * left on one device goes on on another), and the answers to start from. `setDraft` keeps the draft
 * just saved, so the next page starts from it without asking the server again.
 */
export function useRequestFlow() {
  const params = useParams();
  const service = () => params.service ?? '';
  const me = createAsync(() => getMe());
  const form = createAsync(() =>
    getRequestForm(service(), locale()).catch((error: unknown) => {
      if (appCodeOf(error) === 'REQUEST_FORM_NOT_FOUND') return null;
      throw error;
    }),
  );
  // Undefined until who is signed in is known; a signed-out person has no draft to ask for.
  const loaded = createAsync(async () => {
    const person = me();
    if (person === undefined) return undefined;
    return { draft: person ? await getDraft(service(), locale()) : null };
  });
  const [saved, setSaved] = createSignal<{ service: string; draft: DraftView | null }>();

  const draft = (): DraftView | null | undefined => {
    const kept = saved();
    if (kept && kept.service === service()) return kept.draft;
    return loaded()?.draft;
  };
  /** The draft was made with an earlier version of the form: it starts again from the current one. */
  const formChanged = () => {
    const current = form();
    const existing = draft();
    return Boolean(current && existing && existing.formVersion !== current.version);
  };
  const answers = (): Answers => {
    const current = form();
    const existing = draft();
    if (!current || !existing) return {};
    return formChanged() ? answersForForm(current.definition, existing.answers) : existing.answers;
  };

  return {
    service,
    me,
    form,
    draft,
    draftLoaded: () => loaded() !== undefined || saved() !== undefined,
    formChanged,
    answers,
    setDraft: (next: DraftView | null) => setSaved({ service: service(), draft: next }),
  };
}

export type RequestFlow = ReturnType<typeof useRequestFlow>;

/**
 * What every page of the form needs before it can show: someone signed in (else a prompt to sign in
 * that comes back here), a service that has an online form (else a note), and the draft read. Its own
 * Suspense: without it, arriving here by a link (a navigation, so a transition) left the page blank
 * for good once the draft had arrived (Solid 1.9, @solidjs/router 0.16); reloading showed it.
 */
export function FlowGuard(props: { flow: RequestFlow; children: (form: RequestFormOutput) => JSX.Element }) {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Match when={props.flow.form() === null}>
          <NoOnlineForm service={props.flow.service()} />
        </Match>
        <Match when={props.flow.me() === null && props.flow.form()}>{(form) => <SignInToApply form={form()} />}</Match>
        <Match when={props.flow.me() && props.flow.draftLoaded() && props.flow.form()}>
          {(form) => props.children(form())}
        </Match>
      </Switch>
    </Suspense>
  );
}

/** A signed-out citizen sees what the form is about and what it takes, then signs in to start. */
function SignInToApply(props: { form: RequestFormOutput }) {
  usePageTitle(() => props.form.service.title);
  return (
    <div class="container request-page narrow-page" data-page="request-sign-in">
      <p class="page-kicker">{t('requests.form.kicker')}</p>
      <h1>{props.form.service.title}</h1>
      <SignInPrompt body={t('requests.signIn.form')}>
        <ul class="request-facts">
          <li>{t('requests.form.handledBy', { office: props.form.office.name, org: props.form.organization.name })}</li>
          <li>{deadlineDays(props.form.deadline)}</li>
          <li>{t('requests.form.savedAsYouGo')}</li>
        </ul>
      </SignInPrompt>
      <p>
        <a href={requestPaths.service(props.form.service.slug)}>{t('requests.form.servicePage')}</a>
      </p>
    </div>
  );
}

/** "L'ufficio risponde entro 30 giorni" (or working days). */
export function deadlineDays(deadline: RequestFormOutput['deadline']): string {
  return deadline.kind === 'working'
    ? plural('requests.form.deadlineWorking', deadline.days)
    : plural('requests.form.deadlineCalendar', deadline.days);
}

function NoOnlineForm(props: { service: string }) {
  usePageTitle(() => t('requests.form.noFormTitle'));
  return (
    <div class="container page-message">
      <h1>{t('requests.form.noFormTitle')}</h1>
      <p>{t('requests.form.noFormBody')}</p>
      <p class="actions">
        <a class="button button-primary" href={requestPaths.service(props.service)}>
          {t('requests.form.servicePage')}
        </a>
      </p>
    </div>
  );
}

/**
 * The frame of a question or of the check page: "Indietro", the service as a kicker, "Domanda 2 di 5",
 * then the page. GOV.UK's pattern for a form: no breadcrumbs, which would lead out of it.
 */
export function FormFrame(props: {
  form: RequestFormOutput;
  back: string;
  progress?: { current: number; total: number };
  pageId: string;
  children: JSX.Element;
}) {
  return (
    <div class="container request-page request-form-page" data-page={`request-form-${props.pageId}`}>
      <p class="back-link-row">
        <a class="back-link" href={props.back}>
          {t('requests.back')}
        </a>
      </p>
      <p class="page-kicker">
        {props.form.service.title}
        <Show when={props.progress}>
          {(progress) => (
            <>
              {' – '}
              <span class="question-progress">
                {t('requests.form.progress', { current: progress().current, total: progress().total })}
              </span>
            </>
          )}
        </Show>
      </p>
      {props.children}
    </div>
  );
}
