import { createSignal, createUniqueId, Show } from 'solid-js';
import type { InboxMessage } from '../../../shared/auth/api';
import { formatDateTime } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { safeReturnPath } from '../../lib/return-path';

/**
 * One message: the title opens it (a disclosure button), which marks it read. Unread is said in words
 * ("Non letto") and in weight, not by colour alone.
 */
export function MessageItem(props: {
  message: InboxMessage;
  onOpen: () => void;
  onToggleRead: () => void;
  onDelete: () => void;
}) {
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const unread = () => !props.message.readAt;
  // Messages link to pages of this site only.
  const link = () => (props.message.link ? safeReturnPath(props.message.link) : undefined);

  const toggle = () => {
    const opening = !open();
    setOpen(opening);
    if (opening && unread()) props.onOpen();
  };

  return (
    <li class="message" classList={{ 'message-unread': unread() }} data-testid="inbox-message">
      <article aria-labelledby={`${id}-title`}>
        <h3 class="message-title" id={`${id}-title`}>
          <button type="button" aria-expanded={open()} aria-controls={`${id}-body`} onClick={toggle}>
            <span class="disclosure-icon" aria-hidden="true" />
            <span class="message-title-text">{props.message.title}</span>
            <Show when={unread()}>
              <span class="message-status">{t('inbox.unread')}</span>
            </Show>
          </button>
        </h3>
        <p class="message-meta">
          <time datetime={props.message.createdAt}>
            {t('inbox.receivedAt', { date: formatDateTime(props.message.createdAt, locale()) })}
          </time>
        </p>
        <div class="message-body" id={`${id}-body`} hidden={!open()}>
          <p>{props.message.body}</p>
          <Show when={link()}>
            {(href) => (
              <p>
                <a href={href()}>{t('inbox.openLink')}</a>
              </p>
            )}
          </Show>
          <p class="inline-actions">
            <button
              type="button"
              class="button button-outline button-small"
              aria-describedby={`${id}-title`}
              onClick={() => props.onToggleRead()}
            >
              {unread() ? t('inbox.markRead') : t('inbox.markUnread')}
            </button>
            <button
              type="button"
              class="button button-outline button-small"
              aria-describedby={`${id}-title`}
              onClick={() => props.onDelete()}
            >
              {t('inbox.delete')}
            </button>
          </p>
        </div>
      </article>
    </li>
  );
}
