import type { Period, PeriodBounds } from './leaderboard.domain.js';
import type { FeedbackScoreKind } from './feedback.js';
import type { PollKind } from './poll.js';
import type { ShareNetwork } from './share-card.domain.js';

/*
 * The domain of <chorus-insights>: is the programme working? Figures computed from the activity the
 * other widgets record (the leaderboard's: public kudos, shares, named polls' votes) and the
 * feedback box's message count, for one period against the one before. Plain data, the same over
 * the wire, in the embedded adapter and on the server; the rules in insights.rules.ts (withholding
 * small groups above all) are the ones both backends call.
 */

/** The leaderboard's periods (UTC; see leaderboard.period.ts). */
export type InsightsPeriod = Period;

export const DEFAULT_INSIGHTS_PERIOD: InsightsPeriod = 'month';

/** How many people of a group did each thing in a period (each person counted once per kind). */
export interface ParticipationCounts {
  /** Did at least one of the things below. */
  active: number;
  gave: number;
  received: number;
  voted: number;
  shared: number;
}

export const PARTICIPATION_KINDS = ['active', 'gave', 'received', 'voted', 'shared'] as const satisfies readonly (keyof ParticipationCounts)[];
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];

/**
 * A team's (or the company's) participation. `withheld`: the group is under the minimum group size
 * (or would give a smaller group away), so none of its numbers are sent, not even its size.
 */
export interface GroupParticipation {
  /** A team's id, or 'company'. */
  id: string;
  name: string;
  withheld: boolean;
  /** Null when withheld. */
  members: number | null;
  current: ParticipationCounts | null;
  previous: ParticipationCounts | null;
}

/** Public kudos tagged with one company value, this period and the one before. */
export interface ValueRecognition {
  valueId: string;
  label: string;
  emoji?: string;
  current: number;
  previous: number;
}

/** Anonymous feedback messages sent company-wide (never per team: nothing says who sent them). Null when under the minimum. */
export interface FeedbackActivity {
  current: number | null;
  previous: number | null;
}

/** Shares recorded on one network, this period and the one before. */
export interface NetworkShares {
  network: ShareNetwork;
  current: number;
  previous: number;
}

/**
 * One post's shares and the clicks on its tracked links. Clicks are per post only: a tracked link
 * names the post and the sharer's reference, not the network it was shared on.
 */
export interface PostReach {
  postId: string;
  title: string;
  shares: number;
  clicks: number;
  previousShares: number;
  previousClicks: number;
}

export interface SharingInsights {
  /** Every network, in SHARE_NETWORKS order. */
  networks: NetworkShares[];
  /** Posts shared or clicked in either period, most shared first (core's postReachOrder). */
  posts: PostReach[];
}

/** A poll opened in this period or the one before, and how many of the company voted in it. */
export interface PollTurnout {
  pollId: string;
  question: string;
  kind: PollKind;
  /** When it opened (its creation when it opened at once). */
  opensAt: string;
  /** True for the previous period's polls. */
  previous: boolean;
  /** People who voted; null when fewer than the minimum group size. */
  voters: number | null;
  /** The company's size: everyone may vote. */
  eligible: number;
  /** An eNPS poll's score (−100…100); null for other kinds, or when the voters are withheld. */
  enps: number | null;
}

/** The feedback box's optional score (mood 1–5 as a mean, or eNPS), this period and the one before; null under the minimum. */
export interface SentimentTrend {
  kind: FeedbackScoreKind;
  current: number | null;
  previous: number | null;
}

export interface Insights {
  period: InsightsPeriod;
  bounds: PeriodBounds;
  previousBounds: PeriodBounds;
  /** Groups smaller than this show no figure. */
  minGroupSize: number;
  participation: {
    company: GroupParticipation;
    teams: GroupParticipation[];
  };
  feedback: FeedbackActivity;
  /** Every company value in the configured order, those nobody recognised with 0. */
  recognition: ValueRecognition[];
  sharing: SharingInsights;
  /** Polls opened in either period, newest first (core's pollTurnoutOrder). */
  polls: PollTurnout[];
  sentiment: SentimentTrend;
}

export interface InsightsQuery {
  period?: InsightsPeriod;
}
