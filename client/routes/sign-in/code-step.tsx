import { onMount } from 'solid-js';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { createFormState } from '../../lib/form-state';
import { t } from '../../lib/i18n';
import { isSixDigits, normalizeCode, requestCode, verifyCode } from '../../lib/sign-in';

/**
 * Step 2: the 6-digit code from the mail. On success the session cookie is set and the sign-in page
 * moves on by itself (it watches who is signed in). A wrong, expired or used code gets the server's
 * message; a new code is one click away.
 */
export function CodeStep(props: { email: string; onChangeEmail: () => void }) {
  const verify = createFormState();
  const resend = createFormState();
  let input: HTMLInputElement | undefined;

  onMount(() => input?.focus());

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    resend.reset();
    const code = normalizeCode(String(new FormData(event.currentTarget as HTMLFormElement).get('code') ?? ''));
    if (!isSixDigits(code)) {
      verify.fail(t('signIn.codeFormat'));
      input?.focus();
      return;
    }
    void verify
      .run(() => verifyCode(props.email, code))
      .then((ok) => {
        if (!ok) input?.select();
      });
  };

  const sendAgain = () => {
    verify.reset();
    void resend.run(async () => {
      await requestCode(props.email);
      if (input) input.value = '';
      input?.focus();
      return t('signIn.codeResent', { email: props.email });
    });
  };

  return (
    <div class="stack">
      <p class="notice notice-info" id="sign-in-code-sent">
        {t('signIn.codeSent', { email: props.email })}
      </p>
      <form class="stack" noValidate onSubmit={submit}>
        <TextField
          ref={(element) => {
            input = element;
          }}
          id="sign-in-code"
          name="code"
          label={t('signIn.code')}
          hint={t('signIn.codeHint')}
          autocomplete="one-time-code"
          inputmode="numeric"
          required
          invalid={Boolean(verify.error())}
        />
        <FormFeedback error={verify.error() ?? resend.error()} done={resend.done()} />
        <p>
          <button type="submit" class="button button-primary">
            {verify.pending() ? t('signIn.verifying') : t('signIn.submit')}
          </button>
        </p>
      </form>
      <p class="field-hint">{t('signIn.noMail')}</p>
      <ul class="inline-actions">
        <li>
          <button type="button" class="link-button" onClick={sendAgain}>
            {t('signIn.resend')}
          </button>
        </li>
        <li>
          <button type="button" class="link-button" onClick={() => props.onChangeEmail()}>
            {t('signIn.otherEmail')}
          </button>
        </li>
      </ul>
    </div>
  );
}
