import { ValidationError, fieldError, type FieldError } from './errors.js';
import type { LiveTopic } from './live.js';
import { METRICS, PERIODS, type BoardQuery, type EarnedBadge, type OptOutPolicy, type PointsConfig } from './leaderboard.domain.js';

/*
 * What both backends check and answer alike around the ranking rules (leaderboard.rank.ts): the
 * query's limits, the configuration a widget reads, and a person's own summary.
 */

/** The most rows one board answers, and the most either side of the viewer's. */
export const BOARD_LIMITS = { maxLimit: 100, maxAround: 50 } as const;
/** The furthest page of a board (a million rows in). */
export const MAX_BOARD_OFFSET = 1_000_000;

/**
 * The live topics whose events move a board: kudos given, shares and their clicks, named polls'
 * votes. A board has no topic of its own: it depends on the viewer (pinned row, pseudonyms, their
 * own name), so the widget refetches on any of these, as a poll refetches on `poll`.
 */
export const LEADERBOARD_LIVE_TOPICS = ['kudos', 'share', 'poll'] as const satisfies readonly LiveTopic[];

/** Top 10 unless asked otherwise. */
export const DEFAULT_BOARD_QUERY: Readonly<BoardQuery> = { period: 'month', metric: 'points', scope: 'people', teamScore: 'total', limit: 10 };

/** What a backend decided: points per activity kind and how people who opted out are shown. */
export interface LeaderboardConfig {
  points: PointsConfig;
  optOutPolicy: OptOutPolicy;
  maxLimit: number;
  maxAround: number;
}

/** A person's own standing: all-time points among people, their badges, and which are new to them. */
export interface LeaderboardSummary {
  personId: string;
  optedOut: boolean;
  /** All-time rank by points among people (standard competition); null when they have no points or are hidden. */
  rank: number | null;
  /** People ranked, for "37th of 412". */
  total: number;
  score: number;
  /** Every badge they earned, oldest first. */
  badges: EarnedBadge[];
  /** Keys of those not yet announced to them (markBadgesAnnounced remembers them). */
  unannounced: string[];
}

const TEAM_SCORES = ['total', 'per-head'] as const;
const SCOPES = ['people', 'teams'] as const;

const isWhole = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** The query as the backend runs it, or ValidationError naming each bad field (the same on every backend). */
export function validBoardQuery(query: BoardQuery): BoardQuery {
  const errors: FieldError[] = [];
  const oneOf = (field: keyof BoardQuery, allowed: readonly string[]) => {
    if (!allowed.includes(query[field] as string)) errors.push(fieldError(field, 'invalid', `${field} must be one of ${allowed.join(', ')}.`, {}));
  };
  oneOf('period', PERIODS);
  oneOf('metric', METRICS);
  oneOf('scope', SCOPES);
  oneOf('teamScore', TEAM_SCORES);
  if (!isWhole(query.limit, 1, BOARD_LIMITS.maxLimit))
    errors.push(fieldError('limit', 'invalid', `limit must be a whole number from 1 to ${BOARD_LIMITS.maxLimit}.`, { min: 1, max: BOARD_LIMITS.maxLimit }));
  if (query.offset !== undefined && !isWhole(query.offset, 0, MAX_BOARD_OFFSET))
    errors.push(fieldError('offset', 'invalid', `offset must be a whole number from 0 to ${MAX_BOARD_OFFSET}.`, { min: 0, max: MAX_BOARD_OFFSET }));
  if (query.around !== undefined && !isWhole(query.around, 0, BOARD_LIMITS.maxAround))
    errors.push(fieldError('around', 'invalid', `around must be a whole number from 0 to ${BOARD_LIMITS.maxAround}.`, { min: 0, max: BOARD_LIMITS.maxAround }));
  if (errors.length) throw new ValidationError(errors);
  const { period, metric, scope, teamScore, limit, around, offset } = query;
  if (around !== undefined) return { period, metric, scope, teamScore, limit, around };
  return offset ? { period, metric, scope, teamScore, limit, offset } : { period, metric, scope, teamScore, limit };
}

/** Any C0 control character or DEL. */
const hasControl = (text: string) => Array.from(text).some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** The badge keys worth remembering as announced: up to 100 strings of a sane length, without control characters (a NUL cannot be stored). */
export function validBadgeKeys(keys: readonly string[]): string[] {
  if (!Array.isArray(keys as unknown) || keys.length > 100 || keys.some((k) => typeof k !== 'string' || k.length < 1 || k.length > 200 || hasControl(k)))
    throw new ValidationError([fieldError('keys', 'invalid', 'keys must be up to 100 badge keys.', { max: 100 })]);
  return [...new Set<string>(keys)];
}
