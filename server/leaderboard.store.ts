import {
  ACTIVITY_KINDS,
  DEFAULT_POINTS,
  type Activity,
  type BoardQuery,
  type Metric,
  type OptOutPolicy,
  type PeriodBounds,
  type PointsConfig,
} from '../src/core/leaderboard.js';
import { newShareRef } from '../src/core/secret.js';
import type { Queryable } from './db/db.js';

/*
 * The leaderboard in SQL (migrations/005_leaderboard.sql; ACTIVITY is insights.store.ts's too): the same activity the embedded adapter
 * reads (src/adapters/memory/leaderboard.activity.ts: public kudos not hidden, shares, clicks on tracked
 * links, named polls' votes at the poll's opening), scored, ranked and paged in the database with
 * core's order (leaderboard.order.ts: score desc, lower(name), name, id, collate "C"), never by
 * loading everyone.
 */

export const ACTIVITY = `
  select 'kudos-given'::text as kind, k.author_id as person_id, k.created_at as at, k.value_id
    from kudos k where k.visibility = 'public' and k.hidden_reason is null
  union all
  select 'kudos-received', r.person_id, k.created_at, k.value_id
    from kudos k cross join lateral unnest(k.recipient_ids) as r(person_id) where k.visibility = 'public' and k.hidden_reason is null
  union all
  select 'share', s.person_id, s.shared_at, null from share_records s
  union all
  select 'share-click', f.person_id, c.clicked_at, null from share_clicks c join share_refs f on f.ref = c.ref
  union all
  select 'poll-vote', v.person_id, coalesce(p.opens_at, p.created_at), null from poll_votes v join polls p on p.id = v.poll_id`;

export interface Settings {
  points: PointsConfig;
  optOutPolicy: OptOutPolicy;
  secret: string;
}

type SettingsRow = { points: Partial<PointsConfig> | string; opt_out_policy: OptOutPolicy; secret: string };

/** The settings row, made with a fresh secret the first time anyone asks (a read writes nothing after that). */
export async function loadSettings(db: Queryable): Promise<Settings> {
  const select = () => db.query<SettingsRow>('select points, opt_out_policy, secret from leaderboard_settings');
  let [row] = await select();
  if (!row) {
    await db.query('insert into leaderboard_settings (secret) values ($1) on conflict (id) do nothing', [newShareRef()]);
    [row] = await select();
  }
  const overrides = typeof row!.points === 'string' ? (JSON.parse(row!.points) as Partial<PointsConfig>) : row!.points;
  const points = { ...DEFAULT_POINTS };
  for (const kind of ACTIVITY_KINDS) if (Number.isInteger(overrides[kind]) && overrides[kind]! >= 0) points[kind] = overrides[kind]!;
  return { points, optOutPolicy: row!.opt_out_policy, secret: row!.secret };
}

/** Parameters numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Each kind's weight for the metric: points, or 1 for the one kind a count metric counts. */
function weights(metric: Metric, points: PointsConfig): Record<string, number> {
  if (metric === 'points') return { ...points };
  const counted = metric === 'shares' ? 'share' : metric;
  return Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, kind === counted ? 1 : 0]));
}

export interface BoardContext {
  query: BoardQuery;
  settings: Settings;
  period: PeriodBounds;
  previous: PeriodBounds;
}

/** A ranked entrant as SQL answers it. */
export interface RankedRow {
  /** The entrant's id on the board (a pseudonymous person's is derived from the pseudonym). */
  id: string;
  /** The person's or team's own id, for "is this me" and badges. */
  key: string;
  name: string;
  pseudonym: string | null;
  score: number;
  rank: number;
  pos: number;
  same: number;
  total: number;
  /** The last position sharing this rank (for moreTied). */
  last_pos: number;
  previous_rank: number | null;
}

