import { createAsync, Navigate, useSearchParams } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { OidcSignIn } from '../../components/oidc-sign-in';
import { PasskeySignIn } from '../../components/passkey-sign-in';
import { getMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/document';
import { type MessageKey, t } from '../../lib/i18n';
import { defaultReturnPath, safeReturnPath } from '../../lib/return-path';
import { getSignInMethods } from '../../lib/sign-in';
import { textParam } from '../search-params';
import { CodeStep } from './code-step';
import { EmailStep } from './email-step';
import '../../styles/account.css';

/** Why the person landed here after leaving: ?stato=… set by sign-out, sign-out everywhere, deletion. */
const notes: Record<string, MessageKey> = {
  uscita: 'signIn.note.uscita',
  'uscita-ovunque': 'signIn.note.uscita-ovunque',
  'account-eliminato': 'signIn.note.account-eliminato',
};

/**
 * /accedi?ritorno=<path>: sign in, then back to <path> (a page of this site only) or to the personal
 * area. Someone already signed in goes straight there. The SPID/CIE and passkey buttons go in the
 * two slots above the email code, which every deployment offers.
 */
export default function SignIn() {
  usePageTitle(() => t('signIn.title'));
  const [params] = useSearchParams();
  const me = createAsync(() => getMe());
  const methods = createAsync(() => getSignInMethods());
  const returnTo = () => safeReturnPath(params.ritorno);
  const note = () => notes[textParam(params.stato)];
  const [sentTo, setSentTo] = createSignal<string>();
  const [lastEmail, setLastEmail] = createSignal<string>();

  return (
    // Three states: signed out (the form), signed in (on to the page asked for), not known yet (the
    // suspense fallback). A plain Show would take "not known yet" for "signed in" and navigate away.
    <Switch>
      <Match when={me()}>
        <Navigate href={returnTo() ?? defaultReturnPath} />
      </Match>
      <Match when={me() === null}>
        <div class="container narrow-page" data-page="sign-in">
          <Breadcrumbs items={[{ label: t('signIn.title') }]} />
          <h1>{t('signIn.title')}</h1>
          <Show when={note()}>{(key) => <p class="notice notice-success">{t(key())}</p>}</Show>
          <Show when={!note() && returnTo()}>
            <p class="notice notice-info">{t('signIn.required')}</p>
          </Show>
          <p class="lead">{t('signIn.intro')}</p>
          {/* SPID/CIE sign-in, and the message when the gateway's sign-in was refused (?errore=). */}
          <div data-slot="oidc-sign-in">
            <OidcSignIn returnTo={returnTo()} />
          </div>
          <Show when={methods()?.passkey}>
            <div data-slot="passkey-sign-in">
              <PasskeySignIn />
            </div>
          </Show>
          <Show when={methods()?.emailCode !== false}>
            <section class="sign-in-method" aria-labelledby="sign-in-email-title">
              <h2 id="sign-in-email-title">{t('signIn.emailTitle')}</h2>
              <Show
                when={sentTo()}
                fallback={
                  <EmailStep
                    initialEmail={lastEmail()}
                    onSent={(email) => {
                      setLastEmail(email);
                      setSentTo(email);
                    }}
                  />
                }
              >
                {(email) => <CodeStep email={email()} onChangeEmail={() => setSentTo(undefined)} />}
              </Show>
            </section>
          </Show>
        </div>
      </Match>
    </Switch>
  );
}
