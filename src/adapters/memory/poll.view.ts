import type { CurrentUser } from '../../core/people.js';
import type { Poll } from '../../core/poll.js';
import { tallyChoices, toPoll } from '../../core/poll.view.js';
import type { StoredPoll } from './state.js';

/*
 * A stored poll (ballots and all) → what core/poll.view.ts needs: counts, whether the viewer
 * voted, their own ballot in a named poll, the author. The view itself is core's, as on the server.
 */

export interface PollViewContext {
  people: ReadonlyMap<string, CurrentUser>;
  viewer: CurrentUser | undefined;
  now: number;
}

export function hasVoted(poll: StoredPoll, viewerId: string | undefined): boolean {
  if (!viewerId) return false;
  return poll.anonymous ? poll.voters.includes(viewerId) : Object.hasOwn(poll.ballots, viewerId);
}

export function viewPoll(poll: StoredPoll, ctx: PollViewContext): Poll {
  const viewer = ctx.viewer;
  return toPoll(poll, viewer, ctx.now, {
    tally: tallyChoices(poll, Object.values(poll.ballots)),
    voted: hasVoted(poll, viewer?.id),
    own: (!poll.anonymous && viewer ? poll.ballots[viewer.id] : undefined) ?? null,
    author: ctx.people.get(poll.createdById),
  });
}

// TODO(issue 9): server/test/polls.test.ts still imports the old name; switch it to viewPoll.
export { viewPoll as toPoll };
