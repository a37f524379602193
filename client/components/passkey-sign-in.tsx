import { createSignal, Show } from 'solid-js';
import { t } from '../lib/i18n';
import { passkeyFailure, passkeysSupported, signInWithPasskey } from '../lib/passkeys';
import { FormFeedback } from './form-feedback';

/**
 * "Accedi con una passkey": one button that opens the browser's own passkey prompt (no email asked:
 * the passkey says whose it is). On success the session cookie is set, who-is-signed-in is asked again
 * (a page that watches it moves on by itself) and onSignedIn, if given, runs.
 * Browsers without WebAuthn see nothing here; the email code remains.
 */
export function PasskeySignIn(props: { onSignedIn?: () => void | Promise<void> }) {
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<string>();

  const start = async () => {
    if (pending()) return;
    setPending(true);
    setError(undefined);
    try {
      await signInWithPasskey();
    } catch (failure) {
      setError(passkeyFailure(failure));
      return;
    } finally {
      setPending(false);
    }
    await props.onSignedIn?.();
  };

  return (
    <Show when={passkeysSupported()}>
      <div class="passkey-sign-in">
        <p class="field-hint" id="passkey-sign-in-hint">
          {t('passkeys.signInHint')}
        </p>
        <button
          type="button"
          class="button button-primary"
          aria-describedby="passkey-sign-in-hint"
          aria-busy={pending()}
          disabled={pending()}
          onClick={start}
        >
          {pending() ? t('passkeys.signingIn') : t('passkeys.signIn')}
        </button>
        <FormFeedback error={error()} />
      </div>
    </Show>
  );
}
