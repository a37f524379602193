import { createSignal, For, Show } from 'solid-js';
import type { PushDevice } from '../../../shared/push/api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormFeedback } from '../../components/form-feedback';
import { createFormState } from '../../lib/form-state';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { removePushDevice } from '../../lib/push/push-api';

/**
 * The devices that receive the person's notifications, this one marked in words (not only by its
 * border), each removable: a phone left behind stops receiving them from here.
 */
export function PushDevices(props: { devices: PushDevice[]; thisEndpoint: string | null }) {
  const action = createFormState();
  const [removing, setRemoving] = createSignal<PushDevice>();
  let heading: HTMLHeadingElement | undefined;

  const isThisDevice = (device: PushDevice) => device.endpoint === props.thisEndpoint;

  const confirm = () => {
    const device = removing();
    if (!device) return;
    void action
      .run(async () => {
        await removePushDevice(device);
        return t('push.devices.removed', { name: device.deviceName });
      })
      .then(() => {
        setRemoving(undefined);
        // The button that had the focus is gone with its device.
        heading?.focus();
      });
  };

  return (
    <div class="push-devices">
      <h4 id="profile-push-devices-title" tabindex="-1" ref={heading}>
        {t('push.devices.title')}
      </h4>
      <FormFeedback error={action.error()} done={action.done()} />
      <Show when={props.devices.length > 0} fallback={<p>{t('push.devices.empty')}</p>}>
        <ul class="session-list" aria-labelledby="profile-push-devices-title">
          <For each={props.devices}>
            {(device) => (
              <li class="session push-device" classList={{ 'session-current': isThisDevice(device) }}>
                <div>
                  <p class="session-device">
                    <strong>{device.deviceName}</strong>
                    <Show when={isThisDevice(device)}>
                      <span class="tag">{t('push.devices.thisDevice')}</span>
                    </Show>
                  </p>
                  <p class="session-meta">
                    {t('push.devices.added', { date: formatDateTime(device.createdAt, locale()) })}
                    <br />
                    {device.lastDeliveredAt
                      ? t('push.devices.lastDelivered', { date: formatDateTime(device.lastDeliveredAt, locale()) })
                      : t('push.devices.neverDelivered')}
                  </p>
                </div>
                <button
                  type="button"
                  class="button button-outline button-small"
                  aria-label={t('push.devices.removeLabel', { name: device.deviceName })}
                  onClick={() => {
                    action.reset();
                    setRemoving(device);
                  }}
                >
                  {t('push.devices.remove')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ConfirmDialog
        open={removing() !== undefined}
        title={t('push.devices.removeTitle', { name: removing()?.deviceName ?? '' })}
        confirmLabel={t('push.devices.removeConfirm')}
        pending={action.pending()}
        onConfirm={confirm}
        onCancel={() => setRemoving(undefined)}
      >
        <p>{t('push.devices.removeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
