import type { Activity, Badge, BadgeId, EarnedBadge, PointsConfig } from './leaderboard.domain.js';
import { monthKey, periodBounds } from './leaderboard.period.js';
import { competitionRanks } from './leaderboard.order.js';
import { scoreEntrants, type Directory } from './leaderboard.rank.js';

/*
 * Badges awarded from the same activity the board counts, by rules every backend runs, so a
 * badge earned in the demo is earned the same way in production. Earned badges are recomputed
 * from activity, never stored as a second truth; only the keys already announced are remembered.
 */

/** The catalogue in display order; words live in the widget's strings under these keys. */
export const BADGES: Readonly<Record<BadgeId, Badge>> = {
  'first-kudos': { id: 'first-kudos', nameKey: 'leaderboard.badge.firstKudos', descriptionKey: 'leaderboard.badge.firstKudosHint', icon: 'spark' },
  'ten-kudos-received': {
    id: 'ten-kudos-received',
    nameKey: 'leaderboard.badge.tenKudosReceived',
    descriptionKey: 'leaderboard.badge.tenKudosReceivedHint',
    icon: 'heart',
  },
  'five-shares': { id: 'five-shares', nameKey: 'leaderboard.badge.fiveShares', descriptionKey: 'leaderboard.badge.fiveSharesHint', icon: 'megaphone' },
  'every-value': { id: 'every-value', nameKey: 'leaderboard.badge.everyValue', descriptionKey: 'leaderboard.badge.everyValueHint', icon: 'compass' },
  'communicator-of-the-month': {
    id: 'communicator-of-the-month',
    nameKey: 'leaderboard.badge.communicatorOfTheMonth',
    descriptionKey: 'leaderboard.badge.communicatorOfTheMonthHint',
    icon: 'trophy',
  },
};
const ORDER = Object.keys(BADGES) as BadgeId[];

/** The thresholds, named once so the descriptions' numbers and the rules cannot drift apart. */
export const BADGE_RULES = { kudosReceived: 10, shares: 5, monthTop: 3 } as const;

export interface BadgeInput {
  activities: readonly Activity[];
  now: Date | number;
  /** The company's values: giving a kudos for each of them earns `every-value` (none: never). */
  valueIds: readonly string[];
  directory: Directory;
  points?: PointsConfig;
  /** People the board leaves out (opted out, policy `hide`): they do not take a monthly top place. */
  hidden?: ReadonlySet<string>;
}

const award = (id: BadgeId, personId: string, at: number, suffix = ''): EarnedBadge => ({
  id,
  personId,
  earnedAt: new Date(at).toISOString(),
  key: `${id}:${personId}${suffix}`,
});

/** Badges in award order: oldest first, keys breaking ties (the order every backend answers in). */
export function sortBadges(earned: EarnedBadge[]): EarnedBadge[] {
  return earned.sort((x, y) => (x.earnedAt !== y.earnedAt ? (x.earnedAt < y.earnedAt ? -1 : 1) : x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** The monthly badge of the month starting at `monthStart`, earned as that month closes. */
export function monthlyBadge(personId: string, monthStart: Date | number): EarnedBadge {
  const bounds = periodBounds('month', monthStart);
  return award('communicator-of-the-month', personId, Date.parse(bounds.to!), `:${monthKey(Date.parse(bounds.from!))}`);
}

/**
 * The badges one person earns from their own activity alone (all but the monthly one), unsorted:
 * a backend may compute them for the people it shows from those people's activity only.
 */
export function personalBadges(input: Pick<BadgeInput, 'activities' | 'now' | 'valueIds'>): EarnedBadge[] {
  const now = new Date(input.now).getTime();
  // Sorted by time only: equal times earn at the same instant whatever the order they came in.
  const timed = input.activities.map((a) => ({ a, t: Date.parse(a.at) })).filter(({ t }) => t <= now);
  timed.sort((x, y) => x.t - y.t);
  const values = new Set(input.valueIds);
  const earned: EarnedBadge[] = [];
  const progress = new Map<string, { given: number; received: number; shares: number; values: Set<string> }>();

  for (const { a, t } of timed) {
    let p = progress.get(a.personId);
    if (!p) progress.set(a.personId, (p = { given: 0, received: 0, shares: 0, values: new Set() }));
    if (a.kind === 'kudos-given') {
      if (++p.given === 1) earned.push(award('first-kudos', a.personId, t));
      if (a.valueId && values.has(a.valueId) && !p.values.has(a.valueId)) {
        p.values.add(a.valueId);
        if (p.values.size === values.size) earned.push(award('every-value', a.personId, t));
      }
    } else if (a.kind === 'kudos-received') {
      if (++p.received === BADGE_RULES.kudosReceived) earned.push(award('ten-kudos-received', a.personId, t));
    } else if (a.kind === 'share') {
      if (++p.shares === BADGE_RULES.shares) earned.push(award('five-shares', a.personId, t));
    }
  }
  return earned;
}

/**
 * The monthly badges: top 3 by points (ties included: ranks 1, 2, 2, 4 award three people, 1, 2,
 * 3, 3 four) of each month that has ended, from the first activity's month on, earned as the month
 * closes. The reference server says the same in SQL (rank() per month).
 */
export function monthlyBadges(input: BadgeInput): EarnedBadge[] {
  const now = new Date(input.now).getTime();
  const times = input.activities.map((a) => Date.parse(a.at)).filter((t) => t <= now);
  if (!times.length) return [];
  const earned: EarnedBadge[] = [];
  const thisMonth = Date.parse(periodBounds('month', now).from!);
  const options = { metric: 'points', scope: 'people', teamScore: 'total', points: input.points, directory: input.directory, hidden: input.hidden } as const;
  for (let start = Date.parse(periodBounds('month', Math.min(...times)).from!); start < thisMonth;) {
    const bounds = periodBounds('month', start);
    // Ranks depend on scores only, so no names are needed to find the top places.
    const scores = [...scoreEntrants(input.activities, bounds, options)].map(([personId, score]) => ({ personId, score }));
    scores.sort((x, y) => y.score - x.score);
    competitionRanks(scores).forEach(({ rank }, i) => {
      if (rank <= BADGE_RULES.monthTop) earned.push(monthlyBadge(scores[i]!.personId, start));
    });
    start = Date.parse(bounds.to!);
  }
  return earned;
}

/**
 * Every badge earned by `now`, oldest first:
 * - first-kudos: the first kudos a person gave;
 * - ten-kudos-received, five-shares: when the 10th kudos received, the 5th post shared, arrived;
 * - every-value: when the kudos they gave first covered every company value;
 * - communicator-of-the-month: see monthlyBadges.
 */
export function earnedBadges(input: BadgeInput): EarnedBadge[] {
  return sortBadges([...personalBadges(input), ...monthlyBadges(input)]);
}

/** The badges to announce: earned but not among the keys already announced (so each is announced once). */
export function newlyEarned(earned: readonly EarnedBadge[], announced: ReadonlySet<string>): EarnedBadge[] {
  return earned.filter((badge) => !announced.has(badge.key));
}

/** Each person's distinct badges in catalogue order, for rows and summaries. */
export function badgesByPerson(earned: readonly EarnedBadge[]): Map<string, BadgeId[]> {
  const ids = new Map<string, Set<BadgeId>>();
  for (const { personId, id } of earned) ids.set(personId, (ids.get(personId) ?? new Set()).add(id));
  return new Map([...ids].map(([personId, set]) => [personId, ORDER.filter((id) => set.has(id))]));
}
