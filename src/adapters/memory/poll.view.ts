import type { CurrentUser } from '../../core/people.js';
import type { Poll, PollResults, PollVote, WriteInResult } from '../../core/poll.js';
import { toPerson } from './kudos.view.js';
import { canManagePoll, enpsFromDistribution, pollStatus, resultsHiddenReason } from './poll.rules.js';
import type { StoredBallot, StoredPoll } from './state.js';

/*
 * Stored polls → the domain `Poll`, from one viewer's point of view at one moment: status from
 * the clock, results only when this viewer may see them, and their own vote only in named polls.
 * Always fresh objects, so a widget that mutates what it got cannot corrupt the store.
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

function tally(poll: StoredPoll, manager: boolean): PollResults {
  const ballots = Object.values(poll.ballots);
  const options = new Map(poll.options.map((o) => [o.id, 0]));
  const writeIns = new Map<string, number>();
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const ballot of ballots) {
    for (const id of ballot.optionIds) if (options.has(id)) options.set(id, options.get(id)! + 1);
    if (ballot.writeInId) writeIns.set(ballot.writeInId, (writeIns.get(ballot.writeInId) ?? 0) + 1);
    if (ballot.score !== null && ballot.score >= 0 && ballot.score <= 10) distribution[ballot.score]!++;
  }
  // Pending write-ins count in the total but are shown only to managers until approved.
  const shown = poll.writeIns
    .filter((w) => manager || w.approved || !poll.moderateWriteIns)
    .map((w): WriteInResult => ({ id: w.id, text: w.text, count: writeIns.get(w.id) ?? 0, approved: w.approved || !poll.moderateWriteIns }))
    .filter((w) => w.count > 0)
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  return {
    totalVotes: ballots.length,
    options: poll.options.map((o) => ({ optionId: o.id, count: options.get(o.id)! })),
    writeIns: shown,
    enps: poll.kind === 'enps' ? enpsFromDistribution(distribution) : null,
  };
}

function toVote(poll: StoredPoll, ballot: StoredBallot): PollVote {
  return {
    optionIds: [...ballot.optionIds],
    writeIn: ballot.writeInId ? (poll.writeIns.find((w) => w.id === ballot.writeInId)?.text ?? null) : null,
    score: ballot.score,
  };
}

export function toPoll(poll: StoredPoll, ctx: PollViewContext): Poll {
  const viewer = ctx.viewer;
  const status = pollStatus(poll, ctx.now);
  const manager = canManagePoll(poll, viewer);
  const voted = hasVoted(poll, viewer?.id);
  const totalVotes = Object.keys(poll.ballots).length;
  const hidden = resultsHiddenReason(poll, { manager, voted, status, totalVotes });
  const own = !poll.anonymous && viewer ? poll.ballots[viewer.id] : undefined;
  return {
    id: poll.id,
    question: poll.question,
    description: poll.description,
    kind: poll.kind,
    options: poll.options.map((o) => ({ ...o })),
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
    createdBy: toPerson(ctx.people.get(poll.createdById), poll.createdById),
    createdAt: poll.createdAt,
    voted,
    myVote: own ? toVote(poll, own) : null,
    results: hidden ? null : tally(poll, manager),
    resultsHiddenReason: hidden,
    canManage: manager,
  };
}
