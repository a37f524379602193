import { Show } from 'solid-js';
import type { RequestDetail } from '../../../shared/requests/api';
import { NotFoundView } from '../../components/not-found-view';
import { usePageTitle } from '../../lib/document';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { requestPaths } from '../../lib/paths';
import { AnswersSummary, AttachmentList, submittedFieldShown } from './answers-summary';
import { RequestAccess, useRequestDetail } from './request-page';
import { deadlineSentence } from './status-text';
import '../../styles/requests.css';

/**
 * /pratiche/:id/ricevuta — the receipt of a submission, to print or save as PDF: who received it, its
 * protocol number, when, what was asked and answered, and each file's SHA-256, which proves later that
 * a file is the one sent. Printing leaves out the site's header, menu and footer.
 */
export default function ReceiptPage() {
  const page = useRequestDetail();
  usePageTitle(() => t('requests.receipt.title'));
  return (
    <RequestAccess page={page} title={t('requests.receipt.title')} dataPage="request-receipt">
      {(request) => (
        <Show when={request().submittedAt} fallback={<NotFoundView />}>
          {(submittedAt) => <Receipt request={request()} submittedAt={submittedAt()} />}
        </Show>
      )}
    </RequestAccess>
  );
}

function Receipt(props: { request: RequestDetail; submittedAt: string }) {
  return (
    <article class="container request-page request-receipt" data-page="request-receipt">
      <p class="no-print back-link-row">
        <a class="back-link" href={requestPaths.request(props.request.id)}>
          {t('requests.receipt.back')}
        </a>
      </p>
      <header class="receipt-header">
        <p class="receipt-organization">{props.request.organization.name}</p>
        <h1>{t('requests.receipt.title')}</h1>
      </header>
      <dl class="summary-list receipt-facts">
        <dt>{t('requests.page.protocol')}</dt>
        <dd class="protocol-number">{props.request.protocolNumber ?? '—'}</dd>
        <dt>{t('requests.receipt.submittedAt')}</dt>
        <dd>{formatDateTime(props.submittedAt, locale())}</dd>
        <dt>{t('requests.receipt.service')}</dt>
        <dd>{props.request.service.title}</dd>
        <dt>{t('requests.page.office')}</dt>
        <dd>
          {props.request.office.name}
          <br />
          {props.request.officeContacts.email} · {props.request.officeContacts.phone}
        </dd>
        <Show when={deadlineSentence(props.request.deadline, locale())}>
          {(sentence) => (
            <>
              <dt>{t('requests.deadline.title')}</dt>
              <dd>{sentence()}</dd>
            </>
          )}
        </Show>
      </dl>
      <section aria-labelledby="receipt-answers-title">
        <h2 id="receipt-answers-title">{t('requests.page.answers')}</h2>
        <AnswersSummary
          definition={props.request.definition}
          answers={props.request.answers}
          shown={(field) => submittedFieldShown(field, props.request.answers)}
          attachments={props.request.attachments}
          fingerprints
          level={3}
        />
      </section>
      <section aria-labelledby="receipt-files-title">
        <h2 id="receipt-files-title">{t('requests.page.files')}</h2>
        <AttachmentList attachments={props.request.attachments} fingerprints />
      </section>
      <p class="receipt-note">{t('requests.receipt.note')}</p>
      <p class="no-print">
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {t('requests.receipt.print')}
        </button>
      </p>
    </article>
  );
}
