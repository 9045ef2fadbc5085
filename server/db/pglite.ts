import { PGlite } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import { assertChannel, type Db, type Queryable } from './db.js';

/*
 * The embedded database: PostgreSQL compiled to WebAssembly, in this process. With a folder it
 * keeps its data across restarts; without one it lives in memory (tests). One connection, so
 * transactions run one after another — PGlite queues them itself.
 */

function wrap(q: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  };
}

export async function openPglite(dataDir?: string): Promise<Db> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const base = wrap(pg);
  return {
    kind: dataDir ? `pglite (${dataDir})` : 'pglite (in memory)',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async listen(channel, fn) {
      const stop = await pg.listen(assertChannel(channel), fn);
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    async notify(channel, payload) {
      await pg.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
