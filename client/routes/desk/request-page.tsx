import { createAsync, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { StaffRequestDetail } from '../../../shared/requests/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { FormFeedback } from '../../components/form-feedback';
import { getDeskOffice, getStaffRequest } from '../../lib/desk';
import { usePageTitle } from '../../lib/document';
import { locale, t } from '../../lib/i18n';
import { deskPaths } from '../../lib/paths';
import { useOffice } from './office-page';
import { RequestAnswers, RequestAttachments } from './request-answers';
import { ApplicantFacts, RequestSummary } from './request-facts';
import { RequestTimeline } from './request-timeline';
import { MoveForm, TakeButton } from './request-work';
import { StaffOnly } from './staff-only';

/**
 * /desk/:office/pratiche/:id: one request as staff work it. The summary (with "take" while nobody has
 * it), who asked, the answers and files, the history, and at the end the moves allowed now. After a
 * move the page shows the request as the server now has it, and the outcome in a live region.
 */
export default function RequestPage() {
  const office = useOffice();
  const params = useParams();
  return (
    <StaffOnly office={office()}>
      <StaffRequest office={office()} id={params.id ?? ''} />
    </StaffOnly>
  );
}

function StaffRequest(props: { office: string; id: string }) {
  const details = createAsync(() => getDeskOffice(props.office, locale()));
  const request = createAsync(() => getStaffRequest(props.office, props.id, locale()));
  const officeName = () => details()?.name ?? props.office;
  const title = () => t('desk.request.title', { protocol: request()?.protocolNumber ?? t('desk.queue.noProtocol') });
  usePageTitle(() => (request() ? title() : undefined));

  const [done, setDone] = createSignal<string>();
  const [failure, setFailure] = createSignal<string>();
  let heading: HTMLHeadingElement | undefined;
  const report = {
    onDone: (message: string) => {
      setFailure(undefined);
      setDone(message);
      // The button pressed may be gone with the new status: start again from the top of the request.
      heading?.focus();
    },
    onError: (message: string) => {
      setDone(undefined);
      setFailure(message);
    },
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('desk.title'), href: deskPaths.home },
          { label: officeName(), href: deskPaths.office(props.office) },
          { label: t('desk.queue.title'), href: deskPaths.queue(props.office) },
          { label: title() },
        ]}
      />
      <p class="page-kicker">{request()?.service.title}</p>
      <h1 class="staff-title" tabindex="-1" ref={heading}>
        {title()}
      </h1>
      <FormFeedback error={failure()} done={done()} />
      <Show when={request()}>
        {(found) => <RequestSheet office={props.office} request={found()} report={report} />}
      </Show>
      <p>
        <a href={deskPaths.queue(props.office)}>{t('desk.request.back')}</a>
      </p>
    </>
  );
}

function RequestSheet(props: {
  office: string;
  request: StaffRequestDetail;
  report: { onDone: (message: string) => void; onError: (message: string) => void };
}) {
  return (
    <div class="staff-request">
      <RequestSummary
        request={props.request}
        take={<TakeButton office={props.office} request={props.request} {...props.report} />}
      />
      <ApplicantFacts applicant={props.request.applicant} />
      <RequestAnswers request={props.request} />
      <RequestAttachments request={props.request} />
      <RequestTimeline entries={props.request.timeline} />
      <MoveForm office={props.office} request={props.request} {...props.report} />
    </div>
  );
}
