import { createAsync } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import type { RequestSummary } from '../../../shared/requests/api';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { Freshness } from '../../components/freshness';
import { getMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/document';
import { locale, t } from '../../lib/i18n';
import { areaPaths } from '../../lib/paths';
import { getMyRequests } from '../../lib/requests';
import { RequestCard } from './request-card';
import { SignInPrompt } from './sign-in-prompt';
import { isOpen } from './status-text';
import '../../styles/requests.css';

type Group = { id: string; title: string; intro?: string; requests: RequestSummary[] };

const newestFirst = (a: RequestSummary, b: RequestSummary) =>
  (b.submittedAt ?? b.updatedAt).localeCompare(a.submittedAt ?? a.updatedAt);

/** Drafts to finish, requests under way (those waiting for the person first), and settled ones. */
export function groupRequests(requests: readonly RequestSummary[]): Group[] {
  const open = requests.filter((request) => isOpen(request.status));
  const waiting = (request: RequestSummary) => (request.status === 'needs_info' ? 0 : 1);
  return [
    {
      id: 'drafts',
      title: t('requests.mine.drafts'),
      intro: t('requests.mine.draftsIntro'),
      requests: requests.filter((request) => request.status === 'draft').sort(newestFirst),
    },
    {
      id: 'open',
      title: t('requests.mine.open'),
      requests: [...open].sort((a, b) => waiting(a) - waiting(b) || newestFirst(a, b)),
    },
    {
      id: 'closed',
      title: t('requests.mine.closed'),
      requests: requests.filter((request) => request.status !== 'draft' && !isOpen(request.status)).sort(newestFirst),
    },
  ].filter((group) => group.requests.length > 0);
}

/**
 * /pratiche, "Le mie pratiche": every request of the signed-in person, drafts included, each with its
 * status in words, its protocol number and where it stands against its legal term. Offline, as last
 * read on this device, with when that was.
 */
export default function MyRequests() {
  usePageTitle(() => t('requests.mine.title'));
  const me = createAsync(() => getMe());
  const requests = createAsync(async () => (me() ? getMyRequests(locale()) : undefined));

  return (
    <div class="container request-page" data-page="my-requests">
      <Breadcrumbs
        items={[{ label: t('requests.areaTitle'), href: areaPaths.overview }, { label: t('requests.mine.title') }]}
      />
      <h1>{t('requests.mine.title')}</h1>
      <Switch>
        <Match when={me() === null}>
          <SignInPrompt body={t('requests.signIn.mine')} />
        </Match>
        <Match when={requests()?.data}>
          {(all) => (
            <Show
              when={all().length > 0}
              fallback={
                <div class="request-empty">
                  <p class="request-empty-title">{t('requests.mine.empty')}</p>
                  <p>{t('requests.mine.emptyHint')}</p>
                  <p>
                    <a class="button button-primary" href="/servizi">
                      {t('requests.mine.findService')}
                    </a>
                  </p>
                </div>
              }
            >
              <p class="lead">{t('requests.mine.intro')}</p>
              <Freshness of={requests()} />
              <For each={groupRequests(all())}>
                {(group) => (
                  <section class="request-group" aria-labelledby={`requests-${group.id}`}>
                    <h2 id={`requests-${group.id}`}>
                      {group.title} <span class="request-count">({group.requests.length})</span>
                    </h2>
                    <Show when={group.intro}>{(intro) => <p>{intro()}</p>}</Show>
                    <ul class="request-list">
                      <For each={group.requests}>
                        {(request) => (
                          <li>
                            <RequestCard request={request} />
                          </li>
                        )}
                      </For>
                    </ul>
                  </section>
                )}
              </For>
            </Show>
          )}
        </Match>
      </Switch>
    </div>
  );
}
