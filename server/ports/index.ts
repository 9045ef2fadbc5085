import type { EdgeIdempotency } from '../../edge/app.js';
import type { ChorusAdapter } from '../../src/adapter/port.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Deps } from '../context.js';
import type { Db, Queryable } from '../db/db.js';
import { idempotent } from '../idempotency.js';
import { sealedIdempotent } from '../seal.js';
import { feedbackSettings, SqlFeedbackPort } from './feedback.port.js';
import { SqlKudosPort } from './kudos.port.js';
import { SqlModerationPort } from './moderation.port.js';
import { sqlPeoplePorts } from './people.port.js';
import { anonymousVoteEntry, SqlPollPort } from './polls.port.js';
import { SqlShareCardPort } from './share-card.port.js';
import { SqlLeaderboardPort } from './leaderboard.port.js';
import { SqlInsightsPort } from './insights.port.js';
/* create:imports */

/*
 * The ports over the server's SQL stores, for the signed-in user: what the edge's routes
 * (edge/routes/) run on here. Features whose routes are still the server's own (server/routes/)
 * are not in it yet.
 */
export function portsFor(deps: Deps, user: CurrentUser, db: Db = deps.db): ChorusAdapter {
  return {
    ...sqlPeoplePorts(db, user),
    // The inbox; the sender's side has its own port, as nobody, per request (feedback.sender.ts).
    feedback: new SqlFeedbackPort(
      db,
      feedbackSettings(deps, () => null),
      user,
    ),
    kudos: new SqlKudosPort(db, user, deps.config, deps.rateLimit, deps.now, deps.imageHosts, deps.autoHideReports),
    polls: new SqlPollPort(db, user, deps.pollLimits, deps.now),
    moderation: new SqlModerationPort(db, user, deps.now),
    shareCard: new SqlShareCardPort(db, user, deps.now),
    leaderboard: new SqlLeaderboardPort(db, user, deps.config, deps.now),
    insights: new SqlInsightsPort(db, user, deps.config, deps.feedbackConfig, deps.now),
    /* create:ports */
  };
}

/** A transaction as a Db whose `transaction` runs in it: ports called inside an idempotency entry's work. */
export function within(tx: Queryable, db: Db): Db {
  return { ...db, query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql), transaction: (fn) => fn(tx) };
}

/** The user's Idempotency-Key entries in SQL, each run in one transaction with its work. */
export function idempotencyFor(deps: Deps, user: CurrentUser): EdgeIdempotency {
  return {
    run(key, hash, work, sealed) {
      const now = deps.now();
      const inTx = (tx: Queryable) => work(portsFor(deps, user, within(tx, deps.db)));
      if (sealed === undefined) return idempotent(deps.db, user.id, key, hash, now, inTx);
      const entry = anonymousVoteEntry(user.id, sealed, key);
      return sealedIdempotent(deps.db, entry.key, entry.seal, hash, now, inTx);
    },
  };
}
