import { ConflictError } from '../src/core/errors.js';
import { IDEMPOTENCY_TTL_MS, KEY_REUSED, type StoredResponse } from '../edge/idempotency.js';
import type { Db, Queryable } from './db/db.js';

/*
 * The server's store of Idempotency-Key entries: a SQL table, written in the work's transaction.
 * What "the same request" means (canonical JSON, `requestHash`) and how a replay is answered are
 * the HTTP edge's (edge/idempotency.ts), shared with the mocks.
 */

export { IDEMPOTENCY_TTL_MS, replayHeaders, requestHash, type StoredResponse } from '../edge/idempotency.js';

/**
 * Runs `work` once per (user, key). The key row is inserted first, in the same transaction as the
 * work: a concurrent duplicate blocks on the primary key until this one commits, then replays
 * its response — so two identical requests never both create. When `work` throws, the
 * transaction (key row included) rolls back and a retry runs afresh. A key older than the TTL
 * counts as new.
 */
export async function idempotent(
  db: Db,
  userId: string,
  key: string,
  hash: string,
  now: number,
  work: (tx: Queryable) => Promise<{ status: number; body: unknown }>,
): Promise<StoredResponse> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      'insert into idempotency_keys (user_id, key, request_hash, created_at) values ($1, $2, $3, $4) on conflict (user_id, key) do nothing returning key',
      [userId, key, hash, new Date(now)],
    );
    if (!inserted.length) {
      const [row] = await tx.query<{ request_hash: string; status: number | null; response: string | null; created_at: Date }>(
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
