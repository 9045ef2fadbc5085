import {
  DEFAULT_POINTS,
  type Activity,
  type ActivityKind,
  type BadgeId,
  type Board,
  type BoardQuery,
  type Entrant,
  type Metric,
  type OptOutPolicy,
  type PeriodBounds,
  type PointsConfig,
  type Row,
  type Scope,
  type TeamScore,
} from './leaderboard.domain.js';
import { compareEntries, competitionRanks, foldAscii, rankChange } from './leaderboard.order.js';
import { periodBounds, previousBounds, within } from './leaderboard.period.js';
import { sha256 } from './secret.js';

export { compareEntries, competitionRanks, rankChange } from './leaderboard.order.js';

/*
 * The ranking both backends compute (the embedded adapter in memory, the reference server with
 * the same order in SQL: see leaderboard.order.ts), so a board is the same on every backend for
 * the same activity. The order and rank change helpers are re-exported for the UI and the server.
 */

/** Who is who: names for rows and team sizes for per-head scores. */
export interface Directory {
  people: ReadonlyMap<string, { name: string; teamId: string }>;
  teams: ReadonlyMap<string, { name: string }>;
}

/** People who opted out, what the backend does with them, and the secret their pseudonyms hide behind. */
export interface OptOut {
  policy: OptOutPolicy;
  people: ReadonlySet<string>;
  /** Server-side secret (a per-install constant in the embedded adapter): without it ids cannot be tried. */
  secret: string;
}

export interface ScoreOptions {
  metric: Metric;
  scope: Scope;
  teamScore: TeamScore;
  points?: PointsConfig;
  directory: Directory;
  /** People left out entirely: from people rows, team sums and team sizes. */
  hidden?: ReadonlySet<string>;
}

const COUNTED: Readonly<Record<Exclude<Metric, 'points'>, ActivityKind>> = {
  'kudos-received': 'kudos-received',
  'kudos-given': 'kudos-given',
  shares: 'share',
};

/**
 * Scores by person or team id in `bounds`; only entrants above 0 are ranked (a board lists who took
 * part, not everyone who did not). People or teams no longer in the directory are left out. Team
 * scores use the team an activity was recorded under; per head divides by the directory's current
 * team size and rounds to hundredths, so teams that show the same score share a rank.
 */
export function scoreEntrants(activities: readonly Activity[], bounds: PeriodBounds, options: ScoreOptions): Map<string, number> {
  const { metric, scope, directory, hidden } = options;
  const points = options.points ?? DEFAULT_POINTS;
  const inPeriod = within(bounds);
  const totals = new Map<string, number>();
  for (const activity of activities) {
    if (hidden?.has(activity.personId) || !inPeriod(activity.at)) continue;
    const weight = metric === 'points' ? points[activity.kind] : activity.kind === COUNTED[metric] ? 1 : 0;
    const key = scope === 'people' ? activity.personId : activity.teamId;
    if (weight && (scope === 'people' ? directory.people : directory.teams).has(key)) totals.set(key, (totals.get(key) ?? 0) + weight);
  }
  if (scope === 'teams' && options.teamScore === 'per-head') {
    const sizes = new Map<string, number>();
    for (const [id, person] of directory.people) if (!hidden?.has(id)) sizes.set(person.teamId, (sizes.get(person.teamId) ?? 0) + 1);
    for (const [team, total] of totals) totals.set(team, Math.round((total * 100) / Math.max(1, sizes.get(team) ?? 0)) / 100);
  }
  for (const [key, score] of totals) if (!(score > 0)) totals.delete(key);
  return totals;
}

/**
 * A person's pseudonym: 6 hex digits of SHA-256(secret, id) for the label ("Colleague 4F2A9C") and
 * 20 for the row's id. Stable while the secret is, and not reversible without it.
 */
export function pseudonym(secret: string, personId: string): { code: string; id: string } {
  const hex = Array.from(sha256(`chorus:pseudonym:${secret}:${personId}`), (b) => b.toString(16).padStart(2, '0')).join('');
  return { code: hex.slice(0, 6).toUpperCase(), id: `colleague-${hex.slice(0, 20)}` };
}

