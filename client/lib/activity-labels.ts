import type { ActivityEntry } from '../../shared/auth/api';
import { type MessageKey, t } from './i18n';

/** Human words for what the audit log records about a person ("auth.sign_in" → "Accesso con …"). */

const methods: Record<string, MessageKey> = {
  email_code: 'method.email_code',
  passkey: 'method.passkey',
  oidc: 'method.oidc',
};

/** How a session was opened: "codice via email", "passkey", "SPID o CIE". */
export function methodName(method: unknown): string {
  return t(typeof method === 'string' && methods[method] ? methods[method] : 'method.other');
}

const simple: Record<string, MessageKey> = {
  'me.update': 'activity.profileUpdated',
  'auth.sign_out_everywhere': 'activity.signOutEverywhere',
  'passkey.register': 'activity.passkeyAdded',
  'passkey.rename': 'activity.passkeyRenamed',
  'passkey.remove': 'activity.passkeyRemoved',
};

/** One line per entry; actions added later and not named here still read sensibly. */
export function activityLabel(entry: ActivityEntry): string {
  if (entry.action === 'auth.sign_in') return t('activity.signIn', { method: methodName(entry.details.method) });
  const key = simple[entry.action];
  return key ? t(key) : t('activity.other', { action: entry.action });
}

/** A second line for the entries that deserve one. */
export function activityNote(entry: ActivityEntry): string | undefined {
  if (entry.action === 'auth.sign_in' && entry.details.newAccount === true) return t('activity.accountCreated');
  return undefined;
}
