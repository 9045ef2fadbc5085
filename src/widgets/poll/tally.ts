import { largestRemainder, sharesOf } from '../../core/percent.js';
import type { Poll, PollResults, PollVote, WriteInResult } from '../../core/poll.js';
import { enpsFromDistribution, foldLabel } from '../../core/poll.rules.js';

/*
 * Results as the widget draws them, and the optimistic change a vote makes to them. Pure
 * functions over domain types, so they are tested without a browser page.
 */

export interface ResultRow {
  /** An option id, a write-in id, or `pending-others`. */
  id: string;
  label: string;
  count: number;
  /** Whole percent: of all votes (single choice, adds up to 100) or of voters (multiple choice). */
  percent: number;
  /** Among the most-voted rows (and the count is above zero). */
  leading: boolean;
  /** The viewer chose it. */
  mine: boolean;
  /** A write-in (the voter's own words), with whether it is approved (pending ones show to managers only). */
  writeIn?: { approved: boolean };
  /** The count of answers not shown yet (single choice: pending write-ins others cannot see). */
  aggregate?: boolean;
}

export interface ResultTable {
  rows: ResultRow[];
  totalVotes: number;
  /** More than one row shares the top count. */
  tied: boolean;
}

export const PENDING_ROW = 'pending-others';

function isMine(mine: PollVote | null, row: { id: string; text?: string }, writeIn: boolean): boolean {
  if (!mine) return false;
  if (writeIn) return !!mine.writeIn && foldLabel(mine.writeIn) === foldLabel(row.text ?? '');
  return mine.optionIds.includes(row.id);
}

export function resultTable(poll: Poll, results: PollResults, mine: PollVote | null): ResultTable {
  const counts = new Map(results.options.map((o) => [o.optionId, o.count]));
  const base = [
    ...poll.options.map((o) => ({ id: o.id, label: o.label, count: counts.get(o.id) ?? 0, mine: isMine(mine, o, false) })),
    ...results.writeIns.map((w: WriteInResult) => ({
      id: w.id,
      label: w.text,
      count: w.count,
      mine: isMine(mine, w, true),
      writeIn: { approved: w.approved },
    })),
  ];
  // In single choice the rows split the votes; what is not shown is pending write-ins, as one row.
  if (poll.kind === 'single') {
    const hidden = results.totalVotes - base.reduce((sum, r) => sum + r.count, 0);
    if (hidden > 0) base.push({ id: PENDING_ROW, label: '', count: hidden, mine: false, aggregate: true } as (typeof base)[number]);
  }
  const percents =
    poll.kind === 'single'
      ? largestRemainder(base.map((r) => r.count))
      : sharesOf(
          base.map((r) => r.count),
          results.totalVotes,
        );
  const top = Math.max(0, ...base.filter((r) => !('aggregate' in r)).map((r) => r.count));
  const rows = base.map((r, i): ResultRow => ({ ...r, percent: percents[i]!, leading: top > 0 && r.count === top && !('aggregate' in r) }));
  return { rows, totalVotes: results.totalVotes, tied: rows.filter((r) => r.leading).length > 1 };
}

function adjust(results: PollResults, vote: PollVote, by: 1 | -1, poll: Poll): void {
  for (const option of results.options) if (vote.optionIds.includes(option.optionId)) option.count = Math.max(0, option.count + by);
  if (vote.writeIn) {
    const row = results.writeIns.find((w) => foldLabel(w.text) === foldLabel(vote.writeIn!));
    if (row) row.count = Math.max(0, row.count + by);
    // A new answer shows at once only where write-ins need no approval (or to a manager).
    else if (by > 0 && (!poll.moderateWriteIns || poll.canManage)) {
      results.writeIns.push({ id: `pending-${foldLabel(vote.writeIn)}`, text: vote.writeIn, count: 1, approved: !poll.moderateWriteIns });
    }
    results.writeIns = results.writeIns.filter((w) => w.count > 0);
  }
  if (results.enps && vote.score !== null) {
    const distribution = [...results.enps.distribution];
    distribution[vote.score] = Math.max(0, (distribution[vote.score] ?? 0) + by);
    results.enps = enpsFromDistribution(distribution);
  }
}

/**
 * The poll as it will look once `vote` counts (replacing `previous`, when known): shown at once,
 * rolled back if the backend refuses. Hidden results stay hidden: only the backend may reveal them.
 */
export function withVote(poll: Poll, previous: PollVote | null, vote: PollVote): Poll {
  const next = structuredClone(poll);
  next.voted = true;
  next.myVote = poll.anonymous ? null : structuredClone(vote);
  if (next.results) {
    if (previous && poll.voted) adjust(next.results, previous, -1, poll);
    adjust(next.results, vote, 1, poll);
    if (!poll.voted) next.results.totalVotes += 1;
  }
  return next;
}
