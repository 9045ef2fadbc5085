import type { CurrentUser } from '../src/core/people.js';
import type { Poll } from '../src/core/poll.js';
import { toPoll, type PollRecord } from '../src/core/poll.view.js';
import type { Queryable } from './db/db.js';
import { usersById } from './people.store.js';
import { hasVoted, loadTally, namedVote } from './polls.store.js';

/*
 * A stored poll → the domain `Poll` for one viewer at one moment. The view is core's
 * (src/core/poll.view.ts), as in the embedded adapter; here only what it needs is loaded.
 */
export { toPoll, type PollViewInput } from '../src/core/poll.view.js';

/** Loads what the view needs (counts, the viewer's vote, the author) and builds it. */
export async function viewPoll(db: Queryable, poll: PollRecord, viewer: CurrentUser, now: number): Promise<Poll> {
  // One after another: `db` may be a transaction, whose connection runs one query at a time.
  const tally = await loadTally(db, poll.id);
  // A named poll's own vote says whether they voted: one query, not two.
  const own = poll.anonymous ? null : await namedVote(db, poll.id, viewer.id);
  const voted = poll.anonymous ? await hasVoted(db, poll, viewer.id) : own !== null;
  const people = await usersById(db, [poll.createdById]);
  return toPoll(poll, viewer, now, { tally, voted, own, author: people.get(poll.createdById) });
}
