import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { SessionInfo } from '../../../shared/auth/api';
import { describeUserAgent } from '../../../shared/auth/user-agent';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormFeedback } from '../../components/form-feedback';
import { getSessions, signOutEverywhere } from '../../lib/account';
import { methodName } from '../../lib/activity-labels';
import { createFormState } from '../../lib/form-state';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';

function deviceName(session: SessionInfo): string {
  const device = describeUserAgent(session.userAgent);
  return device ? t('sessions.device', device) : t('sessions.unknownDevice');
}

/** Where the person is signed in, this device first marked as such, and "sign out everywhere". */
export function SessionsSection() {
  const sessions = createAsync(() => getSessions());
  const action = createFormState();
  const [confirming, setConfirming] = createSignal(false);

  const confirm = () => {
    void action.run(signOutEverywhere).then((ok) => {
      if (!ok) setConfirming(false);
    });
  };

  return (
    <section class="account-section" aria-labelledby="profile-sessions-title">
      <h3 id="profile-sessions-title">{t('sessions.title')}</h3>
      <p>{t('sessions.intro')}</p>
      <ul class="session-list">
        <For each={sessions()}>
          {(session) => (
            <li class="session" classList={{ 'session-current': session.current }}>
              <p class="session-device">
                <strong>{deviceName(session)}</strong>
                <Show when={session.current}>
                  <span class="tag">{t('sessions.current')}</span>
                </Show>
              </p>
              <p class="session-meta">
                {t('sessions.method', {
                  method: methodName(session.method),
                  date: formatDateTime(session.createdAt, locale()),
                })}
                <br />
                {t('sessions.lastSeen', { date: formatDateTime(session.lastSeenAt, locale()) })}
              </p>
            </li>
          )}
        </For>
      </ul>
      <FormFeedback error={action.error()} />
      <button type="button" class="button button-outline" onClick={() => setConfirming(true)}>
        {t('sessions.signOutEverywhere')}
      </button>
      <ConfirmDialog
        open={confirming()}
        title={t('sessions.confirmTitle')}
        confirmLabel={t('sessions.signOutEverywhere')}
        pending={action.pending()}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('sessions.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