/** Scores above 0 in `bounds` per person or team, with the name to order by, as the entries of one period. */
function entries(p: Params, ctx: BoardContext, bounds: PeriodBounds, hide: string): string {
  const { query, settings } = ctx;
  const from = p.add(bounds.from);
  const to = p.add(bounds.to);
  const w = p.add(JSON.stringify(weights(query.metric, settings.points)));
  const hidden = (person: string) => `(${hide} and exists (select 1 from leaderboard_opt_outs o where o.person_id = ${person}))`;
  const scored = `
    select %KEY% as key, sum((${w}::jsonb ->> a.kind)::int) as total
    from (${ACTIVITY}) a join people p on p.id = a.person_id
    where (${from}::timestamptz is null or a.at >= ${from}::timestamptz) and (${to}::timestamptz is null or a.at < ${to}::timestamptz)
      and not ${hidden('a.person_id')}
    group by 1 having sum((${w}::jsonb ->> a.kind)::int) > 0`;
  if (query.scope === 'teams') {
    const perHead = query.teamScore === 'per-head';
    const score = perHead ? `(round(s.total * 100.0 / greatest(1, coalesce(z.size, 0))) / 100)::float8` : 's.total::float8';
    return `
      select t.id as id, t.id as key, t.name as name, null::text as pseudonym, ${score} as score
      from (${scored.replace('%KEY%', 'p.team_id')}) s
      join teams t on t.id = s.key
      left join (select team_id, count(*) as size from people p where not ${hidden('p.id')} group by team_id) z on z.team_id = t.id`;
  }
  const secret = p.add(settings.secret);
  const pseudonymous = settings.optOutPolicy === 'pseudonym';
  const code = `upper(substr(h.hex, 1, 6))`;
  return `
    select case when o.person_id is null then s.key else 'colleague-' || substr(h.hex, 1, 20) end as id, s.key,
           case when o.person_id is null then p.name else ${code} end as name,
           case when o.person_id is null then null else ${code} end as pseudonym, s.total::float8 as score
    from (${scored.replace('%KEY%', 'a.person_id')}) s
    join people p on p.id = s.key
    left join leaderboard_opt_outs o on ${pseudonymous ? 'true' : 'false'} and o.person_id = s.key
    cross join lateral (select encode(sha256(convert_to('chorus:pseudonym:' || ${secret} || ':' || s.key, 'UTF8')), 'hex') as hex) h`;
}

/** The ranked board for `ctx`, filtered by `where` (over the columns of RankedRow), in display order. */
async function rankedRows(db: Queryable, ctx: BoardContext, where: (p: Params) => string): Promise<RankedRow[]> {
  const p = new Params();
  const hide = p.add(ctx.settings.optOutPolicy === 'hide');
  const current = entries(p, ctx, ctx.period, `${hide}::boolean`);
  const previous = entries(p, ctx, ctx.previous, `${hide}::boolean`);
  const sql = `
    with cur as (${current}), prev as (${previous}),
    ranked as (
      select c.*, rank() over (order by score desc)::int as rank,
             row_number() over (order by score desc, lower(name collate "C"), name collate "C", id collate "C")::int as pos,
             count(*) over (partition by score)::int as same,
             count(*) over ()::int as total
      from cur c
    ),
    placed as (select r.*, (max(pos) over (partition by rank))::int as last_pos from ranked r),
    before as (select id, rank() over (order by score desc)::int as rank from prev)
    select placed.id, placed.key, placed.name, placed.pseudonym, placed.score, placed.rank, placed.pos, placed.same, placed.total, placed.last_pos,
           before.rank as previous_rank
    from placed left join before on before.id = placed.id
    where ${where(p)}
    order by placed.pos`;
  const rows = await db.query<RankedRow>(sql, p.values);
  return rows.map((r) => ({ ...r, score: Number(r.score), previous_rank: r.previous_rank === null ? null : Number(r.previous_rank) }));
}

/** The row of `key` (a person's id, or for teams their team's id), or null when unranked. */
export async function rowOf(db: Queryable, ctx: BoardContext, key: string): Promise<RankedRow | null> {
  const [row] = await rankedRows(db, ctx, (p) => `placed.key = ${p.add(key)}`);
  return row ?? null;
}

