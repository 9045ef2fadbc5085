/*
 * The leaderboard's domain: rankings and badges computed from the activity the other widgets
 * record. Plain data (no Lit, no DOM), the same over the wire, in the embedded adapter and on the
 * server, which both call the rules in leaderboard.rank.ts and leaderboard.badges.ts.
 */

/** What the other widgets record: kudos (both sides), shares, clicks on tracked links, poll votes. */
export type ActivityKind = 'kudos-given' | 'kudos-received' | 'share' | 'share-click' | 'poll-vote';

export const ACTIVITY_KINDS: readonly ActivityKind[] = ['kudos-given', 'kudos-received', 'share', 'share-click', 'poll-vote'];

/** One recorded event, credited to one person (a kudos is two: given by one, received by another). */
export interface Activity {
  kind: ActivityKind;
  personId: string;
  /** The person's team when it happened: moving team later does not move their history. */
  teamId: string;
  /** ISO 8601. */
  at: string;
  /** The company value a kudos was tagged with, if any. */
  valueId?: string;
}

/**
 * Points per activity kind, configured on the backend (0 leaves a kind out of `points`). Whole
 * numbers: sums of fractions would depend on the order activity is added in, and so would ties.
 */
export type PointsConfig = Readonly<Record<ActivityKind, number>>;

/**
 * Defaults that reward recognising others and sharing above being clicked on, so that the board
 * measures taking part rather than reach, which depends on whom one knows.
 */
export const DEFAULT_POINTS: PointsConfig = {
  'kudos-given': 3,
  'kudos-received': 2,
  share: 3,
  'share-click': 1,
  'poll-vote': 1,
};

/** Calendar periods in UTC (see leaderboard.period.ts), all time, or the last 30 × 24 h. */
export type Period = 'week' | 'month' | 'quarter' | 'all' | 'rolling-30';
export const PERIODS: readonly Period[] = ['week', 'month', 'quarter', 'all', 'rolling-30'];

/** `points` weighs every kind by PointsConfig; the others count activities of one kind. */
export type Metric = 'points' | 'kudos-received' | 'kudos-given' | 'shares';
export const METRICS: readonly Metric[] = ['points', 'kudos-received', 'kudos-given', 'shares'];

export type Scope = 'people' | 'teams';

/** A team's score: its members' sum, or that sum per member (fair to small teams). */
export type TeamScore = 'total' | 'per-head';

export interface BoardQuery {
  period: Period;
  metric: Metric;
  scope: Scope;
  teamScore: TeamScore;
  /** Rows from the top (people tied with the last one beyond it are counted in Board.moreTied). */
  limit: number;
  /** Rows skipped from the top: the next page of a long board (ignored with `around`). */
  offset?: number;
  /** When set, the board is this many rows either side of the viewer's instead of the top. */
  around?: number;
}

/** Half-open UTC bounds [from, to), ISO 8601; null is unbounded on that side. */
export interface PeriodBounds {
  from: string | null;
  to: string | null;
}

export interface Entrant {
  /** A person's or team's id; for a pseudonymous person an id derived from the pseudonym, never theirs. */
  id: string;
  /** Empty for a pseudonymous person: the UI shows "Colleague {pseudonym}" in its language. */
  name: string;
  kind: 'person' | 'team';
  /** Set when the person opted out and the backend shows them under a pseudonym, e.g. '4F2A9C'. */
  pseudonym?: string;
}

/** Against the previous period: `new` when the entrant was not ranked then. */
export type RankChangeKind = 'up' | 'down' | 'same' | 'new';

/** What the UI phrases for the arrow and for screen readers ("up 3 places"). */
export interface RankChange {
  change: RankChangeKind;
  /** Places moved, 0 for `same` and `new`. */
  by: number;
}

export interface Row {
  /** Standard competition ranking: 1, 2, 2, 4. */
  rank: number;
  /** Whether another entrant has the same rank (the UI says "tied"). */
  tied: boolean;
  entrant: Entrant;
  score: number;
  previousRank: number | null;
  change: RankChangeKind;
  /** Places moved since the previous period (0 for `same` and `new`). */
  changeBy: number;
  /** The viewer's own row (their own name shown to them even when pseudonymous to others). */
  isMe: boolean;
  badges: BadgeId[];
}

export interface Board {
  rows: Row[];
  /** The viewer's row when it is not among `rows` ("you are 37th of 412"); null otherwise or when unranked. */
  me: Row | null;
  /** Entrants not shown who share the last row's rank ("and 5 more tied at 3rd"). */
  moreTied: number;
  /** Entrants ranked (with a score above 0), for "of 412". */
  total: number;
  period: PeriodBounds;
  /** The bounds the rank changes compare with. */
  previous: PeriodBounds;
  /** Whether the viewer opted out (the widget offers to opt back in). */
  meOptedOut: boolean;
}

/** How the backend shows people who opted out: left out entirely, or under a stable pseudonym. */
export type OptOutPolicy = 'hide' | 'pseudonym';

export type BadgeId = 'first-kudos' | 'ten-kudos-received' | 'five-shares' | 'every-value' | 'communicator-of-the-month';

export interface Badge {
  id: BadgeId;
  /** i18n keys: the widget's strings hold the words in every language. */
  nameKey: string;
  descriptionKey: string;
  /** An icon name the UI maps to an SVG, labelled by the badge's name (never meaning by picture alone). */
  icon: 'spark' | 'heart' | 'megaphone' | 'compass' | 'trophy';
}

/** One badge a person earned; `key` is unique per award, so "announce once" remembers keys. */
export interface EarnedBadge {
  id: BadgeId;
  personId: string;
  /** When the rule was met (for the monthly badge: when the month closed). */
  earnedAt: string;
  /** `<id>:<personId>`, plus `:<yyyy-mm>` for the monthly badge, which can be earned again. */
  key: string;
}
