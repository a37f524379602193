import { type JSX, Show } from 'solid-js';
import type { StaffRequestDetail } from '../../../shared/requests/api';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { DeadlineSummary, StatusTag } from './deadline-badge';
import { termText } from './labels';

/**
 * The request at a glance: number, service, status, dates, where it stands against its legal term and
 * who has it. The "take" button sits beside the assignee when nobody has it yet.
 */
export function RequestSummary(props: { request: StaffRequestDetail; take?: JSX.Element }) {
  return (
    <section aria-labelledby="desk-summary-title">
      <h2 id="desk-summary-title">{t('desk.request.summary')}</h2>
      <dl class="staff-facts">
        <dt>{t('desk.request.protocol')}</dt>
        <dd>{props.request.protocolNumber ?? t('desk.queue.noProtocol')}</dd>
        <dt>{t('desk.request.service')}</dt>
        <dd>{props.request.service.title}</dd>
        <dt>{t('desk.request.status')}</dt>
        <dd>
          <StatusTag status={props.request.status} />
        </dd>
        <dt>{t('desk.request.submitted')}</dt>
        <dd>
          <Show when={props.request.submittedAt} fallback="—">
            {(at) => <time datetime={at()}>{formatDateTime(at(), locale())}</time>}
          </Show>
        </dd>
        <dt>{t('desk.request.updated')}</dt>
        <dd>
          <time datetime={props.request.updatedAt}>{formatDateTime(props.request.updatedAt, locale())}</time>
        </dd>
        <dt>{t('desk.request.deadline')}</dt>
        <dd>
          <DeadlineSummary deadline={props.request.deadline} />
          <Show when={props.request.deadline}>
            {(deadline) => (
              <>
                <span class="staff-note">{t('desk.deadline.law', { term: termText(deadline()) })}</span>
                <Show when={deadline().state === 'paused'}>
                  <span class="staff-note">{t('desk.deadline.pausedNote')}</span>
                </Show>
              </>
            )}
          </Show>
        </dd>
        <dt>{t('desk.request.assignee')}</dt>
        <dd>
          <Show when={props.request.assignee} fallback={<span class="staff-muted">{t('desk.queue.nobody')}</span>}>
            {(name) => name()}
          </Show>
          {props.take}
        </dd>
      </dl>
    </section>
  );
}

/** Who asked: the applicant's name and the ways to reach them. */
export function ApplicantFacts(props: { applicant: StaffRequestDetail['applicant'] }) {
  const notGiven = () => <span class="staff-muted">{t('desk.request.notGiven')}</span>;
  return (
    <section aria-labelledby="desk-applicant-title">
      <h2 id="desk-applicant-title">{t('desk.request.applicant')}</h2>
      <dl class="staff-facts">
        <dt>{t('desk.request.name')}</dt>
        <dd>{props.applicant.name}</dd>
        <dt>{t('desk.request.fiscalCode')}</dt>
        <dd>
          <Show when={props.applicant.fiscalCode} fallback={notGiven()}>
            {(code) => <span class="staff-code">{code()}</span>}
          </Show>
        </dd>
        <dt>{t('contact.email')}</dt>
        <dd>
          <a href={`mailto:${props.applicant.email}`}>{props.applicant.email}</a>
        </dd>
        <dt>{t('contact.phone')}</dt>
        <dd>
          <Show when={props.applicant.phone} fallback={notGiven()}>
            {(phone) => <a href={`tel:${phone().replace(/\s+/g, '')}`}>{phone()}</a>}
          </Show>
        </dd>
      </dl>
    </section>
  );
}