/** Rows at positions `from`..`to` (1-based, inclusive). */
export async function rowsBetween(db: Queryable, ctx: BoardContext, from: number, to: number): Promise<RankedRow[]> {
  return rankedRows(db, ctx, (p) => `placed.pos between ${p.add(from)}::int and ${p.add(to)}::int`);
}

/** How many are ranked (for an empty window). */
export async function rankedCount(db: Queryable, ctx: BoardContext): Promise<number> {
  const [row] = await rankedRows(db, ctx, () => 'placed.pos = 1');
  return row?.total ?? 0;
}

/** The activity of these people only (for their own badges). */
export async function activityOf(db: Queryable, personIds: readonly string[]): Promise<Activity[]> {
  if (!personIds.length) return [];
  const rows = await db.query<{ kind: Activity['kind']; person_id: string; team_id: string; at: Date | string; value_id: string | null }>(
    `select a.kind, a.person_id, p.team_id, a.at, a.value_id from (${ACTIVITY}) a join people p on p.id = a.person_id where a.person_id = any($1::text[])`,
    [[...personIds]],
  );
  return rows.map((r) => ({
    kind: r.kind,
    personId: r.person_id,
    teamId: r.team_id,
    at: new Date(r.at).toISOString(),
    ...(r.value_id ? { valueId: r.value_id } : {}),
  }));
}

/**
 * The monthly badge's winners among `personIds`: top 3 by points (rank() per month, ties
 * included) of each month before `thisMonth`, people left out under the `hide` policy.
 */
export async function monthlyWinners(
  db: Queryable,
  settings: Settings,
  thisMonth: string,
  personIds: readonly string[],
): Promise<{ personId: string; month: Date }[]> {
  if (!personIds.length) return [];
  const rows = await db.query<{ person_id: string; month: Date | string }>(
    `with monthly as (
       select (date_trunc('month', a.at at time zone 'UTC') at time zone 'UTC') as month, a.person_id, sum(($1::jsonb ->> a.kind)::int) as score
       from (${ACTIVITY}) a join people p on p.id = a.person_id
       where a.at < $2::timestamptz
         and not ($3::boolean and exists (select 1 from leaderboard_opt_outs o where o.person_id = a.person_id))
       group by 1, 2 having sum(($1::jsonb ->> a.kind)::int) > 0
     ),
     ranked as (select month, person_id, rank() over (partition by month order by score desc) as rank from monthly)
     select person_id, month from ranked where rank <= $4 and person_id = any($5::text[])`,
    [JSON.stringify(settings.points), thisMonth, settings.optOutPolicy === 'hide', 3, [...personIds]],
  );
  return rows.map((r) => ({ personId: r.person_id, month: new Date(r.month) }));
}

export async function isOptedOut(db: Queryable, personId: string): Promise<boolean> {
  return (await db.query('select 1 from leaderboard_opt_outs where person_id = $1', [personId])).length > 0;
}

export async function setOptedOut(db: Queryable, personId: string, optedOut: boolean, now: number): Promise<void> {
  if (optedOut)
    await db.query('insert into leaderboard_opt_outs (person_id, opted_out_at) values ($1, $2) on conflict do nothing', [
      personId,
      new Date(now).toISOString(),
    ]);
  else await db.query('delete from leaderboard_opt_outs where person_id = $1', [personId]);
}

export async function announcedKeys(db: Queryable, personId: string): Promise<Set<string>> {
  const rows = await db.query<{ badge_key: string }>('select badge_key from leaderboard_announced where person_id = $1', [personId]);
  return new Set(rows.map((r) => r.badge_key));
}

export async function announce(db: Queryable, personId: string, keys: readonly string[]): Promise<void> {
  if (keys.length)
    await db.query('insert into leaderboard_announced (person_id, badge_key) select $1, unnest($2::text[]) on conflict do nothing', [personId, [...keys]]);
}
