import { createAsync, Navigate, type RouteSectionProps, useLocation } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { SessionBoundary } from '../../components/session-boundary';
import { getMe } from '../../lib/auth';
import { loadMessagePart } from '../../lib/i18n';
import { signInHref } from '../../lib/return-path';
import '../../styles/forms.css';
import '../../styles/desk.css';

/**
 * /desk/*: the frame of the staff console. Only for a signed-in person: anyone else goes to
 * /accedi?ritorno=<this page> and comes back here after signing in. Whether the person works at an
 * office is each page's own check (StaffOnly), since it depends on the office in the address.
 */
export default function DeskArea(props: RouteSectionProps) {
  const location = useLocation();
  const me = createAsync(() => getMe());
  // Status names are the citizen pages' own ("requests" strings): one wording for both, loaded before any page.
  const statusNames = createAsync(() => loadMessagePart('requests').then(() => true));

  return (
    <Switch>
      <Match when={me() === null}>
        <Navigate href={() => signInHref(`${location.pathname}${location.search}`)} />
      </Match>
      <Match when={me() && statusNames()}>
        <div class="container staff-console" data-page="desk">
          <SessionBoundary>{props.children}</SessionBoundary>
        </div>
      </Match>
    </Switch>
  );
}
