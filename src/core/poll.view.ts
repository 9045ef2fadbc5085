import type { CurrentUser } from './people.js';
import { toPerson } from './people.view.js';
import type { Poll, PollResults, PollSettings, PollVote, WriteIn, WriteInResult } from './poll.js';
import { canManagePoll, enpsFromDistribution, pollStatus, resultsHiddenReason } from './poll.rules.js';

/*
 * A stored poll → the domain `Poll` for one viewer at one moment: status from the clock, results
 * only when this viewer may see them (resultsHiddenReason), their own vote only in named polls.
 * Both backends map their storage to a PollRecord and counts to a PollTally, and call this.
 */

export interface PollRecord extends PollSettings {
  id: string;
  /** When a manager closed the poll before its deadline. */
  closedAt: string | null;
  createdById: string;
  createdAt: string;
  /** Write-in answers without their authors, sorted by (random) id; ballots refer to them. */
  writeIns: WriteIn[];
}

/** One ballot's choice: option ids in the poll's order, a write-in's id, or an eNPS score. */
export interface PollChoice {
  optionIds: string[];
  writeInId: string | null;
  score: number | null;
}

/** Counts only: no ballot leaves a backend. */
export interface PollTally {
  totalVotes: number;
  options: ReadonlyMap<string, number>;
  writeIns: ReadonlyMap<string, number>;
  /** Votes per eNPS score, index 0–10. */
  distribution: number[];
}

export interface PollViewInput {
  tally: PollTally;
  voted: boolean;
  /** The viewer's vote in a named poll; always null in an anonymous one. */
  own: PollChoice | null;
  author: CurrentUser | undefined;
}

/** The counts of these ballots (what SQL aggregates on the server). */
export function tallyChoices(poll: Pick<PollRecord, 'options'>, choices: readonly PollChoice[]): PollTally {
  const options = new Map(poll.options.map((o) => [o.id, 0]));
  const writeIns = new Map<string, number>();
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const choice of choices) {
    for (const id of choice.optionIds) if (options.has(id)) options.set(id, options.get(id)! + 1);
    if (choice.writeInId) writeIns.set(choice.writeInId, (writeIns.get(choice.writeInId) ?? 0) + 1);
    if (choice.score !== null && choice.score >= 0 && choice.score <= 10) distribution[choice.score]!++;
  }
  return { totalVotes: choices.length, options, writeIns, distribution };
}

function results(poll: PollRecord, tally: PollTally, manager: boolean): PollResults {
  // Pending write-ins count in the total but are shown only to managers until approved; rejected ones to nobody.
  const writeIns = poll.writeIns
    .filter((w) => !w.rejected && (manager || w.approved || !poll.moderateWriteIns))
    .map((w): WriteInResult => ({
      id: w.id,
      text: w.text,
      count: tally.writeIns.get(w.id) ?? 0,
      approved: w.approved || !poll.moderateWriteIns,
    }))
    .filter((w) => w.count > 0)
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  return {
    totalVotes: tally.totalVotes,
    options: poll.options.map((o) => ({ optionId: o.id, count: tally.options.get(o.id) ?? 0 })),
    writeIns,
    enps: poll.kind === 'enps' ? enpsFromDistribution(tally.distribution) : null,
  };
}

function toVote(poll: PollRecord, choice: PollChoice): PollVote {
  return {
    optionIds: [...choice.optionIds],
    writeIn: choice.writeInId ? (poll.writeIns.find((w) => w.id === choice.writeInId)?.text ?? null) : null,
    score: choice.score,
  };
}

export function toPoll(poll: PollRecord, viewer: CurrentUser | undefined, now: number, input: PollViewInput): Poll {
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
    // A poll stored before topics existed has none.
    topic: poll.topic ?? null,
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

/**
 * A poll with its ballots in one JSON document, as the embedded adapter stores it and the demo
 * seed writes it. Named polls: ballots keyed by voter id. Anonymous polls: keyed by a hash of the
 * voter's receipt, with who voted kept apart in `voters`. Keys sorted, so their order tells nothing.
 */
export interface PollWithBallots extends PollRecord {
  ballots: Record<string, PollChoice>;
  voters: string[];
}

export function hasVoted(poll: PollWithBallots, viewerId: string | undefined): boolean {
  if (!viewerId) return false;
  return poll.anonymous ? poll.voters.includes(viewerId) : Object.hasOwn(poll.ballots, viewerId);
}

/** toPoll for a PollWithBallots: counts, the viewer's vote and the author taken from the document. */
export function viewPollWithBallots(poll: PollWithBallots, people: ReadonlyMap<string, CurrentUser>, viewer: CurrentUser | undefined, now: number): Poll {
  return toPoll(poll, viewer, now, {
    tally: tallyChoices(poll, Object.values(poll.ballots)),
    voted: hasVoted(poll, viewer?.id),
    own: (!poll.anonymous && viewer ? poll.ballots[viewer.id] : undefined) ?? null,
    author: people.get(poll.createdById),
  });
}
