import { checkRateLimit, type RateLimit } from '../src/core/kudos.rules.js';
import type { Queryable } from './db/db.js';

/**
 * The embedded adapter's per-person rate limit (core's `checkRateLimit`), kept in the database so
 * every server process counts the same actions. Runs inside the caller's transaction under a
 * per-person advisory lock: two requests at once cannot both take the last slot. Throws
 * RateLimitedError (429 with Retry-After) when the window is full, which must roll the caller's
 * transaction back; otherwise records the action.
 */
export async function takeRateSlot(tx: Queryable, personId: string, action: string, now: number, limit: RateLimit): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`chorus:rate:${action}:${personId}`]);
  // One statement after the lock's (a statement reads as of when it started, so this one sees what
  // the lock's previous holder wrote): the hits in the window, read before this statement's own
  // writes, the older ones dropped and this action added. When the window is full the check
  // throws and the caller's transaction takes both writes back.
  const since = new Date(now - limit.windowSeconds * 1000);
  const rows = await tx.query<{ at: Date }>(
    `with hits as (select at from rate_hits where person_id = $1 and action = $2 and at > $3),
       dropped as (delete from rate_hits where person_id = $1 and action = $2 and at <= $3),
       added as (insert into rate_hits (person_id, action, at) values ($1, $2, $4))
     select at from hits`,
    [personId, action, since, new Date(now)],
  );
  checkRateLimit(
    rows.map((r) => new Date(r.at).getTime()),
    now,
    limit,
  );
}
