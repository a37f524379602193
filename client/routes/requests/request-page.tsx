import { createAsync, useLocation, useParams } from '@solidjs/router';
import {
  type Accessor,
  createEffect,
  createSignal,
  type JSX,
  Match,
  on,
  onCleanup,
  Show,
  Suspense,
  Switch,
} from 'solid-js';
import type { RequestDetail } from '../../../shared/requests/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { FormFeedback } from '../../components/form-feedback';
import { Freshness } from '../../components/freshness';
import { NotFoundView } from '../../components/not-found-view';
import { PushOffer } from '../../components/push-offer';
import { getMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/document';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import type { Fetched } from '../../lib/offline';
import { areaPaths, requestPaths } from '../../lib/paths';
import { getRequest, getRequestForm, watchRequest } from '../../lib/requests';
import { AnswerInfoForm } from './answer-info-form';
import { AnswersSummary, AttachmentList, submittedFieldShown } from './answers-summary';
import { DeadlineDetails } from './deadline-details';
import { SignInPrompt } from './sign-in-prompt';
import { StatusBadge, statusName } from './status-text';
import { lastRequestForInfo, Timeline } from './timeline';
import { WithdrawRequest } from './withdraw-request';
import '../../styles/forms.css';
import '../../styles/requests.css';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The request in the address, for its page and its receipt: only its author, signed in, may read it.
 * `fetched` says whether it came from the server or, offline, from this device and when.
 */
export function useRequestDetail() {
  const params = useParams();
  const id = () => params.id ?? '';
  const valid = () => uuidPattern.test(id());
  const me = createAsync(() => getMe());
  const fetched = createAsync(async () => (valid() && (await getMe()) ? getRequest(id(), locale()) : undefined));
  return { id, valid, me, request: () => fetched()?.data, fetched };
}

/**
 * /pratiche/:id — one request: where it stands and until when, the office and how to reach it, its
 * history, the answers given and the files. While the page is open it follows the request live, so a
 * clerk's move shows (and is announced) without reloading; the person can answer a request for
 * information and withdraw the request while that is allowed.
 */
export default function RequestPage() {
  const page = useRequestDetail();
  usePageTitle(() => page.request()?.service.title ?? t('requests.page.title'));
  return (
    <RequestAccess page={page} title={t('requests.page.title')} dataPage="request">
      {(request) => <RequestView initial={request()} fetched={page.fetched()} />}
    </RequestAccess>
  );
}

/**
 * One of the person's requests, for the pages showing it: a malformed id is a missing page, a signed-out
 * reader is asked to sign in, and the page renders once the request has arrived.
 */
export function RequestAccess(props: {
  page: ReturnType<typeof useRequestDetail>;
  title: string;
  dataPage: string;
  children: (request: Accessor<RequestDetail>) => JSX.Element;
}) {
  return (
    <Switch>
      <Match when={!props.page.valid()}>
        <NotFoundView />
      </Match>
      <Match when={props.page.me() === null}>
        <div class="container request-page narrow-page" data-page={props.dataPage}>
          <h1>{props.title}</h1>
          <SignInPrompt body={t('requests.signIn.request')} />
        </div>
      </Match>
      <Match when={props.page.request()}>{(request) => props.children(request)}</Match>
    </Switch>
  );
}

function RequestView(props: { initial: RequestDetail; fetched?: Fetched<RequestDetail> }) {
  const location = useLocation<{ done?: string }>();
  const [live, setLive] = createSignal<RequestDetail>();
  const [done, setDone] = createSignal(location.state?.done);
  const [failure, setFailure] = createSignal<string>();
  const [announcement, setAnnouncement] = createSignal('');
  // The live feed cannot send the reader's language as a header (EventSource), so its names of the
  // service, office and administration may be in another one: those stay as the page read them.
  const request = (): RequestDetail => {
    const fresh = live();
    if (!fresh) return props.initial;
    const { service, office, organization } = props.initial;
    return fresh.id === props.initial.id ? { ...fresh, service, office, organization } : fresh;
  };
  let statusHeading: HTMLHeadingElement | undefined;

  // A fresh read (another language, a revalidation) replaces what the live feed brought.
  createEffect(
    on(
      () => props.initial,
      () => setLive(undefined),
      { defer: true },
    ),
  );

  const show = (next: RequestDetail, announce: boolean) => {
    const before = request();
    setLive(next);
    if (!announce) return;
    if (next.status !== before.status) {
      setAnnouncement(t('requests.live.statusChanged', { status: statusName(next.status) }));
    } else if (next.timeline.length > before.timeline.length) {
      setAnnouncement(t('requests.live.updated'));
    }
  };

  // Followed live while the page is open, in the reader's language (a new language: a new stream).
  createEffect(() => {
    locale();
    const stop = watchRequest(props.initial.id, {
      onData: (next) => show(next, true),
      onError: (error) => console.warn('Sportello: the live updates of this request stopped', error),
    });
    onCleanup(stop);
  });

  const form = createAsync(async () =>
    request().status === 'needs_info'
      ? getRequestForm(request().service.slug, locale()).catch(() => undefined)
      : undefined,
  );
  const canWithdraw = () => request().nextStatuses.includes('withdrawn');
  const asked = () => lastRequestForInfo(request());

  const changed = (next: RequestDetail, message: string) => {
    show(next, false);
    setFailure(undefined);
    setDone(message);
    statusHeading?.focus();
  };

  return (
    <div class="container request-page" data-page="request" data-status={request().status}>
      <Breadcrumbs
        items={[
          { label: t('requests.areaTitle'), href: areaPaths.overview },
          { label: t('requests.mine.title'), href: requestPaths.mine },
          { label: request().protocolNumber ?? request().service.title },
        ]}
      />
      <p class="page-kicker">{t('requests.page.kicker')}</p>
      <h1>{request().service.title}</h1>
      <div class="sr-only" role="status" aria-live="polite" data-testid="request-live">
        {announcement()}
      </div>
      <FormFeedback error={failure()} done={done()} />
      <Freshness of={live() ? undefined : props.fetched} />
      {/* Just sent: the moment to offer notifications about what happens to it next. */}
      <Show when={location.state?.done}>
        <PushOffer />
      </Show>
      <section aria-labelledby="request-status-title">
        <h2 id="request-status-title" tabindex="-1" ref={statusHeading}>
          {t('requests.page.status')}
        </h2>
        <dl class="summary-list request-facts-list">
          <dt>{t('requests.page.statusLabel')}</dt>
          <dd>
            <StatusBadge status={request().status} labelled />
          </dd>
          <Show when={request().protocolNumber}>
            {(protocol) => (
              <>
                <dt>{t('requests.page.protocol')}</dt>
                <dd class="protocol-number">{protocol()}</dd>
              </>
            )}
          </Show>
          <Show when={request().submittedAt}>
            {(at) => (
              <>
                <dt>{t('requests.page.submittedAt')}</dt>
                <dd>{formatDateTime(at(), locale())}</dd>
              </>
            )}
          </Show>
          <dt>{t('requests.page.organization')}</dt>
          <dd>{request().organization.name}</dd>
        </dl>
        <DeadlineDetails request={request()} />
        <Show when={request().submittedAt}>
          <p>
            <a href={requestPaths.receipt(request().id)}>{t('requests.receipt.link')}</a>
          </p>
        </Show>
      </section>

      <Show when={request().status === 'needs_info'}>
        <section class="request-action" aria-labelledby="request-info-title">
          <h2 id="request-info-title">{t('requests.info.title')}</h2>
          <Show when={asked()?.message}>
            {(message) => (
              <>
                <p>{t('requests.info.asked')}</p>
                <blockquote class="timeline-message">{message()}</blockquote>
              </>
            )}
          </Show>
          {/* The form's file limits arrive on their own: the rest of the page does not wait for them. */}
          <Suspense>
            <AnswerInfoForm
              request={request()}
              limits={form()?.limits}
              onAnswered={(next) => changed(next, t('requests.info.sent'))}
            />
          </Suspense>
        </section>
      </Show>

      <section aria-labelledby="request-office-title">
        <h2 id="request-office-title">{t('requests.page.office')}</h2>
        <p>{request().office.name}</p>
        <dl class="summary-list">
          <dt>{t('requests.page.email')}</dt>
          <dd>
            <a href={`mailto:${request().officeContacts.email}`}>{request().officeContacts.email}</a>
          </dd>
          <dt>{t('requests.page.phone')}</dt>
          <dd>
            <a href={`tel:${request().officeContacts.phone.replace(/\s/g, '')}`}>{request().officeContacts.phone}</a>
          </dd>
        </dl>
        <p class="field-hint">{t('requests.page.quoteProtocol')}</p>
      </section>

      <section aria-labelledby="request-timeline-title">
        <h2 id="request-timeline-title">{t('requests.timeline.title')}</h2>
        <Timeline request={request()} />
      </section>

      <section aria-labelledby="request-answers-title">
        <h2 id="request-answers-title">{t('requests.page.answers')}</h2>
        <AnswersSummary
          definition={request().definition}
          answers={request().answers}
          shown={(field) => submittedFieldShown(field, request().answers)}
          attachments={request().attachments}
          level={3}
        />
      </section>

      <section aria-labelledby="request-files-title">
        <h2 id="request-files-title">{t('requests.page.files')}</h2>
        <AttachmentList attachments={request().attachments} links />
      </section>

      <Show when={canWithdraw()}>
        <section aria-labelledby="request-withdraw-title" class="request-withdraw">
          <h2 id="request-withdraw-title">{t('requests.withdraw.sectionTitle')}</h2>
          <p>{t('requests.withdraw.intro')}</p>
          <WithdrawRequest
            request={request()}
            onDone={(next) => changed(next, t('requests.withdraw.done'))}
            onError={(message) => {
              setDone(undefined);
              setFailure(message);
            }}
          />
        </section>
      </Show>
    </div>
  );
}
