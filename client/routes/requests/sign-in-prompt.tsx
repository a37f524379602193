import { useLocation } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { t } from '../../lib/i18n';
import { signInHref } from '../../lib/return-path';

/**
 * For a signed-out citizen: why an account is needed here, and "Accedi", which brings them back to this
 * very page (with its query) once signed in.
 */
export function SignInPrompt(props: { body: string; children?: JSX.Element }) {
  const location = useLocation();
  return (
    <div class="sign-in-prompt" data-testid="requests-sign-in">
      <p>{props.body}</p>
      {props.children}
      <p>
        <a class="button button-primary" href={signInHref(`${location.pathname}${location.search}`)}>
          {t('requests.signIn.action')}
        </a>
      </p>
    </div>
  );
}
