import { For, Show } from 'solid-js';
import type { QueueItem } from '../../../shared/requests/api';
import { locale, t } from '../../lib/i18n';
import { deskPaths } from '../../lib/paths';
import { DeadlineSummary, StatusTag } from './deadline-badge';
import { formatShortDay } from './labels';

/**
 * The queue as a data table. On a narrow screen (or at 200% zoom) it scrolls sideways inside a region
 * that is named by the caption and reachable with the keyboard; the protocol column stays in view.
 */
export function QueueTable(props: { office: string; caption: string; items: QueueItem[]; busy: boolean }) {
  return (
    <section
      class="table-scroll"
      aria-labelledby="queue-caption"
      aria-describedby="queue-scroll-hint"
      aria-busy={props.busy}
      tabindex="0"
    >
      <table class="data-table queue-table">
        <caption id="queue-caption">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('desk.queue.col.protocol')}</th>
            <th scope="col">{t('desk.queue.col.service')}</th>
            <th scope="col">{t('desk.queue.col.applicant')}</th>
            <th scope="col">{t('desk.queue.col.status')}</th>
            <th scope="col">{t('desk.queue.col.submitted')}</th>
            <th scope="col">{t('desk.queue.col.deadline')}</th>
            <th scope="col">{t('desk.queue.col.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.items}>
            {(item) => (
              <tr>
                <th scope="row">
                  <a href={deskPaths.request(props.office, item.id)}>
                    {item.protocolNumber ?? t('desk.queue.noProtocol')}
                  </a>
                </th>
                <td>{item.service.title}</td>
                <td>{item.applicantName}</td>
                <td>
                  <StatusTag status={item.status} />
                </td>
                <td>
                  <Show when={item.submittedAt} fallback="—">
                    {(at) => <time datetime={at()}>{formatShortDay(at(), locale())}</time>}
                  </Show>
                </td>
                <td>
                  <DeadlineSummary deadline={item.deadline} />
                </td>
                <td>
                  <Show when={item.assignee} fallback={<span class="staff-muted">{t('desk.queue.nobody')}</span>}>
                    {(name) => name()}
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
