import { A, createAsync } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { getMe, getUnreadCount } from '../lib/auth';
import { plural, t } from '../lib/i18n';

/**
 * The header's way in: "Accedi" for guests, "Area personale" with the number of unread messages for a
 * signed-in person. Nothing while that is unknown (first load, or the server unreachable).
 */
export function AccountLink() {
  const me = createAsync(() => getMe().catch(() => undefined));
  const unread = createAsync(async () => (me() ? getUnreadCount().catch(() => undefined) : undefined));

  return (
    <Switch>
      <Match when={me() === null}>
        <A href="/accedi" class="account-link" data-element="personal-area-login">
          <span class="icon-person" aria-hidden="true" />
          {t('account.signIn')}
        </A>
      </Match>
      <Match when={me()}>
        <A href="/area-personale" class="account-link" activeClass="active">
          <span class="icon-person" aria-hidden="true" />
          {t('account.area')}
          <Show when={unread()}>
            {(count) => (
              <>
                <span class="badge" aria-hidden="true" data-testid="unread-badge">
                  {count() > 99 ? '99+' : count()}
                </span>
                <span class="sr-only">{` (${plural('account.unread', count())})`}</span>
              </>
            )}
          </Show>
        </A>
      </Match>
    </Switch>
  );
}
