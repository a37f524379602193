import { eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/i18n/locales';
import type { PushPreferences } from '../../../shared/push/api';
import { type PushTopic, pushTopics } from '../../../shared/push/topics';
import { type Database, type Executor, selectRows } from '../../db/client';
import { services } from '../../db/tables/catalog';
import { pushServiceSettings, pushTopicSettings } from '../../db/tables/push';
import { AppError } from '../../errors/app-error';

/**
 * What a person wants pushed: a switch per topic, and one per service they have used (booked, queued
 * for, or applied to). No row means on: turning push on for a device is the opt-in.
 */
export async function readPreferences(db: Executor, userId: string, locale: Locale): Promise<PushPreferences> {
  const topicRows = await db
    .select({ topic: pushTopicSettings.topic, enabled: pushTopicSettings.enabled })
    .from(pushTopicSettings)
    .where(eq(pushTopicSettings.userId, userId));
  const chosen = new Map(topicRows.map((row) => [row.topic, row.enabled]));
  const serviceRows = await selectRows<{ slug: string; name: string; enabled: boolean }>(
    db,
    sql`select s.slug, ${locale === 'en' ? sql`s.title_en` : sql`s.title_it`} as name,
          coalesce(p.enabled, true) as enabled
        from services s
        left join push_service_settings p on p.service_id = s.id and p.user_id = ${userId}::uuid
        where p.user_id is not null
           or exists (select 1 from bookings b where b.service_id = s.id and b.user_id = ${userId}::uuid)
           or exists (select 1 from waitlist_entries w where w.service_id = s.id and w.user_id = ${userId}::uuid)
           or exists (select 1 from requests r where r.service_id = s.id and r.user_id = ${userId}::uuid)
        order by name`,
  );
  return {
    topics: Object.fromEntries(pushTopics.map((topic) => [topic, chosen.get(topic) ?? true])) as Record<
      PushTopic,
      boolean
    >,
    services: serviceRows,
  };
}

export async function setTopic(db: Database, userId: string, topic: PushTopic, enabled: boolean): Promise<void> {
  await db
    .insert(pushTopicSettings)
    .values({ userId, topic, enabled })
    .onConflictDoUpdate({ target: [pushTopicSettings.userId, pushTopicSettings.topic], set: { enabled } });
}

export async function setService(db: Database, userId: string, slug: string, enabled: boolean): Promise<void> {
  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.slug, slug));
  if (!service) throw new AppError('SERVICE_NOT_FOUND', { slug });
  await db
    .insert(pushServiceSettings)
    .values({ userId, serviceId: service.id, enabled })
    .onConflictDoUpdate({
      target: [pushServiceSettings.userId, pushServiceSettings.serviceId],
      set: { enabled },
    });
}
