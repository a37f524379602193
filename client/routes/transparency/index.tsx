import { createAsync, useNavigate, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { Organization } from '../../../shared/catalog/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { getOrganizations } from '../../lib/catalog';
import { usePageTitle } from '../../lib/document';
import { locale, t } from '../../lib/i18n';
import { organization } from '../../lib/organization';
import { chooseOrganization, getStats } from '../../lib/transparency';
import { OpenData } from './open-data';
import { StatsSummary, StatsTable } from './stats-table';
import '../../styles/desk.css';

/** The window the server measures over; the page says the server's own figure once it has answered. */
const defaultWindowDays = 90;

/**
 * /trasparenza and /trasparenza/:organization — "Tempi di risposta": how long an organization takes
 * to decide on requests made online (L. 241/1990), in figures anyone can read and reuse as open data.
 */
export default function TransparencyPage() {
  usePageTitle(() => t('transparency.title'));
  const params = useParams();
  const organizations = createAsync(() => getOrganizations(locale()).catch(() => undefined));
  const chosen = () => chooseOrganization(params.organization, organization(), organizations()?.data);
  const stats = createAsync(async () => {
    const slug = chosen();
    return slug ? getStats(slug, locale()) : undefined;
  });

  return (
    <div class="container transparency-page" data-page="transparency">
      <Breadcrumbs items={[{ label: t('transparency.title') }]} />
      <h1>{t('transparency.title')}</h1>
      <p class="lead">{t('transparency.intro', { days: stats()?.windowDays ?? defaultWindowDays })}</p>
      <OrganizationPicker organizations={organizations()?.data ?? []} chosen={chosen()} />
      <Show when={stats()} fallback={<p class="empty">{t('transparency.noOrganizations')}</p>}>
        {(found) => (
          <>
            <StatsSummary stats={found()} />
            <StatsTable stats={found()} />
          </>
        )}
      </Show>
      <Explanations />
      <OpenData />
    </div>
  );
}

/** Another organization's figures: a choice confirmed with a button, which opens its own address. */
function OrganizationPicker(props: { organizations: Organization[]; chosen?: string }) {
  const navigate = useNavigate();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const slug = String(new FormData(event.currentTarget as HTMLFormElement).get('ente') ?? '');
    if (slug) navigate(`/trasparenza/${encodeURIComponent(slug)}`);
  };
  return (
    <Show when={props.organizations.length > 1}>
      <form class="stats-picker" onSubmit={submit}>
        <div class="field">
          <label for="transparency-organization">{t('transparency.organization')}</label>
          <select id="transparency-organization" name="ente">
            <For each={props.organizations}>
              {(entry) => (
                <option value={entry.slug} selected={entry.slug === props.chosen}>
                  {entry.name}
                </option>
              )}
            </For>
          </select>
        </div>
        <button type="submit" class="button button-primary">
          {t('transparency.show')}
        </button>
      </form>
    </Show>
  );
}

/** What each figure means, and how the legal term is counted. */
function Explanations() {
  return (
    <>
      <section aria-labelledby="transparency-explain-title">
        <h2 id="transparency-explain-title">{t('transparency.explain.title')}</h2>
        <dl class="stats-glossary">
          <dt>{t('transparency.received')}</dt>
          <dd>{t('transparency.explain.received')}</dd>
          <dt>{t('transparency.decided')}</dt>
          <dd>{t('transparency.explain.decided')}</dd>
          <dt>{t('transparency.median')}</dt>
          <dd>{t('transparency.explain.median')}</dd>
          <dt>{t('transparency.p90')}</dt>
          <dd>{t('transparency.explain.p90')}</dd>
          <dt>{t('transparency.within')}</dt>
          <dd>{t('transparency.explain.within')}</dd>
        </dl>
        <p>{t('transparency.explain.none')}</p>
      </section>
      <section class="prose" aria-labelledby="transparency-law-title">
        <h2 id="transparency-law-title">{t('transparency.law.title')}</h2>
        <p>{t('transparency.law.body')}</p>
        <ul>
          <li>{t('transparency.law.calendar')}</li>
          <li>{t('transparency.law.working')}</li>
        </ul>
        <p>{t('transparency.law.suspension')}</p>
      </section>
    </>
  );
}
