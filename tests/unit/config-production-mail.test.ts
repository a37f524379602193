import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

const missingSmtp =
  'Missing SMTP_URL: in production sign-in codes and booking confirmations are mailed; set SMTP_URL=smtp://…, or MAIL=off to run without mail and without email sign-in';

describe('mail in production', () => {
  it('refuses NODE_ENV=production without SMTP_URL, in one line saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(new ConfigError(missingSmtp));
    expect(() => loadConfig({ NODE_ENV: 'production', SMTP_URL: '' })).toThrow(ConfigError);
  });

  it('runs with SMTP_URL, or without any mail when MAIL=off says so', () => {
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.comune.example.it:587' }).mail).toMatchObject({
      enabled: true,
      smtpUrl: 'smtp://mail.comune.example.it:587',
    });
    expect(loadConfig({ NODE_ENV: 'production', MAIL: 'off' }).mail).toMatchObject({
      enabled: false,
      smtpUrl: undefined,
    });
  });

  it('keeps the dev outbox without SMTP_URL outside production (development, tests)', () => {
    expect(loadConfig({}).mail).toMatchObject({ enabled: true, smtpUrl: undefined });
    expect(loadConfig({ NODE_ENV: 'test' }).mail).toMatchObject({ enabled: true, smtpUrl: undefined });
  });

  it('refuses a contradiction or an unknown MAIL value, naming the variable', () => {
    expect(() => loadConfig({ MAIL: 'off', SMTP_URL: 'smtp://mail.comune.example.it' })).toThrow(
      'Invalid MAIL="off": SMTP_URL is set too; remove one of them',
    );
    expect(() => loadConfig({ MAIL: 'no' })).toThrow('Invalid MAIL="no": must be on or off');
  });
});
