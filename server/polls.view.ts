import type { CurrentUser } from '../src/core/people.js';
import type { Poll, PollResults, PollVote, WriteInResult } from '../src/core/poll.js';
import { canManagePoll, enpsFromDistribution, pollStatus, resultsHiddenReason } from '../src/core/poll.rules.js';
import type { Queryable } from './db/db.js';
import { toPerson, usersById } from './people.store.js';
import { hasVoted, loadTally, namedVote, type PollRecord, type StoredChoice, type Tally } from './polls.store.js';

/*
 * A stored poll → the domain `Poll` for one viewer at one moment, as the embedded adapter's
 * poll.view.ts builds it: status from the clock, results only when this viewer may see them
 * (core's resultsHiddenReason), their own vote only in named polls.
 */

function results(poll: PollRecord, tally: Tally, manager: boolean): PollResults {
  // Pending write-ins count in the total but are shown only to managers until approved.
  const writeIns = poll.writeIns
    .filter((w) => manager || w.approved || !poll.moderateWriteIns)
    .map((w): WriteInResult => ({ id: w.id, text: w.text, count: tally.writeIns.get(w.id) ?? 0, approved: w.approved || !poll.moderateWriteIns }))
    .filter((w) => w.count > 0)
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  return {
    totalVotes: tally.totalVotes,
    options: poll.options.map((o) => ({ optionId: o.id, count: tally.options.get(o.id) ?? 0 })),
    writeIns,
    enps: poll.kind === 'enps' ? enpsFromDistribution(tally.distribution) : null,
  };
}

function toVote(poll: PollRecord, choice: StoredChoice): PollVote {
  return {
    optionIds: [...choice.optionIds],
    writeIn: choice.writeInId ? (poll.writeIns.find((w) => w.id === choice.writeInId)?.text ?? null) : null,
    score: choice.score,
  };
}

export interface PollViewInput {
  tally: Tally;
  voted: boolean;
  /** The viewer's vote in a named poll; always null in an anonymous one. */
  own: StoredChoice | null;
  author: CurrentUser | undefined;
}

export function toPoll(poll: PollRecord, viewer: CurrentUser, now: number, input: PollViewInput): Poll {
  const status = pollStatus(poll, now);
  const manager = canManagePoll(poll, viewer);
  const hidden = resultsHiddenReason(poll, { manager, voted: input.voted, status, totalVotes: input.tally.totalVotes });
  return {
    id: poll.id,
    question: poll.question,
    description: poll.description,
    kind: poll.kind,
    options: poll.options.map((o) => ({ id: o.id, label: o.label })),
    maxChoices: poll.maxChoices,
    allowWriteIn: poll.allowWriteIn,
    moderateWriteIns: poll.moderateWriteIns,
    anonymous: poll.anonymous,
    allowChangeVote: poll.allowChangeVote,
    resultsVisibility: poll.resultsVisibility,
    minVotesForResults: poll.minVotesForResults,
    opensAt: poll.opensAt,
    closesAt: poll.closedAt ?? poll.closesAt,
    status,
    createdBy: toPerson(input.author, poll.createdById),
    createdAt: poll.createdAt,
    voted: input.voted,
    myVote: !poll.anonymous && input.own ? toVote(poll, input.own) : null,
    results: hidden ? null : results(poll, input.tally, manager),
    resultsHiddenReason: hidden,
    canManage: manager,
  };
}

/** Loads what the view needs (counts, the viewer's vote, the author) and builds it. */
export async function viewPoll(db: Queryable, poll: PollRecord, viewer: CurrentUser, now: number): Promise<Poll> {
  // One after another: `db` may be a transaction, whose connection runs one query at a time.
  const tally = await loadTally(db, poll.id);
  const voted = await hasVoted(db, poll, viewer.id);
  const own = poll.anonymous ? null : await namedVote(db, poll.id, viewer.id);
  const people = await usersById(db, [poll.createdById]);
  return toPoll(poll, viewer, now, { tally, voted, own, author: people.get(poll.createdById) });
}
