import { createAsync } from '@solidjs/router';
import { createSignal, ErrorBoundary, For, Show, Suspense } from 'solid-js';
import type { Passkey } from '../../shared/auth/passkeys';
import { formatDate, formatDateTime } from '../lib/format';
import { locale, t } from '../lib/i18n';
import {
  addPasskey,
  getPasskeys,
  passkeyFailure,
  passkeysSupported,
  removePasskey,
  renamePasskey,
} from '../lib/passkeys';
import { ConfirmDialog } from './confirm-dialog';
import { FormFeedback } from './form-feedback';
import { SectionError } from './page-state';
import { TextField } from './text-field';

/**
 * The person's passkeys in Profilo: what each is, when it was last used, rename and remove, and a
 * button that makes a new one on this device. One action at a time; each ends with a message. It
 * borrows the look of the signed-in devices list (session-*), the section beside it.
 */
export function PasskeyManager() {
  const passkeys = createAsync(() => getPasskeys());
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [done, setDone] = createSignal<string>();
  const [renaming, setRenaming] = createSignal<string>();
  const [removing, setRemoving] = createSignal<Passkey>();
  let addButton: HTMLButtonElement | undefined;

  async function act(task: () => Promise<string>): Promise<boolean> {
    if (pending()) return false;
    setPending(true);
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await task());
      return true;
    } catch (failure) {
      setError(passkeyFailure(failure));
      return false;
    } finally {
      setPending(false);
    }
  }

  const add = () => act(async () => t('passkeys.added', { name: (await addPasskey()).name }));

  const rename = async (event: SubmitEvent, key: Passkey) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('name') ?? '').trim();
    if (!name) {
      setDone(undefined);
      setError(t('passkeys.nameMissing'));
      return;
    }
    const renamed = await act(async () => t('passkeys.renamed', { name: (await renamePasskey(key.id, name)).name }));
    if (renamed) setRenaming(undefined);
  };

  const remove = async () => {
    const key = removing();
    if (!key) return;
    const removed = await act(async () => {
      await removePasskey(key.id);
      return t('passkeys.removed', { name: key.name });
    });
    setRemoving(undefined);
    if (removed) addButton?.focus();
  };

  return (
    <div class="passkeys">
      <p>{t('passkeys.intro')}</p>
      <ErrorBoundary fallback={(failure, reset) => <SectionError error={failure} reset={reset} />}>
        <Suspense fallback={<p role="status">{t('state.loading')}</p>}>
          <Show when={passkeys()?.length} fallback={<p class="empty">{t('passkeys.empty')}</p>}>
            <ul class="session-list passkey-list" aria-label={t('passkeys.listLabel')}>
              <For each={passkeys()}>
                {(key) => (
                  <li class="session passkey">
                    <Show
                      when={renaming() === key.id}
                      fallback={
                        <>
                          <p class="passkey-name">
                            <strong>{key.name}</strong>
                          </p>
                          <p class="session-meta">
                            {t('passkeys.created', { date: formatDate(key.createdAt, locale()) })}
                            <br />
                            {key.lastUsedAt
                              ? t('passkeys.lastUsed', { date: formatDateTime(key.lastUsedAt, locale()) })
                              : t('passkeys.neverUsed')}
                            <br />
                            {key.backedUp ? t('passkeys.synced') : t('passkeys.deviceOnly')}
                          </p>
                          <p class="actions">
                            <button
                              type="button"
                              class="button button-outline button-small"
                              aria-label={t('passkeys.renameLabel', { name: key.name })}
                              disabled={pending()}
                              onClick={() => setRenaming(key.id)}
                            >
                              {t('passkeys.rename')}
                            </button>
                            <button
                              type="button"
                              class="button button-outline button-small"
                              aria-label={t('passkeys.removeLabel', { name: key.name })}
                              disabled={pending()}
                              onClick={() => setRemoving(key)}
                            >
                              {t('passkeys.remove')}
                            </button>
                          </p>
                        </>
                      }
                    >
                      <form class="passkey-rename" onSubmit={(event) => void rename(event, key)}>
                        <TextField
                          id={`passkey-name-${key.id}`}
                          name="name"
                          label={t('passkeys.nameLabel', { name: key.name })}
                          value={key.name}
                          maxLength={60}
                          required
                          ref={(input) => queueMicrotask(() => input.select())}
                        />
                        <p class="actions">
                          <button type="submit" class="button button-primary button-small" disabled={pending()}>
                            {t('passkeys.save')}
                          </button>
                          <button
                            type="button"
                            class="button button-outline button-small"
                            onClick={() => setRenaming(undefined)}
                          >
                            {t('common.cancel')}
                          </button>
                        </p>
                      </form>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Suspense>
      </ErrorBoundary>
      <Show when={passkeysSupported()} fallback={<p class="field-hint">{t('passkeys.unsupported')}</p>}>
        <p class="actions">
          <button
            ref={addButton}
            type="button"
            class="button button-primary"
            aria-busy={pending()}
            disabled={pending()}
            onClick={() => void add()}
          >
            {t('passkeys.add')}
          </button>
        </p>
      </Show>
      <FormFeedback error={error()} done={done()} />
      <ConfirmDialog
        open={removing() !== undefined}
        title={t('passkeys.removeTitle', { name: removing()?.name ?? '' })}
        confirmLabel={t('passkeys.removeConfirm')}
        pending={pending()}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(undefined)}
      >
        <p>{t('passkeys.removeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
