import { For, Show } from 'solid-js';
import type { ServiceStats, StatsOutput } from '../../../shared/requests/api';
import { locale, t } from '../../lib/i18n';
import { formatCount, formatDay, formatDays, formatShare, formatTerm } from './format';

/** The organization's figures over the window, as five headline numbers. */
export function StatsSummary(props: { stats: StatsOutput }) {
  return (
    <section aria-labelledby="transparency-summary-title">
      <h2 id="transparency-summary-title">{t('transparency.summary')}</h2>
      <p class="lead">
        {t('transparency.period', {
          organization: props.stats.organization.name,
          from: formatDay(props.stats.from, locale()),
          to: formatDay(props.stats.to, locale()),
        })}
      </p>
      <dl class="stats-figures">
        <Figure label={t('transparency.received')} value={formatCount(props.stats.total.received, locale())} />
        <Figure label={t('transparency.decided')} value={formatCount(props.stats.total.decided, locale())} />
        <Figure label={t('transparency.median')} value={formatDays(props.stats.total.medianDays, locale())} />
        <Figure label={t('transparency.p90')} value={formatDays(props.stats.total.p90Days, locale())} />
        <Figure label={t('transparency.within')} value={formatShare(props.stats.total.withinDeadline, locale())} />
      </dl>
    </section>
  );
}

function Figure(props: { label: string; value: string }) {
  return (
    <div class="stats-figure">
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}

/**
 * Service by service, with the legal term of each and the totals in the footer. On a narrow screen the
 * table scrolls sideways inside a region named by its caption; the service column stays in view.
 */
export function StatsTable(props: { stats: StatsOutput }) {
  return (
    <section aria-labelledby="transparency-services-title">
      <h2 id="transparency-services-title">{t('transparency.byService')}</h2>
      <Show when={props.stats.services.length > 0} fallback={<p class="empty">{t('transparency.noServices')}</p>}>
        <section class="table-scroll" aria-labelledby="transparency-caption" tabindex="0">
          <table class="data-table stats-table">
            <caption id="transparency-caption">
              {t('transparency.caption', {
                organization: props.stats.organization.name,
                from: formatDay(props.stats.from, locale()),
                to: formatDay(props.stats.to, locale()),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('transparency.col.service')}</th>
                <th scope="col">{t('transparency.col.deadline')}</th>
                <th scope="col" class="number">
                  {t('transparency.col.received')}
                </th>
                <th scope="col" class="number">
                  {t('transparency.col.decided')}
                </th>
                <th scope="col" class="number">
                  {t('transparency.col.median')}
                </th>
                <th scope="col" class="number">
                  {t('transparency.col.p90')}
                </th>
                <th scope="col" class="number">
                  {t('transparency.col.within')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.stats.services}>
                {(service) => (
                  <tr>
                    <th scope="row">
                      <a href={`/servizi/${service.slug}`}>{service.title}</a>
                    </th>
                    <td>{formatTerm(service.deadline)}</td>
                    <Figures stats={service} />
                  </tr>
                )}
              </For>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('transparency.total')}</th>
                <td />
                <Figures stats={props.stats.total} />
              </tr>
            </tfoot>
          </table>
        </section>
        <p class="field-hint">{t('transparency.dashNote')}</p>
      </Show>
    </section>
  );
}

function Figures(props: { stats: ServiceStats }) {
  return (
    <>
      <td class="number">{formatCount(props.stats.received, locale())}</td>
      <td class="number">{formatCount(props.stats.decided, locale())}</td>
      <td class="number">{formatDays(props.stats.medianDays, locale())}</td>
      <td class="number">{formatDays(props.stats.p90Days, locale())}</td>
      <td class="number">{formatShare(props.stats.withinDeadline, locale())}</td>
    </>
  );
}
