import { ForbiddenError, ValidationError, fieldError } from './errors.js';
import { isTooSmall } from './group.rules.js';
import {
  DEFAULT_INSIGHTS_PERIOD,
  type GroupParticipation,
  type Insights,
  type InsightsPeriod,
  type NetworkShares,
  type ParticipationCounts,
  type PollTurnout,
  type PostReach,
} from './insights.js';
import { PERIODS, type Activity, type PeriodBounds } from './leaderboard.domain.js';
import { within } from './leaderboard.period.js';
import { enpsFromDistribution } from './poll.rules.js';
import type { PollKind } from './poll.js';
import type { FeedbackScoreKind } from './feedback.js';
import type { CompanyValue } from './kudos.js';
import { SHARE_NETWORKS } from './share-card.js';
import type { CurrentUser } from './people.js';

/** Who reads the programme's figures: the role the backend names, and admins. */
export function isInsightsReader(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return !!user && (user.roles.includes('insights') || user.roles.includes('admin'));
}

export function assertInsightsReader(user: Pick<CurrentUser, 'roles'>): void {
  if (!isInsightsReader(user)) throw new ForbiddenError('Only people with the insights role and admins can see the figures.');
}

/** The period asked for (the month when none), or ValidationError on every backend alike. */
export function validInsightsPeriod(period: InsightsPeriod | undefined): InsightsPeriod {
  if (period === undefined) return DEFAULT_INSIGHTS_PERIOD;
  if (!PERIODS.includes(period)) throw new ValidationError([fieldError('period', 'invalid', `period must be one of ${PERIODS.join(', ')}.`, {})]);
  return period;
}

/** A group's figures before the minimum group size is applied: what each backend counts. */
export interface GroupTally {
  id: string;
  name: string;
  members: number;
  current: ParticipationCounts;
  previous: ParticipationCounts;
}

export const NO_PARTICIPATION: Readonly<ParticipationCounts> = { active: 0, gave: 0, received: 0, voted: 0, shared: 0 };

const withheldRow = (t: GroupTally): GroupParticipation => ({ id: t.id, name: t.name, withheld: true, members: null, current: null, previous: null });
const shownRow = (t: GroupTally): GroupParticipation => ({
  id: t.id,
  name: t.name,
  withheld: false,
  members: t.members,
  current: { ...t.current },
  previous: { ...t.previous },
});

/**
 * The minimum group size applied to participation, the one place both backends withhold: a team
 * under it is withheld; so is the company row when the withheld teams together are under it too,
 * since the company's figures minus the teams shown would give theirs away.
 */
export function withholdParticipation(
  company: GroupTally,
  teams: readonly GroupTally[],
  minGroupSize: number,
): { company: GroupParticipation; teams: GroupParticipation[] } {
  const rows = teams.map((t) => (isTooSmall(t.members, minGroupSize) ? withheldRow(t) : shownRow(t)));
  const hiddenMembers = teams.filter((t) => isTooSmall(t.members, minGroupSize)).reduce((sum, t) => sum + t.members, 0);
  const companyWithheld = isTooSmall(company.members, minGroupSize) || (hiddenMembers > 0 && isTooSmall(hiddenMembers, minGroupSize));
  return { company: companyWithheld ? withheldRow(company) : shownRow(company), teams: rows };
}

/** An anonymous count (feedback messages), or null under the minimum group size. */
export function withheldCount(count: number, minGroupSize: number): number | null {
  return isTooSmall(count, minGroupSize) ? null : count;
}

/** The activity kinds that are a person taking part (a click on their link is someone else's doing). */
const KIND_OF: Partial<Record<Activity['kind'], keyof ParticipationCounts>> = {
  'kudos-given': 'gave',
  'kudos-received': 'received',
  'poll-vote': 'voted',
  share: 'shared',
};

/** How many of `people` did each thing in `bounds` (the embedded backend's count; the server's is SQL). */
export function countParticipation(activities: readonly Activity[], people: ReadonlySet<string>, bounds: PeriodBounds): ParticipationCounts {
  const inPeriod = within(bounds);
  const sets = { active: new Set<string>(), gave: new Set<string>(), received: new Set<string>(), voted: new Set<string>(), shared: new Set<string>() };
  for (const a of activities) {
    const kind = KIND_OF[a.kind];
    if (!kind || !people.has(a.personId) || !inPeriod(a.at)) continue;
    sets[kind].add(a.personId);
    sets.active.add(a.personId);
  }
  return { active: sets.active.size, gave: sets.gave.size, received: sets.received.size, voted: sets.voted.size, shared: sets.shared.size };
}

/** A whole percentage of `members` (0 for an empty group). */
export function shareOf(count: number, members: number): number {
  return members > 0 ? Math.round((count * 100) / members) : 0;
}

/** Most shared first, then most clicked, then by id (code points): the same list on every backend. */
export function postReachOrder(a: PostReach, b: PostReach): number {
  return b.shares - a.shares || b.clicks - a.clicks || (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0);
}

