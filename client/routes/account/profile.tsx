import { createAsync } from '@solidjs/router';
import { lazy, Show } from 'solid-js';
import { PasskeyManager } from '../../components/passkey-manager';
import { getMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/document';
import { t } from '../../lib/i18n';
import { DataExportSection, DeleteAccountSection, SignOutSection } from './account-actions';
import { PersonalDetailsForm } from './personal-details-form';
import { PreferencesForm } from './preferences-form';
import { SessionsSection } from './sessions-section';

// Its own chunk: the entry bundle lists every file a route needs, and the home page's budget is tight.
const PushSection = lazy(() => import('./push-section').then((module) => ({ default: module.PushSection })));

/**
 * Profilo: personal details, preferences, push notifications, passkeys, signed-in devices, sign-out,
 * the person's data and the deletion of the account. Each section saves on its own.
 */
export default function Profile() {
  usePageTitle(() => `${t('area.profile')} – ${t('area.title')}`);
  const me = createAsync(() => getMe());

  return (
    <Show when={me()}>
      {(person) => (
        <>
          <h2>{t('area.profile')}</h2>
          <PersonalDetailsForm me={person()} />
          <PreferencesForm me={person()} />
          <PushSection me={person()} />
          <section class="account-section" aria-labelledby="profile-passkeys-title" data-slot="passkeys">
            <h3 id="profile-passkeys-title">{t('passkeys.title')}</h3>
            <PasskeyManager />
          </section>
          <SessionsSection />
          <SignOutSection />
          <DataExportSection />
          <DeleteAccountSection email={person().email} />
        </>
      )}
    </Show>
  );
}