export interface BoardInput {
  activities: readonly Activity[];
  query: BoardQuery;
  now: Date | number;
  /** The signed-in person, or null for a board seen by nobody in particular. */
  viewerId: string | null;
  directory: Directory;
  optOut: OptOut;
  points?: PointsConfig;
  /** Each person's badges, shown on their row (never on a pseudonymous one: badges can name). */
  badges?: ReadonlyMap<string, readonly BadgeId[]>;
}

interface Ranked {
  id: string;
  name: string;
  fold: string;
  score: number;
  entrant: Entrant;
  personId: string | null;
}

function ranked(input: BoardInput, bounds: PeriodBounds): Ranked[] {
  const { query, directory, optOut } = input;
  const hidden = optOut.policy === 'hide' ? optOut.people : undefined;
  const scores = scoreEntrants(input.activities, bounds, { ...query, points: input.points, directory, hidden });
  const entries: Ranked[] = [];
  for (const [key, score] of scores) {
    if (query.scope === 'teams') {
      const name = directory.teams.get(key)!.name;
      entries.push({ id: key, name, fold: foldAscii(name), score, entrant: { id: key, name, kind: 'team' }, personId: null });
    } else if (optOut.people.has(key)) {
      // Ordered among ties by the pseudonym, so a row's place says nothing of the real name.
      const { code, id } = pseudonym(optOut.secret, key);
      const name = key === input.viewerId ? directory.people.get(key)!.name : '';
      entries.push({ id, name: code, fold: foldAscii(code), score, entrant: { id, name, kind: 'person', pseudonym: code }, personId: key });
    } else {
      const name = directory.people.get(key)!.name;
      entries.push({ id: key, name, fold: foldAscii(name), score, entrant: { id: key, name, kind: 'person' }, personId: key });
    }
  }
  return entries.sort(compareEntries);
}

/**
 * The board a viewer sees: the top `limit` rows (after `offset`: a later page) or `around` rows either side of the viewer's, and
 * the viewer's own row when it is not among them. Exactly `limit` rows even when the last ties
 * with the next (the display order places them): a board where thousands tie at a few points
 * stays short, and `moreTied` says how many share the last row's rank unseen ("and 5 more tied").
 */
export function rankBoard(input: BoardInput): Board {
  const { query, viewerId, directory, optOut } = input;
  const period = periodBounds(query.period, input.now);
  const previous = previousBounds(query.period, input.now);
  const before = new Map<string, number>();
  const old = ranked(input, previous);
  competitionRanks(old).forEach(({ rank }, i) => before.set(old[i]!.id, rank));

  const entries = ranked(input, period);
  const viewerKey = viewerId === null ? null : query.scope === 'teams' ? (directory.people.get(viewerId)?.teamId ?? null) : viewerId;
  const all: Row[] = competitionRanks(entries).map(({ rank, tied }, i) => {
    const entry = entries[i]!;
    const previousRank = before.get(entry.id) ?? null;
    const { change, by } = rankChange(previousRank, rank);
    const isMe = viewerKey !== null && (entry.personId ?? entry.id) === viewerKey;
    const shown = entry.personId !== null && (isMe || !entry.entrant.pseudonym);
    const badges = shown ? [...(input.badges?.get(entry.personId!) ?? [])] : [];
    return { rank, tied, entrant: entry.entrant, score: entry.score, previousRank, change, changeBy: by, isMe, badges };
  });

  const mine = all.findIndex((row) => row.isMe);
  const around = query.around !== undefined && mine >= 0 ? Math.max(0, Math.floor(query.around)) : null;
  const start = around === null ? Math.max(0, Math.floor(query.offset ?? 0)) : Math.max(0, mine - around);
  const end = around === null ? Math.min(all.length, start + Math.max(0, Math.floor(query.limit))) : mine + around + 1;
  const rows = all.slice(start, end);
  let moreTied = 0;
  while (rows.length && all[end + moreTied]?.rank === rows[rows.length - 1]!.rank) moreTied++;
  const me = mine >= 0 && !rows.includes(all[mine]!) ? all[mine]! : null;
  return { rows, me, moreTied, total: all.length, period, previous, meOptedOut: viewerId !== null && optOut.people.has(viewerId) };
}
