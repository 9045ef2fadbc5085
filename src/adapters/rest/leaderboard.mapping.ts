import { NetworkError } from '../../core/errors.js';
import type { Board, EarnedBadge, LeaderboardConfig, LeaderboardSummary, Row } from '../../core/leaderboard.js';
import type { Wire } from './mapping.js';

/* The leaderboard's wire shapes (contract/openapi.yaml) → core's types, copied field by field so nothing the contract does not name reaches a widget. */

function object<T>(value: unknown, what: string): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new NetworkError(`The service answered with an unexpected ${what}.`);
  return value as T;
}

function toRow(value: unknown): Row {
  const w = object<Wire['BoardRow']>(value, 'board row');
  const e = object<Wire['BoardEntrant']>(w.entrant, 'board row');
  return {
    rank: w.rank,
    tied: w.tied,
    entrant: { id: e.id, name: e.name, kind: e.kind, ...(e.pseudonym !== undefined ? { pseudonym: e.pseudonym } : {}) },
    score: w.score,
    previousRank: w.previousRank ?? null,
    change: w.change,
    changeBy: w.changeBy,
    isMe: w.isMe,
    badges: [...w.badges],
  };
}

export function toBoard(value: unknown): Board {
  const w = object<Wire['Board']>(value, 'board');
  if (!Array.isArray(w.rows)) throw new NetworkError('The service answered with an unexpected board.');
  return {
    rows: w.rows.map(toRow),
    me: w.me ? toRow(w.me) : null,
    moreTied: w.moreTied,
    total: w.total,
    period: { from: w.period.from ?? null, to: w.period.to ?? null },
    previous: { from: w.previous.from ?? null, to: w.previous.to ?? null },
    meOptedOut: w.meOptedOut,
  };
}

const toBadge = (w: Wire['EarnedBadge']): EarnedBadge => ({ id: w.id, personId: w.personId, earnedAt: w.earnedAt, key: w.key });

export function toLeaderboardSummary(value: unknown): LeaderboardSummary {
  const w = object<Wire['LeaderboardSummary']>(value, 'leaderboard summary');
  return {
    personId: w.personId,
    optedOut: w.optedOut,
    rank: w.rank ?? null,
    total: w.total,
    score: w.score,
    badges: (w.badges ?? []).map(toBadge),
    unannounced: [...(w.unannounced ?? [])],
  };
}

export function toLeaderboardConfig(value: unknown): LeaderboardConfig {
  const w = object<Wire['LeaderboardConfig']>(value, 'leaderboard configuration');
  return { points: { ...w.points }, optOutPolicy: w.optOutPolicy, maxLimit: w.maxLimit, maxAround: w.maxAround };
}
