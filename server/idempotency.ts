import { ConflictError } from '../src/core/errors.js';
import { IDEMPOTENCY_TTL_MS, KEY_REUSED, type StoredResponse } from '../edge/idempotency.js';
import type { Db, Queryable } from './db/db.js';

/*
 * The server's store of Idempotency-Key entries: a SQL table, written in the work's transaction.
 * What "the same request" means (canonical JSON, `requestHash`) and how a replay is answered are
 * the HTTP edge's (edge/idempotency.ts), shared with the mocks.
 */

export { IDEMPOTENCY_TTL_MS, replayHeaders, requestHash, type StoredResponse } from '../edge/idempotency.js';

type Work = (tx: Queryable) => Promise<{ status: number; body: unknown }>;
type Entry = { request_hash: string; status: number | null; response: string | null; created_at: Date };

/** The key is someone else's already (an earlier request, or a concurrent duplicate that committed first). */
class KeyTaken extends Error {}
/** Rolls back the look at a key (see `earlier`). */
class NoEntry extends Error {}

/**
 * Runs `work` once per (user, key), with one write of the key: the entry, answer included, is
 * inserted last, in the work's transaction. A new key is the common case and costs that one
 * statement. When the key is taken, the primary key makes the insert wait for a concurrent
 * duplicate to commit and then fail: the work is rolled back and the stored answer replayed
 * (or 409 for another request) — so two identical requests never both create. When `work`
 * throws, nothing is kept, and the error stands unless the key names an earlier answer to this
 * very request (a retry whose work would now fail: "already voted"), which is replayed as it
 * would have been had the key been looked at first. A key older than the TTL counts as new.
 *
 * The work runs before the key is looked at, so it must have no effect outside the transaction;
 * `idempotentKeyFirst` is for works that do (an in-memory rate limiter).
 */
export async function idempotent(db: Db, userId: string, key: string, hash: string, now: number, work: Work): Promise<StoredResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const result = await work(tx);
        const body = JSON.stringify(result.body);
        const written = await tx.query(
          `insert into idempotency_keys (user_id, key, request_hash, status, response, created_at) values ($1, $2, $3, $4, $5, $6)
           on conflict (user_id, key) do update set request_hash = $3, status = $4, response = $5, created_at = $6
             where idempotency_keys.created_at < $7
           returning key`,
          [userId, key, hash, result.status, body, new Date(now), new Date(now - IDEMPOTENCY_TTL_MS)],
        );
        if (!written.length) throw new KeyTaken();
        return { status: result.status, body, replayed: false };
      });
    } catch (error) {
      const stored = await earlier(db, userId, key, hash, now);
      if (stored) return stored;
      // No answer to replay: a failed work's error stands; a key taken and gone again (expired and
      // cleaned up meanwhile) is tried once more.
      if (!(error instanceof KeyTaken) || attempt >= 2) throw error;
    }
  }
}

/**
 * The answer stored under the key for this request, or null when there is none (no entry, or an
 * expired one); 409 when the key names another request. Waits for a concurrent duplicate still
 * running: the probe insert blocks on its key until it commits or rolls back.
 */
async function earlier(db: Db, userId: string, key: string, hash: string, now: number): Promise<StoredResponse | null> {
  try {
    return await db.transaction(async (tx) => {
      const probe = await tx.query(
        'insert into idempotency_keys (user_id, key, request_hash, created_at) values ($1, $2, $3, $4) on conflict (user_id, key) do nothing returning key',
        [userId, key, hash, new Date(now)],
      );
      if (probe.length) throw new NoEntry();
      const [row] = await tx.query<Entry>('select request_hash, status, response, created_at from idempotency_keys where user_id = $1 and key = $2', [
        userId,
        key,
      ]);
      if (!row || new Date(row.created_at).getTime() < now - IDEMPOTENCY_TTL_MS || row.status === null || row.response === null) throw new NoEntry();
      if (row.request_hash !== hash) throw new ConflictError(KEY_REUSED);
      return { status: Number(row.status), body: row.response, replayed: true };
    });
  } catch (error) {
    if (error instanceof NoEntry) return null;
    throw error;
  }
}

/**
 * Runs `work` once per (user, key), the key looked at first, for works with effects outside the
 * transaction. The key row is inserted first, in the same transaction as the work: a concurrent
 * duplicate blocks on the primary key until this one commits, then replays its response. When
 * `work` throws, the transaction (key row included) rolls back and a retry runs afresh. A key
 * older than the TTL counts as new.
 */
export async function idempotentKeyFirst(db: Db, userId: string, key: string, hash: string, now: number, work: Work): Promise<StoredResponse> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      'insert into idempotency_keys (user_id, key, request_hash, created_at) values ($1, $2, $3, $4) on conflict (user_id, key) do nothing returning key',
      [userId, key, hash, new Date(now)],
    );
    if (!inserted.length) {
      const [row] = await tx.query<Entry>(
        'select request_hash, status, response, created_at from idempotency_keys where user_id = $1 and key = $2 for update',
        [userId, key],
      );
      if (!row) throw new Error('idempotency key vanished');
      const expired = new Date(row.created_at).getTime() < now - IDEMPOTENCY_TTL_MS;
      if (!expired) {
        if (row.request_hash !== hash) throw new ConflictError(KEY_REUSED);
        if (row.status !== null && row.response !== null) return { status: Number(row.status), body: row.response, replayed: true };
      }
      await tx.query('update idempotency_keys set request_hash = $3, status = null, response = null, created_at = $4 where user_id = $1 and key = $2', [
        userId,
        key,
        hash,
        new Date(now),
      ]);
    }
    const result = await work(tx);
    const body = JSON.stringify(result.body);
    await tx.query('update idempotency_keys set status = $3, response = $4 where user_id = $1 and key = $2', [userId, key, result.status, body]);
    return { status: result.status, body, replayed: false };
  });
}
