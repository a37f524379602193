import { z } from 'zod';
import { slug } from '../catalog/content';
import { singleLineText } from '../text';
import { type MessageKind, messageKinds, type PushTopic, pushTopics } from './topics';

/** Inputs and outputs of push.*: devices that receive notifications, and what they receive. */

export const PushTopicSchema = z.enum(pushTopics);
export const MessageKindSchema = z.enum(messageKinds);

/** base64url without padding, as PushSubscription.toJSON() gives the keys. */
const base64url = (bytes: number) =>
  z.string().refine((text) => /^[A-Za-z0-9_-]+$/.test(text) && Math.floor((text.length * 3) / 4) === bytes, {
    params: { rule: 'keyBytes', bytes },
  });

function isHttpsAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Push services' endpoints are a few hundred characters; anything far longer is not one. */
export const maxEndpointLength = 2048;

/** Compared as the browser gave it, so not trimmed. */
const Endpoint = singleLineText({ max: maxEndpointLength, trim: false });

/** What the browser's PushSubscription.toJSON() gives, plus a name for the device. */
export const SubscribeInput = z.object({
  endpoint: Endpoint.refine(isHttpsAddress, { params: { rule: 'httpsAddress' } }),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    /** The browser's P-256 public key, uncompressed point (65 bytes). */
    p256dh: base64url(65),
    /** The browser's authentication secret (16 bytes). */
    auth: base64url(16),
  }),
  /** "Chrome su Android": shown in the list of devices; the server guesses one from the User-Agent if absent. */
  deviceName: singleLineText({ min: 1, max: 80 }).optional(),
});
export type SubscribeInput = z.input<typeof SubscribeInput>;

export const EndpointInput = z.object({ endpoint: Endpoint });
export const DeviceIdInput = z.object({ id: z.uuid() });

export const PushDevice = z.object({
  id: z.uuid(),
  deviceName: z.string(),
  /** Lets a page tell "this device" apart: it compares with its own subscription's endpoint. */
  endpoint: z.string(),
  createdAt: z.string(),
  lastDeliveredAt: z.string().nullable(),
});
export type PushDevice = z.infer<typeof PushDevice>;

export const PushSetup = z.object({
  /** The VAPID public key (base64url) the browser passes to PushManager.subscribe as applicationServerKey. */
  publicKey: z.string(),
  devices: z.array(PushDevice),
});
export type PushSetup = z.infer<typeof PushSetup>;

/** Per topic and per service; the master switch is the profile's notificationPrefs.push. */
export const PushPreferences = z.object({
  topics: z.record(PushTopicSchema, z.boolean()),
  /** Services the person has used (booked or applied for), each with its switch. */
  services: z.array(z.object({ slug, name: z.string(), enabled: z.boolean() })),
});
export type PushPreferences = z.infer<typeof PushPreferences>;

export const SetTopicInput = z.object({ topic: PushTopicSchema, enabled: z.boolean() });
export const SetServiceInput = z.object({ service: slug, enabled: z.boolean() });

/**
 * What the service worker receives, decrypted. Kept small: a push message carries at most 4 KB, so the
 * body is cut (the inbox has the whole text).
 */
export const PushPayload = z.object({
  /** The inbox message this notifies; a click marks it read. */
  messageId: z.uuid(),
  kind: MessageKindSchema,
  title: z.string(),
  body: z.string(),
  /** Page to open, same-origin path. */
  link: z.string().startsWith('/'),
  /** Notifications with the same tag replace each other (one per booking, one per request). */
  tag: z.string(),
  lang: z.enum(['it', 'en']),
});
export type PushPayload = z.infer<typeof PushPayload>;

/** RFC 8291 allows 4096 bytes per record minus 86 of header and padding; keep well inside. */
export const maxPayloadBytes = 3072;

export type { MessageKind, PushTopic };
