/**
 * What a push notification is about. The inbox receives every message; push is an extra channel a person
 * turns on per device and narrows per topic and per service (as App IO does). Each inbox message kind
 * belongs to at most one topic; kinds without a topic (the welcome message) stay in the inbox only.
 */
export const pushTopics = [
  'appointment-reminders',
  'appointment-changes',
  'request-status',
  'waitlist-offers',
] as const;
export type PushTopic = (typeof pushTopics)[number];

/** Every kind of inbox message the server writes. */
export const messageKinds = [
  'welcome',
  'booking-confirmed',
  'booking-reminder',
  'waitlist-offer',
  'request-status',
] as const;
export type MessageKind = (typeof messageKinds)[number];

export const topicOfKind: Record<MessageKind, PushTopic | null> = {
  welcome: null,
  'booking-confirmed': 'appointment-changes',
  'booking-reminder': 'appointment-reminders',
  'waitlist-offer': 'waitlist-offers',
  'request-status': 'request-status',
};

/**
 * How long a push service should keep trying to reach a device (TTL, seconds) and how soon it matters
 * (RFC 8030 Urgency). A reminder is worthless after the appointment and a waitlist offer after it
 * lapses, so the sender may shorten these per message (see `deliveryOf`).
 */
export const deliveryByTopic: Record<PushTopic, { ttlSeconds: number; urgency: 'low' | 'normal' | 'high' }> = {
  'appointment-reminders': { ttlSeconds: 24 * 3600, urgency: 'normal' },
  'appointment-changes': { ttlSeconds: 3 * 24 * 3600, urgency: 'normal' },
  'request-status': { ttlSeconds: 7 * 24 * 3600, urgency: 'normal' },
  'waitlist-offers': { ttlSeconds: 2 * 3600, urgency: 'high' },
};

/** The TTL of one message: the topic's, cut short when the message stops meaning anything earlier. */
export function deliveryOf(topic: PushTopic, now: Date, usefulUntil?: Date) {
  const base = deliveryByTopic[topic];
  if (!usefulUntil) return base;
  const left = Math.floor((usefulUntil.getTime() - now.getTime()) / 1000);
  return { ...base, ttlSeconds: Math.max(0, Math.min(base.ttlSeconds, left)) };
}
