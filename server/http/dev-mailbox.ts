import type { FastifyInstance } from 'fastify';
import { readOutbox } from '../mail/mailer';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** /dev/mailbox(.json): the outbox of a server without SMTP_URL, outside production only. */
export async function registerDevMailbox(app: FastifyInstance, outboxDir: string) {
  app.get('/dev/mailbox.json', async () => readOutbox(outboxDir));
  app.get('/dev/mailbox', async (_request, reply) => {
    const messages = await readOutbox(outboxDir);
    const items = messages
      .map(
        (mail) => `<article>
  <h2>${escapeHtml(mail.subject)}</h2>
  <p><strong>To:</strong> ${escapeHtml(mail.to)} · <time datetime="${escapeHtml(mail.sentAt)}">${escapeHtml(mail.sentAt)}</time></p>
  <pre>${escapeHtml(mail.text)}</pre>
</article>`,
      )
      .join('\n<hr>\n');
    const body = items || '<p>No messages yet. / Nessun messaggio.</p>';
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Sportello dev mailbox</title>
<h1>Sportello dev mailbox</h1><p>Messages written to the outbox because SMTP_URL is not set.</p>\n${body}</html>`);
  });
}
