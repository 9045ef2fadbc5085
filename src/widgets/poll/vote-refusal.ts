import { ConflictError, type ChorusError } from '../../core/errors.js';
import type { Poll } from '../../core/poll.js';
import { refused } from '../../controllers/draft.controller.js';
import { errorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { BallotController } from './ballot.controller.js';

export interface VoteRefusal {
  text: string;
  /** The poll as it is now, when finding the reason needed it. */
  now?: Poll;
}

/**
 * Why a vote was refused, in words. A refusal about the ballot is the ballot's to say; a conflict
 * has several causes, and the poll as it is now (fetched with `getPoll`) says which.
 */
export async function voteRefusal(t: ChorusLocalize, ballot: BallotController, error: ChorusError, getPoll: () => Promise<Poll>): Promise<VoteRefusal> {
  const refusal = ballot.refusal(error);
  if (refusal !== undefined) return { text: refusal };
  // No answer (a network error, a timeout): the vote may well have been counted; voting again with
  // the same key is replayed, so the user is told to vote again rather than that it was not counted.
  if (!refused(error)) return { text: `${t.term('poll.vote.unconfirmed')} ${errorText(t, error)} ${t.term('poll.vote.kept')}` };
  if (error instanceof ConflictError) {
    try {
      const now = await getPoll();
      if (now.status === 'closed') return { text: t.term('poll.error.closed'), now };
      if (now.status === 'scheduled') return { text: t.term('poll.error.not-open'), now };
      if (now.voted) return { text: now.anonymous ? t.term('poll.error.already-voted-anonymous') : t.term('poll.error.already-voted'), now };
      return { text: generic(t, error), now };
    } catch {
      /* fall through to the general message */
    }
  }
  return { text: generic(t, error) };
}

function generic(t: ChorusLocalize, error: ChorusError): string {
  return `${t.term('poll.vote.failed')} ${errorText(t, error)} ${t.term('poll.vote.kept')}`;
}
