import { For } from 'solid-js';
import { type MessageKey, t } from '../../lib/i18n';
import { type OpenDataColumn, openDataColumns, openDataFiles } from '../../lib/transparency';

const columnKeys: Record<OpenDataColumn, MessageKey> = {
  organization: 'transparency.column.organization',
  service: 'transparency.column.service',
  service_title: 'transparency.column.service_title',
  window_from: 'transparency.column.window_from',
  window_to: 'transparency.column.window_to',
  received: 'transparency.column.received',
  decided: 'transparency.column.decided',
  median_days: 'transparency.column.median_days',
  p90_days: 'transparency.column.p90_days',
  within_deadline_share: 'transparency.column.within_deadline_share',
  deadline_days: 'transparency.column.deadline_days',
  deadline_kind: 'transparency.column.deadline_kind',
};

/** The same figures as open data (CSV and JSON), with every column described. */
export function OpenData() {
  return (
    <section aria-labelledby="transparency-open-data-title">
      <h2 id="transparency-open-data-title">{t('transparency.openData.title')}</h2>
      <p>{t('transparency.openData.body')}</p>
      <ul class="stats-downloads">
        <li>
          <a href={openDataFiles.csv} download="">
            {t('transparency.openData.csv')}
          </a>
        </li>
        <li>
          <a href={openDataFiles.json} download="">
            {t('transparency.openData.json')}
          </a>
        </li>
      </ul>
      <h3 id="transparency-columns-title">{t('transparency.openData.columns')}</h3>
      <p>{t('transparency.openData.columnsIntro')}</p>
      <section class="table-scroll" aria-labelledby="transparency-columns-caption" tabindex="0">
        <table class="data-table">
          <caption id="transparency-columns-caption">{t('transparency.openData.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transparency.openData.col.name')}</th>
              <th scope="col">{t('transparency.openData.col.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={openDataColumns}>
              {(column) => (
                <tr>
                  <th scope="row">
                    <code>{column}</code>
                  </th>
                  <td>{t(columnKeys[column])}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  );
}
