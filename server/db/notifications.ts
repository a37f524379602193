import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Executor } from './client';

export type Unlisten = () => Promise<void>;
export type NotificationHandler = (payload: string) => void;

/**
 * Sends a cross-process event. Inside a transaction PostgreSQL delivers it at commit, so listeners
 * never hear about a change they cannot see yet.
 */
export async function notifyChannel(db: Executor, channel: string, payload = ''): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}

/**
 * One dedicated connection per process for LISTEN (a pooled one would be handed back). If it drops,
 * every handler hears an empty "reset" payload, since events may have been missed, and it reconnects.
 */
export class PostgresListener {
  private client: pg.Client | undefined;
  private readonly handlers = new Map<string, Set<NotificationHandler>>();
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly onError: (error: Error) => void,
  ) {}

  async listen(channel: string, handler: NotificationHandler): Promise<Unlisten> {
    const existing = this.handlers.get(channel);
    if (existing) existing.add(handler);
    else {
      this.handlers.set(channel, new Set([handler]));
      const client = await this.connection();
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    }
    return async () => {
      this.handlers.get(channel)?.delete(handler);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end();
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', (error) => this.reconnect(error));
    this.client = client;
    await client.connect();
    return client;
  }

  private reconnect(error: Error) {
    this.onError(error);
    this.client = undefined;
    if (this.closed) return;
    for (const handlers of this.handlers.values()) for (const handler of handlers) handler('');
    setTimeout(async () => {
      try {
        const client = await this.connection();
        for (const channel of this.handlers.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      } catch (failure) {
        this.reconnect(failure as Error);
      }
    }, 1_000).unref();
  }
}
