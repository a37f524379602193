import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** The real entry point, as `npm start` runs it (minus the client build). */
function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = stdout.match(/running at (http:\/\/\S+)/);
      if (match) resolve(match[1]!);
    });
    exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  // Runs that are expected to fail never ask for the URL; their rejection is not an error.
  url.catch(() => {});
  return { child, exited, url, output: () => ({ stdout, stderr }) };
}

const dataDirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run admin', () => {
  it('makes an administrator who then signs in with admin rights', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sportello-admin-'));
    dataDirs.push(dataDir);
    const cli = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/cli/admin.ts', 'create', '--email', 'Capo@Example.it'],
      {
        env: { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let printed = '';
    cli.stdout.on('data', (chunk) => (printed += chunk));
    expect(await new Promise((resolve) => cli.on('exit', resolve))).toBe(0);
    expect(printed).toMatch(/capo@example\.it is an administrator \(new account\)/);

    const server = startProcess({ DATA_DIR: dataDir });
    children.push(server.child);
    const url = await server.url;
    const { cookieFetch } = await import('../support/test-app');
    const asCapo = cookieFetch();
    const post = (path: string, body: object) =>
      asCapo(`${url}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sportello-request': '1' },
        body: JSON.stringify(body),
      });
    await post('auth.requestCode', { email: 'capo@example.it' });
    const [mail] = (await (await fetch(`${url}/dev/mailbox.json`)).json()) as { text: string }[];
    const code = mail!.text.match(/\b(\d{6})\b/)![1];
    expect((await post('auth.verifyCode', { email: 'capo@example.it', code })).status).toBe(200);
    const me = (await (await asCapo(`${url}/trpc/me.get`)).json()) as {
      result: { data: { roles: { admin: boolean } } };
    };
    expect(me.result.data.roles.admin).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('the server process', () => {
  it('exits 1 with one line naming the variable for a bad PORT', async () => {
    const run = startProcess({ PORT: 'abc' });
    expect(await run.exited).toBe(1);
    const lines = run
      .output()
      .stderr.trim()
      .split('\n')
      .filter((line) => !line.startsWith('npm warn'));
    expect(lines).toEqual(['Invalid PORT="abc": must be a port number']);
  });

  it('exits 1 with one line for an unreachable DATABASE_URL', async () => {
    const run = startProcess({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere' });
    expect(await run.exited).toBe(1);
    const lines = run.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid DATABASE_URL: cannot connect to the database/);
    expect(run.output().stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with one line when NODE_ENV=production has no SMTP_URL, instead of mailing codes to a folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sportello-no-mail-'));
    dataDirs.push(dataDir);
    const run = startProcess({ NODE_ENV: 'production', SMTP_URL: '', MAIL: '', DATA_DIR: dataDir });
    children.push(run.child);
    expect(await run.exited).toBe(1);
    const lines = run.output().stderr.trim().split('\n');
    expect(lines).toEqual([
      'Missing SMTP_URL: in production sign-in codes and booking confirmations are mailed; set SMTP_URL=smtp://…, or MAIL=off to run without mail and without email sign-in',
    ]);
  });

  it('with MAIL=off starts in production, says email sign-in is off, and refuses codes in plain words', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sportello-mail-off-'));
    dataDirs.push(dataDir);
    const run = startProcess({ NODE_ENV: 'production', SMTP_URL: '', MAIL: 'off', DATA_DIR: dataDir });
    children.push(run.child);
    const url = await run.url;
    await vi.waitUntil(() => run.output().stdout.includes('MAIL=off'), { timeout: 5_000 });
    expect(run.output().stdout).toContain('MAIL=off: no mail is sent, and signing in with an email code is off.');
    const methods = (await (await fetch(`${url}/trpc/auth.methods`)).json()) as {
      result: { data: { emailCode: boolean } };
    };
    expect(methods.result.data.emailCode).toBe(false);
    const refused = await fetch(`${url}/trpc/auth.requestCode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sportello-request': '1', 'x-locale': 'en' },
      body: JSON.stringify({ email: 'giulia.rossi@example.it' }),
    });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { message: string; data: { appCode: string } } }).error).toMatchObject({
      message: 'Signing in with an email code is not available on this service.',
      data: { appCode: 'EMAIL_SIGN_IN_OFF' },
    });
    expect(existsSync(join(dataDir, 'outbox'))).toBe(false);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('serves, keeps its data across a restart, and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sportello-process-'));
    dataDirs.push(dataDir);
    const first = startProcess({ DATA_DIR: dataDir, DEMO_DATA: 'true' });
    children.push(first.child);
    const url = await first.url;
    expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: 'ok', database: 'pglite' });
    const countServices = async (base: string) => {
      const response = await fetch(`${base}/trpc/catalog.search?input=${encodeURIComponent('{"pageSize":1}')}`);
      return ((await response.json()) as { result: { data: { total: number } } }).result.data.total;
    };
    const total = await countServices(url);
    expect(total).toBeGreaterThanOrEqual(30);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = startProcess({ DATA_DIR: dataDir, DEMO_DATA: 'true' });
    children.push(second.child);
    expect(await countServices(await second.url)).toBe(total);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
