import { createSignal } from 'solid-js';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { deleteAccount, downloadMyData, signOut } from '../../lib/account';
import { createFormState } from '../../lib/form-state';
import { t } from '../../lib/i18n';
import { normalizeEmail } from '../../lib/sign-in';

/** "Esci": ends this device's session. */
export function SignOutSection() {
  const action = createFormState();
  return (
    <section class="account-section" aria-labelledby="profile-sign-out-title">
      <h3 id="profile-sign-out-title">{t('signOut.title')}</h3>
      <p>{t('signOut.hint')}</p>
      <FormFeedback error={action.error()} />
      <button type="button" class="button button-primary" onClick={() => void action.run(signOut)}>
        {t('signOut.button')}
      </button>
    </section>
  );
}

/** "Scarica i miei dati": everything Sportello keeps about the person, as a JSON file. */
export function DataExportSection() {
  const action = createFormState();
  return (
    <section class="account-section" aria-labelledby="profile-data-title">
      <h3 id="profile-data-title">{t('data.title')}</h3>
      <p>{t('data.intro')}</p>
      <FormFeedback error={action.error()} done={action.done()} />
      <button
        type="button"
        class="button button-outline"
        onClick={() => void action.run(async () => t('data.downloaded', { file: await downloadMyData() }))}
      >
        {action.pending() ? t('data.preparing') : t('data.download')}
      </button>
    </section>
  );
}

/** "Elimina account": only after the person types their own address, then they are signed out. */
export function DeleteAccountSection(props: { email: string }) {
  const action = createFormState();
  const [open, setOpen] = createSignal(false);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const typed = normalizeEmail(String(new FormData(event.currentTarget as HTMLFormElement).get('confirmEmail')));
    if (typed !== normalizeEmail(props.email)) return action.fail(t('delete.mismatch'));
    void action.run(() => deleteAccount(typed));
  };

  return (
    <section class="account-section account-section-danger" aria-labelledby="profile-delete-title">
      <h3 id="profile-delete-title">{t('delete.title')}</h3>
      <p>{t('delete.intro')}</p>
      <button type="button" class="button button-danger" onClick={() => setOpen(true)}>
        {t('delete.open')}
      </button>
      <ConfirmDialog
        open={open()}
        title={t('delete.confirmTitle')}
        confirmLabel={t('delete.confirm')}
        formId="delete-account-form"
        pending={action.pending()}
        onCancel={() => {
          action.reset();
          setOpen(false);
        }}
      >
        <p>{t('delete.intro')}</p>
        <form id="delete-account-form" noValidate onSubmit={submit}>
          <TextField
            id="delete-account-email"
            name="confirmEmail"
            type="email"
            label={t('delete.confirmLabel', { email: props.email })}
            autocomplete="off"
            autocapitalize="none"
            invalid={Boolean(action.error())}
          />
          <FormFeedback error={action.error()} />
        </form>
      </ConfirmDialog>
    </section>
  );
}
