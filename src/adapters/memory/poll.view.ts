// TODO(issue 9): server/test/polls.test.ts still imports from here; the view of a stored poll is
// core's viewPollWithBallots (src/core/poll.view.ts). Delete this file once it switches.
import type { CurrentUser } from '../../core/people.js';
import type { Poll } from '../../core/poll.js';
import { viewPollWithBallots, type PollWithBallots } from '../../core/poll.view.js';

export function toPoll(poll: PollWithBallots, ctx: { people: ReadonlyMap<string, CurrentUser>; viewer: CurrentUser | undefined; now: number }): Poll {
  return viewPollWithBallots(poll, ctx.people, ctx.viewer, ctx.now);
}
