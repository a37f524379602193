import { createAsync, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { isErrorCode } from '../../shared/errors/codes';
import { errorMessage } from '../../shared/i18n/errors';
import { locale, t } from '../lib/i18n';
import { getSignInMethods } from '../lib/sign-in';
import { FormFeedback } from './form-feedback';

/**
 * "Entra con SPID o CIE": a plain link, not a fetch, because the browser itself goes to the identity
 * gateway and comes back through /auth/oidc/callback (rel="external" keeps the router from handling
 * it). Shown only where the deployment has a gateway. A sign-in the server refused comes back here as
 * ?errore=<code>, shown in the person's language.
 */
export function OidcSignIn(props: { returnTo?: string }) {
  const methods = createAsync(() => getSignInMethods());
  const [params] = useSearchParams();
  const failure = () => {
    const code = Array.isArray(params.errore) ? params.errore[0] : params.errore;
    return isErrorCode(code) ? errorMessage(code, locale()) : undefined;
  };
  const href = () => {
    const query = new URLSearchParams({ lingua: locale() });
    if (props.returnTo) query.set('ritorno', props.returnTo);
    return `/auth/oidc/start?${query}`;
  };

  return (
    <div class="oidc-sign-in">
      <FormFeedback error={failure()} />
      <Show when={methods()?.oidc}>
        <p class="field-hint" id="oidc-sign-in-hint">
          {t('oidc.hint')}
        </p>
        <a class="button button-primary" href={href()} rel="external" aria-describedby="oidc-sign-in-hint">
          <svg viewBox="0 0 24 24" width="24" height="24" fill="currentColor" aria-hidden="true">
            <circle cx="12" cy="8" r="4" />
            <path d="M4 21a8 8 0 0 1 16 0z" />
          </svg>
          <span>{t('oidc.signIn')}</span>
        </a>
      </Show>
    </div>
  );
}
