import { z } from 'zod';
import { LocaleSchema } from '../i18n/locale';
import { isValidFiscalCode, normalizeFiscalCode } from '../identity/fiscal-code';
import { singleLineText } from '../text';

/** Inputs and outputs of auth.*, me.* and inbox.*: the public contract of accounts. */

export const EmailSchema = z
  .email({ error: 'invalid email' })
  .max(254)
  .transform((email) => email.trim().toLowerCase());

export const FiscalCodeSchema = z
  .string()
  .transform(normalizeFiscalCode)
  .refine(isValidFiscalCode, { error: 'invalid fiscal code' });

export const RequestCodeInput = z.object({ email: EmailSchema });
export const VerifyCodeInput = z.object({ email: EmailSchema, code: z.string().regex(/^\d{6}$/) });

export const Roles = z.object({
  admin: z.boolean(),
  /** Slugs of the offices where the person works at the desk. */
  staffOffices: z.array(z.string()),
  /** Slugs of the organizations whose listings the person owns. */
  ownedOrganizations: z.array(z.string()),
});
export type Roles = z.infer<typeof Roles>;

export const NotificationPrefs = z.object({ email: z.boolean(), push: z.boolean() });
export type NotificationPrefs = z.infer<typeof NotificationPrefs>;

export const Me = z.object({
  id: z.string(),
  email: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  phone: z.string().nullable(),
  fiscalCode: z.string().nullable(),
  locale: LocaleSchema,
  notificationPrefs: NotificationPrefs,
  roles: Roles,
  createdAt: z.string(),
});
export type Me = z.infer<typeof Me>;

const name = singleLineText({ min: 1, max: 80 });
export const UpdateProfileInput = z.object({
  givenName: name.nullable().optional(),
  familyName: name.nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{6,20}$/)
    .nullable()
    .optional(),
  fiscalCode: FiscalCodeSchema.nullable().optional(),
  locale: LocaleSchema.optional(),
  notificationPrefs: NotificationPrefs.partial().optional(),
});
export type UpdateProfileInput = z.input<typeof UpdateProfileInput>;

export const DeleteAccountInput = z.object({ confirmEmail: singleLineText({ max: 254, trim: false }) });

export const SessionInfo = z.object({
  id: z.string(),
  method: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const ActivityEntry = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const PageInput = z
  .object({ limit: z.int().min(1).max(100).default(30), before: z.iso.datetime().optional() })
  .default({ limit: 30 });

export const InboxMessage = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type InboxMessage = z.infer<typeof InboxMessage>;

export const MessageIdInput = z.object({ id: z.uuid() });
