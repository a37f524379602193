import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export type OutgoingMail = { to: string; subject: string; text: string; html: string };
export type StoredMail = OutgoingMail & { id: string; from: string; sentAt: string };

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/** Real mail through an SMTP server (SMTP_URL). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

/**
 * Without SMTP_URL every message is written to DATA_DIR/outbox as JSON, so a newcomer (and the tests)
 * can read sign-in codes at /dev/mailbox without a mail server.
 */
export function outboxMailer(outboxDir: string, from: string): Mailer {
  return {
    async send(mail) {
      await mkdir(outboxDir, { recursive: true });
      const sentAt = new Date().toISOString();
      const id = randomUUID();
      const stored: StoredMail = { id, from, sentAt, ...mail };
      await writeFile(join(outboxDir, `${sentAt.replace(/[:.]/g, '-')}-${id}.json`), JSON.stringify(stored, null, 2));
    },
  };
}

/** MAIL=off: nothing is sent, on purpose; email sign-in is refused before it asks for a mail. */
export const noMailer: Mailer = { send: async () => {} };

/** The mailer the configuration asks for: SMTP, the dev outbox without SMTP_URL, or none with MAIL=off. */
export function configuredMailer(
  mail: { enabled: boolean; smtpUrl: string | undefined; from: string },
  outboxDir: string,
) {
  if (!mail.enabled) return noMailer;
  return mail.smtpUrl ? smtpMailer(mail.smtpUrl, mail.from) : outboxMailer(outboxDir, mail.from);
}

/** The outbox's messages, newest first. */
export async function readOutbox(outboxDir: string, limit = 50): Promise<StoredMail[]> {
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  const newest = names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(newest.map(async (name) => JSON.parse(await readFile(join(outboxDir, name), 'utf8'))));
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A plain-text mail with its HTML twin: paragraphs kept, everything the text contains escaped. */
export function plainTextMail(to: string, subject: string, text: string): OutgoingMail {
  const escaped = text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
  return { to, subject, text, html: `<p>${escaped.replaceAll('\n\n', '</p><p>').replaceAll('\n', '<br>')}</p>` };
}
