import type { Me } from '../../../shared/auth/api';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { updateProfile } from '../../lib/account';
import { createFormState } from '../../lib/form-state';
import { t } from '../../lib/i18n';

/** Errors the server reports about one field without naming it in INVALID_INPUT's issues. */
const fieldOfCode: Record<string, string> = { FISCAL_CODE_TAKEN: 'fiscalCode' };

/**
 * Name, surname, phone and codice fiscale. The server validates (the codice fiscale's check character
 * included) and its message is shown beside the field it names; an emptied field is removed (null).
 */
export function PersonalDetailsForm(props: { me: Me }) {
  const form = createFormState();
  let element: HTMLFormElement | undefined;

  const fieldError = (name: string) =>
    form.fields()[name] ?? (fieldOfCode[form.code() ?? ''] === name ? form.error() : undefined);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(element);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    void form
      .run(async () => {
        await updateProfile({
          givenName: text('givenName'),
          familyName: text('familyName'),
          phone: text('phone'),
          fiscalCode: text('fiscalCode'),
        });
        return t('profile.saved');
      })
      .then(() => element?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
  };

  return (
    <section class="account-section" aria-labelledby="profile-personal-title">
      <h3 id="profile-personal-title">{t('profile.personal')}</h3>
      <form ref={element} noValidate onSubmit={submit}>
        <TextField
          id="profile-email"
          name="email"
          type="email"
          label={t('profile.email')}
          hint={t('profile.emailHint')}
          value={props.me.email}
          readOnly
        />
        <TextField
          id="profile-given-name"
          name="givenName"
          label={t('profile.givenName')}
          value={props.me.givenName}
          autocomplete="given-name"
          error={fieldError('givenName')}
        />
        <TextField
          id="profile-family-name"
          name="familyName"
          label={t('profile.familyName')}
          value={props.me.familyName}
          autocomplete="family-name"
          error={fieldError('familyName')}
        />
        <TextField
          id="profile-phone"
          name="phone"
          type="tel"
          label={t('profile.phone')}
          hint={t('profile.phoneHint')}
          value={props.me.phone}
          autocomplete="tel"
          error={fieldError('phone')}
        />
        <TextField
          id="profile-fiscal-code"
          name="fiscalCode"
          label={t('profile.fiscalCode')}
          hint={t('profile.fiscalCodeHint')}
          value={props.me.fiscalCode}
          autocapitalize="characters"
          maxLength={16}
          error={fieldError('fiscalCode')}
        />
        <FormFeedback error={form.error()} done={form.done()} />
        <button type="submit" class="button button-primary">
          {form.pending() ? t('profile.saving') : t('profile.save')}
        </button>
      </form>
    </section>
  );
}
