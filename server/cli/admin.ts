import { parseArgs } from 'node:util';
import { EmailSchema } from '../../shared/auth/api';
import { DatabaseUnreachableError, openConfiguredDatabase } from '../app';
import { ConfigError, loadConfig } from '../config';
import { migrateDatabase } from '../db/migrate';
import { recordAudit } from '../features/audit/record';
import { grantRole } from '../features/auth/grants';
import { findOrCreateUser } from '../features/auth/users';

const usage = 'Usage: npm run admin -- create --email person@example.it';

/** `npm run admin -- create --email ...`: makes (or promotes) an administrator on the configured database. */
async function main() {
  const { positionals, values } = parseArgs({ options: { email: { type: 'string' } }, allowPositionals: true });
  const email = EmailSchema.safeParse(values.email);
  if (positionals[0] !== 'create' || !email.success) {
    console.error(values.email && !email.success ? `Invalid --email: ${values.email}\n${usage}` : usage);
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, { warn: (_details, message) => console.warn(message) });
  try {
    await migrateDatabase(database);
    const created = await database.db.transaction(async (tx) => {
      const account = await findOrCreateUser(tx, { email: email.data, locale: 'it' });
      await grantRole(tx, account.id, { role: 'admin' });
      await recordAudit(tx, {
        actorId: null,
        action: 'admin.create',
        ip: null,
        subjectType: 'user',
        subjectId: account.id,
        details: { via: 'command line' },
      });
      return account.created;
    });
    const signIn = !config.mail.enabled
      ? 'Sign in with SPID/CIE (MAIL=off: no email codes).'
      : `Sign in with an email code${config.mail.smtpUrl ? '.' : ' (without SMTP_URL the code is at /dev/mailbox).'}`;
    console.log(`${email.data} is an administrator${created ? ' (new account)' : ''}. ${signIn}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  console.error(known ? (error as Error).message : `admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
