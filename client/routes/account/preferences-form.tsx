import { For } from 'solid-js';
import type { Me, NotificationPrefs } from '../../../shared/auth/api';
import { isLocale, type Locale } from '../../../shared/i18n/locales';
import { FormFeedback } from '../../components/form-feedback';
import { updateProfile } from '../../lib/account';
import { createFormState } from '../../lib/form-state';
import { locales, t } from '../../lib/i18n';

const languageNames: Record<Locale, 'lang.it' | 'lang.en'> = { it: 'lang.it', en: 'lang.en' };
// Listed here rather than imported from shared/auth/api, which would bring zod into the page.
const channels = ['email', 'push'] as const satisfies readonly (keyof NotificationPrefs)[];
const channelLabels = { email: 'prefs.email', push: 'prefs.push' } as const;

/**
 * Preferred language and how to be notified, per channel. Saved with a button rather than on change:
 * choosing a language switches the whole interface, which must not happen while someone browses options.
 */
export function PreferencesForm(props: { me: Me }) {
  const form = createFormState();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const chosen = data.get('locale');
    void form.run(async () => {
      await updateProfile({
        locale: isLocale(chosen) ? chosen : undefined,
        notificationPrefs: { email: data.has('email'), push: data.has('push') },
      });
      // Read after saving: the confirmation is in the language just chosen.
      return t('prefs.saved');
    });
  };

  return (
    <section class="account-section" aria-labelledby="profile-prefs-title">
      <h3 id="profile-prefs-title">{t('prefs.title')}</h3>
      <form noValidate onSubmit={submit}>
        <div class="field">
          <label for="profile-locale">{t('prefs.language')}</label>
          <p class="field-hint" id="profile-locale-hint">
            {t('prefs.languageHint')}
          </p>
          <select id="profile-locale" name="locale" aria-describedby="profile-locale-hint">
            <For each={locales}>
              {(code) => (
                <option value={code} lang={code} selected={props.me.locale === code}>
                  {t(languageNames[code])}
                </option>
              )}
            </For>
          </select>
        </div>
        <fieldset class="choice-group" aria-describedby="profile-channels-hint">
          <legend>{t('prefs.channels')}</legend>
          <p class="field-hint" id="profile-channels-hint">
            {t('prefs.channelsHint')}
          </p>
          <For each={channels}>
            {(channel) => (
              <div class="choice">
                <input
                  type="checkbox"
                  id={`profile-notify-${channel}`}
                  name={channel}
                  checked={props.me.notificationPrefs[channel]}
                />
                <label for={`profile-notify-${channel}`}>{t(channelLabels[channel])}</label>
              </div>
            )}
          </For>
        </fieldset>
        <FormFeedback error={form.error()} done={form.done()} />
        <button type="submit" class="button button-primary">
          {form.pending() ? t('profile.saving') : t('prefs.save')}
        </button>
      </form>
    </section>
  );
}
