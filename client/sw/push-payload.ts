import type { PushPayload } from '../../shared/push/api';

/**
 * Reads what arrived in a push message, or what a notification keeps of it. Checked by hand rather than
 * with the shared zod schema, which would make the worker many times larger for five string fields.
 */

const isText = (value: unknown): value is string => typeof value === 'string';

/** Only paths of this site: "//elsewhere.example" is a path to a browser, and another site. */
export function samePath(link: unknown): string | undefined {
  return isText(link) && link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') ? link : undefined;
}

export function readPayload(data: PushMessageData | null): PushPayload | undefined {
  let value: Record<string, unknown>;
  try {
    value = data?.json();
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { messageId, kind, title, body, link, tag, lang } = value;
  if (![messageId, kind, title, body, tag].every(isText) || !title || !tag) return undefined;
  if (!samePath(link) || (lang !== 'it' && lang !== 'en')) return undefined;
  return value as PushPayload;
}

/** What a notification carries for its click: the page to open and the message to mark read. */
export type NotificationTarget = { link: string; messageId?: string };

export function readTarget(data: unknown): NotificationTarget {
  const value = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    // A notification without a page of its own opens the inbox, where every message is.
    link: samePath(value.link) ?? '/area-personale/messaggi',
    messageId: isText(value.messageId) ? value.messageId : undefined,
  };
}
