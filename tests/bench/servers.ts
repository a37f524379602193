import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type DatabaseHandle, openDatabase, pgliteExtensions } from '../../server/db/client';
import { type TemplateRef, withDatabase } from '../support/template-database';

/** Real server processes for the benchmarks, started as deployed (server/main.ts). */
const root = fileURLToPath(new URL('../..', import.meta.url));

export type Server = { child: ChildProcess; url: string; exited: Promise<number | null> };

/** The real entry point, as deployed, with the rate limits raised: the storm comes from one address. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      // Production refuses to start without SMTP_URL; the storms need no mail.
      MAIL: 'off',
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '127.0.0.1',
      RATE_LIMIT_LOOKUPS_PER_MINUTE: '10000000',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '10000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = stdout.match(/running at (http:\/\/\S+)/);
      if (match) resolve(match[1]!);
    });
    exited.then((code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  return { child, url, exited };
}

export async function admin(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/**
 * A database copied from the template and the environment of each server process: one process on
 * PGlite, whose data folder belongs to one process at a time; two sharing one PostgreSQL database.
 */
export async function benchDeployment(template: TemplateRef, name: string) {
  const folders: string[] = [];
  const folder = () => {
    const path = mkdtempSync(join(tmpdir(), `sportello-${name}-`));
    folders.push(path);
    return path;
  };
  let envs: Record<string, string>[];
  let dropDatabase = async () => {};
  if (template.kind === 'pglite') {
    const dataDir = folder();
    const loadDataDir = new Blob([readFileSync(template.dumpPath)]);
    await (await PGlite.create(join(dataDir, 'pglite'), { loadDataDir, extensions: pgliteExtensions })).close();
    envs = [{ DATA_DIR: dataDir }];
  } else {
    const database = `sportello_${name}_${process.pid}`;
    await admin(template.serverUrl, `drop database if exists ${database} with (force)`);
    await admin(template.serverUrl, `create database ${database} template ${template.name}`);
    const url = withDatabase(template.serverUrl, database);
    envs = [0, 1].map(() => ({ DATABASE_URL: url, DATA_DIR: folder() }));
    dropDatabase = () => admin(template.serverUrl, `drop database if exists ${database} with (force)`);
  }
  return {
    envs,
    /** The database itself, from this process: with PGlite, only while no server has it open. */
    open: (): Promise<DatabaseHandle> =>
      openDatabase(envs[0]!.DATABASE_URL ? { url: envs[0]!.DATABASE_URL } : { dataDir: envs[0]!.DATA_DIR! }),
    async cleanup() {
      await dropDatabase();
      for (const path of folders) rmSync(path, { recursive: true, force: true });
    },
  };
}
