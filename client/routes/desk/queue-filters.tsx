import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import {
  type QueueFilters,
  type QueueSort,
  queueFiltersFrom,
  queueSearch,
  queueSortParams,
  queueStatuses,
} from '../../lib/desk';
import { type MessageKey, t } from '../../lib/i18n';
import { deskPaths } from '../../lib/paths';
import { statusLabel } from './labels';

const sorts: { value: QueueSort; param: string; label: MessageKey }[] = [
  { value: 'deadline', param: queueSortParams.deadline, label: 'desk.queue.sort.deadline' },
  { value: 'submitted', param: queueSortParams.submitted, label: 'desk.queue.sort.submitted' },
];

/**
 * Service, status and order of the queue, applied with a button (choosing in a list never reloads the
 * table under the keyboard). They live in the address, so a reload or a shared link keeps them.
 */
export function QueueFilterForm(props: {
  office: string;
  filters: QueueFilters;
  services: { slug: string; title: string }[];
}) {
  const navigate = useNavigate();
  const filtered = () => Boolean(props.filters.service || props.filters.status || props.filters.sort !== 'deadline');

  // The form's names and values are those of the address, so it reads back like a reload would.
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '');
    const filters = queueFiltersFrom({ servizio: value('servizio'), stato: value('stato'), ordine: value('ordine') });
    navigate(deskPaths.queue(props.office, queueSearch(filters)));
  };

  return (
    <form
      class="staff-filters"
      aria-labelledby="queue-filters-title"
      action={deskPaths.queue(props.office)}
      onSubmit={submit}
    >
      <h2 id="queue-filters-title" class="staff-filters-title">
        {t('desk.queue.filters')}
      </h2>
      <div class="staff-filter-fields">
        <div class="field">
          <label for="queue-service">{t('desk.queue.service')}</label>
          <select id="queue-service" name="servizio">
            <option value="">{t('desk.queue.allServices')}</option>
            <For each={props.services}>
              {(service) => (
                <option value={service.slug} selected={service.slug === props.filters.service}>
                  {service.title}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="queue-status">{t('desk.queue.status')}</label>
          <select id="queue-status" name="stato">
            <option value="">{t('desk.queue.openStatuses')}</option>
            <For each={queueStatuses}>
              {(status) => (
                <option value={status} selected={status === props.filters.status}>
                  {statusLabel(status)}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="queue-sort">{t('desk.queue.sort')}</label>
          <select id="queue-sort" name="ordine">
            <For each={sorts}>
              {(sort) => (
                <option value={sort.param} selected={sort.value === props.filters.sort}>
                  {t(sort.label)}
                </option>
              )}
            </For>
          </select>
        </div>
      </div>
      <div class="staff-filter-actions">
        <button type="submit" class="button button-primary">
          {t('desk.queue.apply')}
        </button>
        <Show when={filtered()}>
          <a href={deskPaths.queue(props.office)}>{t('desk.queue.reset')}</a>
        </Show>
      </div>
    </form>
  );
}
