import { PGlite, protocol, types } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import { assertChannel, type Db, type Queryable } from './db.js';

/*
 * The embedded database: PostgreSQL compiled to WebAssembly, in this process. With a folder it
 * keeps its data across restarts; without one it lives in memory (tests). One connection, so
 * transactions run one after another — PGlite queues them itself.
 */

interface Prepared {
  name: string;
  paramTypes: number[];
  fields: { name: string; dataTypeID: number }[];
}

/** Distinct statements kept prepared; past it (SQL built from input: a search's term count) a statement is parsed per call. */
const MAX_PREPARED = 500;

const { serialize, messages: message } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
}

/**
 * Each statement parsed and planned once, under a name, then run as one batch (bind, execute,
 * sync): one call into the database per query where PGlite's `query` makes six (parse, describe,
 * bind, describe, execute, sync) and plans the statement every time. Results are read with
 * PGlite's own type parsers, so rows come back as from `query`. The caller holds PGlite's locks.
 */
class Statements {
  private readonly prepared = new Map<string, Prepared>();
  private count = 0;

  constructor(private readonly pg: PGlite) {}

  async run<T>(sql: string, params: readonly unknown[], syncToFs: boolean): Promise<T[] | null> {
    let statement = this.prepared.get(sql);
    if (!statement) {
      if (this.prepared.size >= MAX_PREPARED) return null;
      const name = `chorus_${++this.count}`;
      const { messages } = await this.pg.execProtocol(
        concat([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]),
        {
          syncToFs: false,
        },
      );
      const described = messages.find((m) => m instanceof message.ParameterDescriptionMessage);
      const row = messages.find((m) => m instanceof message.RowDescriptionMessage);
      statement = { name, paramTypes: described?.dataTypeIDs ?? [], fields: row?.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })) ?? [] };
      this.prepared.set(sql, statement);
    }
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const toText = this.pg.serializers[statement.paramTypes[i]!];
      // As PGlite does for a type it has no serializer for.
      return toText ? toText(value) : (value as { toString(): string }).toString();
    });
    let messages: Awaited<ReturnType<PGlite['execProtocol']>>['messages'];
    try {
      ({ messages } = await this.pg.execProtocol(concat([serialize.bind({ statement: statement.name, values }), serialize.execute({}), serialize.sync()]), {
        syncToFs,
      }));
    } catch (error) {
      // A statement the schema changed under (or lost) is prepared afresh next time.
      if (['0A000', '26000'].includes((error as { code?: string }).code ?? '')) this.prepared.delete(sql);
      throw error;
    }
    const { fields } = statement;
    const rows: T[] = [];
    for (const m of messages) {
      if (!(m instanceof message.DataRowMessage)) continue;
      const row: Record<string, unknown> = {};
      m.fields.forEach((value, i) => {
        row[fields[i]!.name] = types.parseType(value, fields[i]!.dataTypeID, this.pg.parsers);
      });
      rows.push(row as T);
    }
    return rows;
  }
}

export async function openPglite(dataDir?: string): Promise<Db> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const statements = new Statements(pg);
  /** Queries through the prepared statements, under PGlite's locks: in a transaction its query lock, else both (as `pg.query`). */
  const queryable = (q: Pick<PGlite, 'query' | 'exec'>, inTransaction: boolean): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const run = () => statements.run<T>(sql, params, !inTransaction);
      const rows = await (inTransaction ? pg._runExclusiveQuery(run) : pg._runExclusiveTransaction(() => pg._runExclusiveQuery(run)));
      return rows ?? (await q.query<T>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: dataDir ? `pglite (${dataDir})` : 'pglite (in memory)',
    ...queryable(pg, false),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx, true))),
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
