import pg from 'pg';
import { assertChannel, type Db, type Queryable } from './db.js';

/*
 * A real PostgreSQL server through node-postgres: a pool for queries and transactions, and one
 * dedicated connection for LISTEN (a pooled connection may be handed to someone else). The
 * listening connection reconnects by itself; `onReconnect` lets the live fan-out catch up on
 * what it may have missed meanwhile (the events table keeps it).
 */

/** Distinct statements given names; past it (SQL built from input: a search's term count) a statement goes unnamed. */
const MAX_NAMED = 500;

interface StatementNames {
  of(sql: string): string | undefined;
  /** The statement's plan no longer fits the schema (a migration changed what it returns): a new name, prepared afresh everywhere. */
  forget(sql: string): void;
}

/**
 * A name per distinct statement, shared by every connection: node-postgres prepares a named
 * statement once per connection and then only binds and runs it, so the server parses and plans
 * it once per connection instead of on every call.
 */
function statementNames(): StatementNames {
  const names = new Map<string, string>();
  let count = 0;
  return {
    of(sql) {
      let name = names.get(sql);
      if (!name && names.size < MAX_NAMED) names.set(sql, (name = `chorus_${++count}`));
      return name;
    },
    forget: (sql) => void names.delete(sql),
  };
}

function wrap(q: pg.Pool | pg.PoolClient, names: StatementNames): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await q.query({ name: names.of(sql), text: sql, values: params as unknown[] });
        return result.rows as T[];
      } catch (error) {
        // "cached plan must not change result type": another process migrated the schema.
        if ((error as { code?: string }).code === '0A000') names.forget(sql);
        throw error;
      }
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  };
}

export interface PostgresOptions {
  connectionString: string;
  max?: number;
  /** Called after the LISTEN connection came back from a failure. */
  onReconnect?: () => void;
}

export function openPostgres(options: PostgresOptions): Db {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  const names = statementNames();
  // An idle pooled connection that dies (server restart) must not crash the process.
  pool.on('error', (error) => console.error('chorus: idle database connection failed:', error.message));
  const channels = new Map<string, Set<(payload: string) => void>>();
  let listener: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  async function connectListener(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: options.connectionString });
    client.on('notification', (msg) => {
      for (const fn of channels.get(msg.channel) ?? []) fn(msg.payload ?? '');
    });
    client.on('error', (error) => {
      console.error('chorus: the LISTEN connection failed:', error.message);
      if (listener === client) listener = null;
      client.end().catch(() => {});
      scheduleReconnect();
    });
    await client.connect();
    for (const channel of channels.keys()) await client.query(`LISTEN ${channel}`);
    return client;
  }

  function scheduleReconnect(delay = 1000): void {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      ensureListener().then(
        () => options.onReconnect?.(),
        () => scheduleReconnect(Math.min(delay * 2, 30_000)),
      );
    }, delay);
    retryTimer.unref();
  }

  async function ensureListener(): Promise<pg.Client> {
    if (listener) return listener;
    connecting ??= connectListener().then(
      (client) => ((listener = client), (connecting = null), client),
      (error: unknown) => {
        connecting = null;
        throw error;
      },
    );
    return connecting;
  }

  return {
    kind: 'postgres',
    ...wrap(pool, names),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client, names));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, fn) {
      assertChannel(channel);
      let set = channels.get(channel);
      const first = !set;
      if (!set) channels.set(channel, (set = new Set()));
      set.add(fn);
      const client = await ensureListener();
      if (first) await client.query(`LISTEN ${channel}`);
      return async () => {
        set.delete(fn);
        if (set.size) return;
        channels.delete(channel);
        await listener?.query(`UNLISTEN ${channel}`).catch(() => {});
      };
    },
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const client = listener ?? (await connecting?.catch(() => null));
      listener = null;
      await client?.end().catch(() => {});
      await pool.end();
    },
  };
}
