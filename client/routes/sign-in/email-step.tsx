import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { createFormState } from '../../lib/form-state';
import { t } from '../../lib/i18n';
import { normalizeEmail, requestCode } from '../../lib/sign-in';

/** Step 1: the address the code goes to. A new address becomes an account when its code is verified. */
export function EmailStep(props: { initialEmail?: string; onSent: (email: string) => void }) {
  const form = createFormState();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const email = normalizeEmail(String(data.get('email') ?? ''));
    if (!email) return form.fail(t('signIn.emailMissing'));
    void form.run(async () => {
      await requestCode(email);
      props.onSent(email);
    });
  };

  return (
    <form class="stack" noValidate onSubmit={submit}>
      <p>{t('signIn.emailIntro')}</p>
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        label={t('signIn.email')}
        hint={t('signIn.newAccount')}
        value={props.initialEmail}
        autocomplete="email"
        inputmode="email"
        autocapitalize="none"
        required
        invalid={Boolean(form.error())}
      />
      <FormFeedback error={form.error()} />
      <p>
        <button type="submit" class="button button-primary">
          {form.pending() ? t('signIn.sending') : t('signIn.sendCode')}
        </button>
      </p>
    </form>
  );
}
