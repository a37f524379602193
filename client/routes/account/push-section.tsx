import { createAsync } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import type { Me } from '../../../shared/auth/api';
import { FormFeedback } from '../../components/form-feedback';
import { createFormState } from '../../lib/form-state';
import { type MessageKey, t } from '../../lib/i18n';
import { runPushAction } from '../../lib/push/push-action';
import { getPushSetup, getThisDevice, turnOffPush, turnOnPush } from '../../lib/push/push-api';
import { PushDevices } from './push-devices';
import { PushPreferencesForm } from './push-preferences';
import '../../styles/push.css';

type DeviceState = 'on' | 'off' | 'blocked' | 'unsupported' | 'install-first';

const stateText: Record<DeviceState, MessageKey> = {
  on: 'push.state.on',
  off: 'push.state.off',
  blocked: 'push.state.blocked',
  unsupported: 'push.state.unsupported',
  'install-first': 'push.state.installFirst',
};

/**
 * Profilo's push notifications: this device on or off (or why it cannot be), the person's devices that
 * receive them, and which notifications they receive. The inbox gets every message whatever is chosen.
 */
export function PushSection(props: { me: Me }) {
  const setup = createAsync(() => getPushSetup());
  const device = createAsync(() => getThisDevice());
  const action = createFormState();

  const devices = () => setup()?.devices ?? [];
  const state = (): DeviceState | undefined => {
    const here = device();
    if (!here) return undefined;
    if (here.support !== 'supported') return here.support;
    if (here.permission === 'denied') return 'blocked';
    // A subscription the server no longer knows (removed from another device) delivers nothing: off.
    return here.endpoint && devices().some((known) => known.endpoint === here.endpoint) ? 'on' : 'off';
  };

  const turnOn = () =>
    void runPushAction(action, async () => {
      await turnOnPush(props.me);
      return t('push.enabled');
    });
  const turnOff = () =>
    void runPushAction(action, async () => {
      await turnOffPush();
      return t('push.disabled');
    });

  return (
    <section class="account-section" aria-labelledby="profile-push-title" data-slot="push">
      <h3 id="profile-push-title">{t('push.title')}</h3>
      <p>{t('push.intro')}</p>
      <Show when={!props.me.notificationPrefs.push && devices().length > 0}>
        <p class="notice push-notice">{t('push.state.paused')}</p>
      </Show>
      <Show when={state()}>
        {(current) => (
          <div class="push-this-device" data-state={current()}>
            <Switch>
              <Match when={current() === 'on' || current() === 'off'}>
                <p class="push-state">
                  <span class={current() === 'on' ? 'icon-check' : 'push-state-off'} aria-hidden="true" />
                  {t(stateText[current()])}
                </p>
              </Match>
              <Match when={true}>
                <p class="notice push-notice">{t(stateText[current()])}</p>
              </Match>
            </Switch>
            <FormFeedback error={action.error()} done={action.done()} />
            <Show when={current() === 'off'}>
              <button type="button" class="button button-primary" disabled={action.pending()} onClick={turnOn}>
                {action.pending() ? t('push.enabling') : t('push.enable')}
              </button>
            </Show>
            <Show when={current() === 'on'}>
              <button type="button" class="button button-outline" disabled={action.pending()} onClick={turnOff}>
                {action.pending() ? t('push.disabling') : t('push.disable')}
              </button>
            </Show>
          </div>
        )}
      </Show>
      <PushDevices devices={devices()} thisEndpoint={device()?.endpoint ?? null} />
      <PushPreferencesForm />
    </section>
  );
}
