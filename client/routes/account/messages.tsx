import { createMemo, createSignal, For, Show } from 'solid-js';
import type { InboxMessage } from '../../../shared/auth/api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormFeedback } from '../../components/form-feedback';
import { Freshness } from '../../components/freshness';
import { usePageTitle } from '../../lib/document';
import { createFormState, failureMessage } from '../../lib/form-state';
import { t } from '../../lib/i18n';
import { type ChangeOutcome, createInbox } from '../../lib/inbox';
import { MessageItem } from './message-item';

/** Messaggi: every message the app sent the person, newest first; read, unread, delete. */
export default function Messages() {
  usePageTitle(() => `${t('area.messages')} – ${t('area.title')}`);
  const [failure, setFailure] = createSignal<string>();
  const [done, setDone] = createSignal<string>();
  const inbox = createInbox((error) => {
    setDone(undefined);
    setFailure(t('inbox.failed', { reason: failureMessage(error) }));
  });
  const byId = createMemo(() => new Map(inbox.messages().map((message) => [message.id, message])));
  const more = createFormState();
  const [deleting, setDeleting] = createSignal<InboxMessage>();
  let heading: HTMLHeadingElement | undefined;

  const report = (message: string) => (outcome: ChangeOutcome) => {
    if (outcome === 'failed') return;
    setFailure(undefined);
    // Without a connection the change is kept here and sent later: the person is told so.
    setDone(outcome === 'queued' ? t('inbox.queued') : message);
  };

  const confirmDelete = async () => {
    const message = deleting();
    if (!message) return;
    setDeleting(undefined);
    // The message's own buttons are gone: focus goes back to the top of the list.
    heading?.focus();
    report(t('inbox.deleted'))(await inbox.remove(message.id));
  };

  return (
    <>
      <h2 id="inbox-title" tabindex="-1" ref={heading}>
        {t('area.messages')}
      </h2>
      <p>{t('inbox.intro')}</p>
      <Freshness of={inbox.fetched()} />
      <FormFeedback error={failure()} done={done()} />
      <Show when={inbox.unreadCount() > 0}>
        <p>
          <button
            type="button"
            class="button button-outline"
            onClick={() => void inbox.markAllRead().then(report(t('inbox.allRead')))}
          >
            {t('inbox.markAllRead')}
          </button>
        </p>
      </Show>
      <Show when={inbox.messages().length > 0} fallback={<p class="empty">{t('inbox.empty')}</p>}>
        <ul class="message-list" aria-labelledby="inbox-title">
          {/* Keyed by id, so a message stays open while its read state changes. */}
          <For each={inbox.messages().map((message) => message.id)}>
            {(id) => (
              <Show when={byId().get(id)}>
                {(message) => (
                  <MessageItem
                    message={message()}
                    onOpen={() => void inbox.setRead(id, true)}
                    onToggleRead={() => {
                      const read = !message().readAt;
                      void inbox.setRead(id, read).then(report(read ? '' : t('inbox.markedUnread')));
                    }}
                    onDelete={() => setDeleting(message())}
                  />
                )}
              </Show>
            )}
          </For>
        </ul>
      </Show>
      <Show when={inbox.hasMore()}>
        <FormFeedback error={more.error()} />
        <p>
          <button type="button" class="button button-outline" onClick={() => void more.run(inbox.loadMore)}>
            {t('inbox.more')}
          </button>
        </p>
      </Show>
      <ConfirmDialog
        open={Boolean(deleting())}
        title={t('inbox.deleteTitle')}
        confirmLabel={t('inbox.deleteConfirm')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      >
        <p>{t('inbox.deleteBody', { title: deleting()?.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