/** Posts with shares or clicks in either period, in postReachOrder. */
export function reachedPosts(posts: readonly PostReach[]): PostReach[] {
  return posts.filter((p) => p.shares || p.clicks || p.previousShares || p.previousClicks).sort(postReachOrder);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest opening first, then by question and id (code points): polls opened together keep one order on every backend. */
export function pollTurnoutOrder(a: PollTurnout, b: PollTurnout): number {
  return Date.parse(b.opensAt) - Date.parse(a.opensAt) || byCodePoint(a.question, b.question) || byCodePoint(a.pollId, b.pollId);
}

/** Answers on the 0–10 scale (or mood 1–5) as a backend counts them: how many, their sum, and the eNPS groups. */
export interface ScoreTally {
  count: number;
  sum: number;
  /** 9–10 */
  promoters: number;
  /** 7–8 */
  passives: number;
  /** 0–6 */
  detractors: number;
}

export const NO_SCORES: Readonly<ScoreTally> = { count: 0, sum: 0, promoters: 0, passives: 0, detractors: 0 };

/** The tally of some answers (the embedded backend's count; the server's is SQL). */
export function tallyScores(scores: readonly (number | null)[]): ScoreTally {
  const given = scores.filter((s): s is number => typeof s === 'number');
  return {
    count: given.length,
    sum: given.reduce((a, b) => a + b, 0),
    promoters: given.filter((s) => s >= 9).length,
    passives: given.filter((s) => s >= 7 && s <= 8).length,
    detractors: given.filter((s) => s <= 6).length,
  };
}

/** eNPS from the groups, by the poll's own rule (enpsFromDistribution). */
const enpsOf = (t: ScoreTally) => enpsFromDistribution([t.detractors, 0, 0, 0, 0, 0, 0, t.passives, 0, t.promoters, 0]).score;

/** The feedback box's score of a period: mood as the mean (one decimal), or eNPS; null under the minimum group size or without a score kind. */
export function sentimentScore(t: ScoreTally, kind: FeedbackScoreKind, minGroupSize: number): number | null {
  if (kind === 'none' || isTooSmall(t.count, minGroupSize) || t.count === 0) return null;
  return kind === 'mood' ? Math.round((t.sum / t.count) * 10) / 10 : enpsOf(t);
}

/** What a backend counts of one poll: its voters, and an eNPS poll's groups. */
export interface PollTally {
  pollId: string;
  question: string;
  kind: PollKind;
  opensAt: string;
  voters: number;
  scores: ScoreTally;
}

/**
 * The polls opened in either period with their turnout, voters withheld under the minimum group
 * size (and with them an eNPS poll's score), newest first: the same list from either backend.
 */
export function pollTurnout(polls: readonly PollTally[], eligible: number, bounds: PeriodBounds, before: PeriodBounds, minGroupSize: number): PollTurnout[] {
  const cur = within(bounds);
  const prev = within(before);
  return polls
    .filter((p) => cur(p.opensAt) || prev(p.opensAt))
    .map((p) => {
      const voters = withheldCount(p.voters, minGroupSize);
      return {
        pollId: p.pollId,
        question: p.question,
        kind: p.kind,
        opensAt: new Date(p.opensAt).toISOString(),
        previous: !cur(p.opensAt),
        voters,
        eligible,
        enps: p.kind === 'enps' && voters !== null && p.scores.count > 0 ? enpsOf(p.scores) : null,
      };
    })
    .sort(pollTurnoutOrder);
}

/** This period's and the last one's count of one thing. */
export interface Trend<T = number> {
  current: T;
  previous: T;
}

/** What a backend counts for a report, each group and item this period and the last; insightsReport() does the rest. */
export interface InsightsTallies {
  period: InsightsPeriod;
  bounds: PeriodBounds;
  previousBounds: PeriodBounds;
  company: GroupTally;
  teams: readonly GroupTally[];
  /** Messages the feedback box's senders sent. */
  feedbackMessages: Trend;
  /** Public kudos per company value id (a value missing counts 0). */
  kudosPerValue: ReadonlyMap<string, Trend>;
  /** Shares per network (a network missing counts 0). */
  sharesPerNetwork: ReadonlyMap<string, Trend>;
  posts: readonly PostReach[];
  polls: readonly PollTally[];
  feedbackScores: Trend<ScoreTally>;
}

/**
 * The report both backends answer, from what they counted: every group and count under the
 * minimum group size withheld, every value and network listed in its configured order.
 */
export function insightsReport(
  t: InsightsTallies,
  values: readonly CompanyValue[],
  { minGroupSize, scoreKind }: { minGroupSize: number; scoreKind: FeedbackScoreKind },
): Insights {
  const zero: Trend = { current: 0, previous: 0 };
  return {
    period: t.period,
    bounds: t.bounds,
    previousBounds: t.previousBounds,
    minGroupSize,
    participation: withholdParticipation(t.company, t.teams, minGroupSize),
    feedback: { current: withheldCount(t.feedbackMessages.current, minGroupSize), previous: withheldCount(t.feedbackMessages.previous, minGroupSize) },
    recognition: values.map((v) => ({
      valueId: v.id,
      label: v.label,
      ...(v.emoji ? { emoji: v.emoji } : {}),
      ...(t.kudosPerValue.get(v.id) ?? zero),
    })),
    sharing: {
      networks: SHARE_NETWORKS.map((network): NetworkShares => ({ network, ...(t.sharesPerNetwork.get(network) ?? zero) })),
      posts: reachedPosts(t.posts),
    },
    polls: pollTurnout(t.polls, t.company.members, t.bounds, t.previousBounds, minGroupSize),
    sentiment: {
      kind: scoreKind,
      current: sentimentScore(t.feedbackScores.current, scoreKind, minGroupSize),
      previous: sentimentScore(t.feedbackScores.previous, scoreKind, minGroupSize),
    },
  };
}
