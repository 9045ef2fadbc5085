import type { LeaderboardPort } from '../../src/adapter/leaderboard.port.js';
import type { ChorusAdapter } from '../../src/adapter/port.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import {
  BOARD_LIMITS,
  DEFAULT_POINTS,
  type BadgeId,
  type Board,
  type BoardQuery,
  type EarnedBadge,
  type LeaderboardConfig,
  type LeaderboardSummary,
  type Row,
} from '../../src/core/leaderboard.js';

/*
 * Backends for the leaderboard's stories and tests: the embedded adapter in memory, and a fake
 * port over a board written out row by row (ties, pseudonyms, 10,000 people) that pages, windows
 * and pins the viewer's row as a backend does.
 */

export const storyAdapter = (options: { latency?: number | [number, number]; userId?: string } = {}) =>
  new MemoryAdapter({ persist: false, latency: options.latency ?? [150, 350], userId: options.userId });

const FIRST = ['Chloé', 'Dmitri', 'Aiko', 'Mateo', 'Priya', 'Ólafur', 'Zanele', 'Liam', 'Fatima', 'Noah', 'Sofia', 'Kwame'];
const LAST = ['Dubois', 'Volkov', 'Tanaka', 'García', 'Nair', 'Sigurðsson', 'Mokoena', 'Byrne', 'Haddad', 'Schmidt', 'Rossi', 'Mensah'];

/** A person's row; ranks are filled in by `ranked`. */
export function entrant(i: number, score: number, extra: Partial<Row> = {}): Row {
  // Every first name meets every last name once in the first 144 people.
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}${i >= 144 ? ` ${i}` : ''}`;
  return {
    rank: 0,
    tied: false,
    entrant: { id: `p-${i}`, name, kind: 'person' },
    score,
    previousRank: null,
    change: 'new',
    changeBy: 0,
    isMe: false,
    badges: [],
    ...extra,
  };
}

/** Standard competition ranks (1, 2, 2, 4) over rows already in score order; `previous` ranks give the changes. */
export function ranked(rows: Row[]): Row[] {
  // One pass: a row's rank is where its score first appears; it is tied when a neighbour shares its score.
  let first = 0;
  return rows.map((row, i) => {
    if (i > 0 && rows[i - 1]!.score !== row.score) first = i;
    const rank = first + 1;
    const tied = rows[i - 1]?.score === row.score || rows[i + 1]?.score === row.score;
    const prev = row.previousRank;
    const change = prev === null ? 'new' : prev > rank ? 'up' : prev < rank ? 'down' : 'same';
    return { ...row, rank, tied, change, changeBy: prev === null ? 0 : Math.abs(prev - rank) };
  });
}

/** `n` people with falling scores (ties every seventh row), the viewer at `me` (index) if given. */
export function manyRows(n: number, me?: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const score = Math.max(1, 5000 - i + (i % 7 === 1 ? 1 : 0));
    rows.push(entrant(i, score, { isMe: i === me, previousRank: i % 5 === 0 ? null : Math.max(1, i + 1 + ((i % 3) - 1) * 2) }));
  }
  return ranked(rows);
}

export interface FakeBoard {
  adapter: ChorusAdapter;
  queries: BoardQuery[];
  optOuts: boolean[];
  announced: string[][];
  /** Replaces the rows (a live change) and tells subscribers of the kudos topic. */
  move(rows: Row[]): void;
}

export interface FakeOptions {
  summary?: Partial<LeaderboardSummary>;
  config?: Partial<LeaderboardConfig>;
  /** Replaces getBoard (a stalled or failing board). */
  getBoard?: LeaderboardPort['getBoard'];
}

/** A badge the viewer earned. */
export const earned = (id: BadgeId, personId = 'p-me'): EarnedBadge => ({ id, personId, earnedAt: '2026-11-02T10:00:00.000Z', key: `${id}:${personId}` });

/** A leaderboard port over `rows` (in rank order), on top of the embedded adapter's people and user. */
export function fakeBoard(initial: Row[], o: FakeOptions = {}): FakeBoard {
  const base = new MemoryAdapter({ persist: false, latency: 0 });
  let rows = initial;
  const listeners = new Set<() => void>();
  const queries: BoardQuery[] = [];
  const optOuts: boolean[] = [];
  const announced: string[][] = [];
  let summary: LeaderboardSummary = { personId: 'p-me', optedOut: false, rank: 37, total: 412, score: 120, badges: [], unannounced: [], ...o.summary };
  const config: LeaderboardConfig = { points: DEFAULT_POINTS, optOutPolicy: 'pseudonym', ...BOARD_LIMITS, ...o.config };
  const board = (q: BoardQuery): Board => {
    const mine = rows.findIndex((r) => r.isMe);
    const start = q.around !== undefined && mine >= 0 ? Math.max(0, mine - q.around) : (q.offset ?? 0);
    const end = q.around !== undefined && mine >= 0 ? mine + q.around + 1 : start + q.limit;
    const shown = rows.slice(start, end);
    const last = shown.at(-1);
    let moreTied = 0;
    while (last && rows[end + moreTied]?.rank === last.rank) moreTied++;
    const bounds = { from: null, to: null };
    return {
      rows: shown,
      me: mine >= 0 && !shown.includes(rows[mine]!) ? rows[mine]! : null,
      moreTied,
      total: rows.length,
      period: bounds,
      previous: bounds,
      meOptedOut: summary.optedOut,
    };
  };
  const leaderboard: LeaderboardPort = {
    getLeaderboardConfig: async () => config,
    getBoard:
      o.getBoard ??
      (async (q) => {
        queries.push(q);
        return board(q);
      }),
    getMySummary: async () => summary,
    markBadgesAnnounced: async (keys) => {
      announced.push(keys);
      summary = { ...summary, unannounced: summary.unannounced.filter((k) => !keys.includes(k)) };
      return summary;
    },
    setOptOut: async (optedOut) => {
      optOuts.push(optedOut);
      summary = { ...summary, optedOut };
      return summary;
    },
  };
  const live: ChorusAdapter['live'] = {
    subscribe: (topic, listener) => {
      if (topic !== 'kudos') return () => {};
      const notify = () => (listener as (e: unknown) => void)({ topic: 'kudos', type: 'deleted', id: 'k-none' });
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
  };
  return {
    adapter: { people: base.people, me: base.me, live, leaderboard },
    queries,
    optOuts,
    announced,
    move: (next) => {
      rows = next;
      for (const l of listeners) l();
    },
  };
}
