import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStatements } from '../../server/db/prepared-statements';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('prepared statements on PostgreSQL', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    // One connection, so every call below meets the statements the earlier ones prepared.
    pool = new pg.Pool({ connectionString: serverUrl, max: 1 });
    pool.on('connect', prepareStatements);
  });
  afterAll(() => pool.end());

  const prepared = async () =>
    (
      await pool.query<{ statement: string }>('select statement from pg_prepared_statements order by statement')
    ).rows.map((row) => row.statement);

  it('prepares a parameterised statement once per connection and answers each call with its own values', async () => {
    const text = 'select $1::int + 1 as next';
    const answers = [];
    for (const value of [1, 41, -1]) answers.push((await pool.query<{ next: number }>(text, [value])).rows[0]!.next);
    expect(answers).toEqual([2, 42, 0]);
    expect((await prepared()).filter((statement) => statement === text)).toHaveLength(1);
  });

  it('prepares the config objects drizzle sends, keeping their row mode, and leaves statements without parameters alone', async () => {
    const text = "select $1::text as word, 'fixed' as other";
    const result = await pool.query({ text, values: ['ciao'], rowMode: 'array' });
    expect(result.rows).toEqual([['ciao', 'fixed']]);
    await pool.query('select 40 + 2 as answer');
    const statements = await prepared();
    expect(statements).toContain(text);
    expect(statements).not.toContain('select 40 + 2 as answer');
  });

  it('keeps serving a prepared statement after one of its calls fails', async () => {
    const text = 'select 10 / $1::int as quotient';
    await expect(pool.query(text, [0])).rejects.toThrow(/division by zero/);
    expect((await pool.query<{ quotient: number }>(text, [5])).rows[0]!.quotient).toBe(2);
  });
});
