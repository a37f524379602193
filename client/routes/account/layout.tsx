import { A, createAsync, Navigate, type RouteSectionProps, useLocation } from '@solidjs/router';
import { For, Match, Switch } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { SessionBoundary } from '../../components/session-boundary';
import { getMe } from '../../lib/auth';
import { type MessageKey, t } from '../../lib/i18n';
import { areaPaths } from '../../lib/paths';
import { listenToWorker } from '../../lib/push/listen-to-worker';
import { signInHref } from '../../lib/return-path';
import '../../styles/account.css';

const tabs: { path: string; label: MessageKey }[] = [
  { path: areaPaths.overview, label: 'area.overview' },
  { path: areaPaths.messages, label: 'area.messages' },
  { path: areaPaths.activity, label: 'area.activity' },
  { path: areaPaths.profile, label: 'area.profile' },
];

/**
 * /area-personale/*: the frame of the personal area ("La mia area"). Only for a signed-in person:
 * anyone else is sent to /accedi?ritorno=<this page> and comes back here after signing in. The
 * sections are real pages, so the menu is a navigation with aria-current, not an ARIA tab widget.
 */
export default function AccountArea(props: RouteSectionProps) {
  listenToWorker();
  const location = useLocation();
  const me = createAsync(() => getMe());
  const current = () => tabs.find((tab) => tab.path === location.pathname.replace(/\/$/, ''));

  return (
    // Signed out: to the sign-in page. Signed in: the area. Not known yet: the suspense fallback.
    <Switch>
      <Match when={me() === null}>
        <Navigate href={() => signInHref(`${location.pathname}${location.search}`)} />
      </Match>
      <Match when={me()}>
        <div class="container account-area" data-page="personal-area">
          <Breadcrumbs
            items={
              current()?.path === areaPaths.overview
                ? [{ label: t('area.title') }]
                : [{ label: t('area.title'), href: areaPaths.overview }, { label: t(current()?.label ?? 'area.title') }]
            }
          />
          <h1>{t('area.title')}</h1>
          <p class="account-who">{t('area.signedInAs', { email: me()?.email ?? '' })}</p>
          <nav class="account-tabs" aria-label={t('area.sections')}>
            <ul>
              <For each={tabs}>
                {(tab) => (
                  <li>
                    <A href={tab.path} end activeClass="active">
                      {t(tab.label)}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <SessionBoundary>{props.children}</SessionBoundary>
        </div>
      </Match>
    </Switch>
  );
}
