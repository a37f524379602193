import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LocalizedText } from '../../../shared/catalog/content';
import type { Locale } from '../../../shared/i18n/locales';
import { localize } from '../../../shared/i18n/localized';
import { maxPayloadBytes, type PushPayload } from '../../../shared/push/api';
import { fitPayload, PushPayloadTooLargeError } from '../../../shared/push/delivery';
import { deliveryOf, type MessageKind, topicOfKind } from '../../../shared/push/topics';
import { selectRows, type Transaction } from '../../db/client';
import { notifyChannel } from '../../db/notifications';
import { AppError } from '../../errors/app-error';

/** Heard by every process's dispatcher: there is something new to deliver. */
export const outboxChannel = 'push_outbox';

export type PushableMessage = {
  messageId: string;
  userId: string;
  kind: MessageKind;
  title: LocalizedText;
  body: LocalizedText;
  link: string;
  /** The service the message is about, for the person's per-service switch. */
  serviceId?: string;
  /** When the message stops meaning anything (the appointment, the end of an offer): caps its TTL. */
  usefulUntil?: Date;
};

/** RFC 8030 Topic is at most 32 base64url characters: a digest of the tag, stable per booking or request. */
const pushTopicOf = (tag: string) => createHash('sha256').update(tag).digest('base64url').slice(0, 32);

type Recipient = { locale: Locale; wanted: boolean };

/**
 * Queues one push per device of the person, in the transaction that writes the inbox message, when the
 * person wants this topic and service pushed. Nothing is sent here: the dispatcher does that after commit.
 */
export async function enqueuePush(tx: Transaction, message: PushableMessage, now = new Date()): Promise<number> {
  const topic = topicOfKind[message.kind];
  if (!topic) return 0;
  const [recipient] = await selectRows<Recipient>(
    tx,
    sql`select u.locale,
          coalesce((u.notification_prefs->>'push')::boolean, true)
          and coalesce((select t.enabled from push_topic_settings t where t.user_id = u.id and t.topic = ${topic}), true)
          and coalesce((select s.enabled from push_service_settings s
                         where s.user_id = u.id and s.service_id = ${message.serviceId ?? null}::uuid), true)
          and exists (select 1 from push_subscriptions d where d.user_id = u.id) as wanted
        from users u where u.id = ${message.userId}::uuid`,
  );
  if (!recipient?.wanted) return 0;
  const payload = payloadFor(message, recipient.locale);
  const delivery = deliveryOf(topic, now, message.usefulUntil);
  if (delivery.ttlSeconds === 0) return 0;
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`insert into push_outbox (message_id, subscription_id, payload, ttl_seconds, urgency, topic, expires_at, next_attempt_at)
        select ${message.messageId}::uuid, d.id, ${JSON.stringify(payload)}::jsonb, ${delivery.ttlSeconds},
               ${delivery.urgency}, ${pushTopicOf(payload.tag)},
               ${now.toISOString()}::timestamptz + make_interval(secs => ${delivery.ttlSeconds}),
               ${now.toISOString()}::timestamptz
        from push_subscriptions d where d.user_id = ${message.userId}::uuid
        on conflict do nothing
        returning id`,
  );
  if (rows.length > 0) await notifyChannel(tx, outboxChannel);
  return rows.length;
}

/** The notification in the person's language; a body too long for a push is cut (the inbox has it all). */
function payloadFor(message: PushableMessage, locale: Locale): PushPayload {
  try {
    return fitPayload({
      messageId: message.messageId,
      kind: message.kind,
      title: localize(message.title, locale),
      body: localize(message.body, locale),
      link: message.link,
      tag: message.link,
      lang: locale,
    });
  } catch (error) {
    if (error instanceof PushPayloadTooLargeError)
      throw new AppError('PUSH_PAYLOAD_TOO_LARGE', { limit: maxPayloadBytes });
    throw error;
  }
}
