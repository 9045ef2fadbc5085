import type { NetworkShares, ParticipationCounts, PostReach } from '../src/core/insights.js';
import type { GroupTally, PollTally, ScoreTally } from '../src/core/insights.rules.js';
import type { PeriodBounds } from '../src/core/leaderboard.js';
import type { Queryable } from './db/db.js';
import { ACTIVITY } from './leaderboard.store.js';

/*
 * The insights in SQL: who took part per team (and company-wide, one grouping set), counted over
 * the leaderboard's activity (leaderboard.store.ts's ACTIVITY: public kudos, shares, named polls'
 * votes), so the figures agree with the board; sender messages of the feedback box (they carry no
 * sender, so only a company-wide count); public kudos per value. Teams are people's current teams.
 * Withholding small groups is core's rule (insights.rules.ts), applied by the port.
 */

/** `$from`/`$to` as a half-open range on `at`, null bounds open. */
const inRange = (at: string, from: string, to: string) =>
  `((${from}::timestamptz is null or ${at} >= ${from}::timestamptz) and (${to}::timestamptz is null or ${at} < ${to}::timestamptz))`;

const KINDS: Record<keyof ParticipationCounts, string | null> = {
  active: null,
  gave: 'kudos-given',
  received: 'kudos-received',
  voted: 'poll-vote',
  shared: 'share',
};

type CountRow = { team_id: string | null; members: number } & Record<string, number | string | null>;

/** Each team's tally (in the teams' order) and the company's. */
export async function participationTallies(db: Queryable, bounds: PeriodBounds, before: PeriodBounds): Promise<{ company: GroupTally; teams: GroupTally[] }> {
  const counts = (flag: string) =>
    Object.entries(KINDS)
      .map(([name, kind]) => `count(distinct a.person_id) filter (where a.${flag}${kind ? ` and a.kind = '${kind}'` : ''})::int as ${flag}_${name}`)
      .join(',\n      ');
  const rows = await db.query<CountRow>(
    `with a as (
       select x.kind, x.person_id, ${inRange('x.at', '$1', '$2')} as cur, ${inRange('x.at', '$3', '$4')} as prev
       from (${ACTIVITY}) x where x.kind <> 'share-click'
     )
     select p.team_id, count(distinct p.id)::int as members,
      ${counts('cur')},
      ${counts('prev')}
     from people p left join a on a.person_id = p.id
     group by grouping sets ((p.team_id), ())`,
    [bounds.from, bounds.to, before.from, before.to],
  );
  const teams = await db.query<{ id: string; name: string }>('select id, name from teams order by position, id');
  const pick = (row: CountRow | undefined, flag: string): ParticipationCounts => {
    const out = { active: 0, gave: 0, received: 0, voted: 0, shared: 0 };
    for (const name of Object.keys(KINDS) as (keyof ParticipationCounts)[]) out[name] = Number(row?.[`${flag}_${name}`] ?? 0);
    return out;
  };
  const tally = (id: string, name: string, row: CountRow | undefined): GroupTally => ({
    id,
    name,
    members: Number(row?.members ?? 0),
    current: pick(row, 'cur'),
    previous: pick(row, 'prev'),
  });
  // The company row is the grouping set () (team_id null); people always have a team.
  const byTeam = new Map(rows.filter((r) => r.team_id !== null).map((r) => [r.team_id!, r]));
  return {
    company: tally(
      'company',
      '',
      rows.find((r) => r.team_id === null),
    ),
    teams: teams.map((t) => tally(t.id, t.name, byTeam.get(t.id))),
  };
}

/** Messages the senders of anonymous feedback sent (first messages and follow-ups), this period and the one before. */
export async function feedbackMessageCounts(db: Queryable, bounds: PeriodBounds, before: PeriodBounds): Promise<{ current: number; previous: number }> {
  const [row] = await db.query<{ current: number; previous: number }>(
    `select count(*) filter (where ${inRange('created_at', '$1', '$2')})::int as current, count(*) filter (where ${inRange('created_at', '$3', '$4')})::int as previous
     from feedback_messages where from_role = 'sender'`,
    [bounds.from, bounds.to, before.from, before.to],
  );
  return { current: Number(row?.current ?? 0), previous: Number(row?.previous ?? 0) };
}

/** Public kudos per company value id, this period and the one before (values nobody recognised are absent). */
export async function kudosPerValue(db: Queryable, bounds: PeriodBounds, before: PeriodBounds): Promise<Map<string, { current: number; previous: number }>> {
  const rows = await db.query<{ value_id: string; current: number; previous: number }>(
    `select value_id, count(*) filter (where ${inRange('created_at', '$1', '$2')})::int as current, count(*) filter (where ${inRange('created_at', '$3', '$4')})::int as previous
     from kudos where visibility = 'public' and value_id is not null group by value_id`,
    [bounds.from, bounds.to, before.from, before.to],
  );
  return new Map(rows.map((r) => [r.value_id, { current: Number(r.current), previous: Number(r.previous) }]));
}

/** Shares per network (every network that has any; the port fills in the others with 0). */
export async function sharesPerNetwork(db: Queryable, bounds: PeriodBounds, before: PeriodBounds): Promise<NetworkShares[]> {
  const rows = await db.query<{ network: NetworkShares['network']; current: number; previous: number }>(
    `select network, count(*) filter (where ${inRange('shared_at', '$1', '$2')})::int as current, count(*) filter (where ${inRange('shared_at', '$3', '$4')})::int as previous
     from share_records group by network`,
    [bounds.from, bounds.to, before.from, before.to],
  );
  return rows.map((r) => ({ network: r.network, current: Number(r.current), previous: Number(r.previous) }));
}

/** Each post's shares and the clicks on its tracked links, for posts with any in either period. */
export async function postReach(db: Queryable, bounds: PeriodBounds, before: PeriodBounds): Promise<PostReach[]> {
  const rows = await db.query<{ id: string; title: string; shares: number; clicks: number; previous_shares: number; previous_clicks: number }>(
    `with s as (
       select post_id, count(*) filter (where ${inRange('shared_at', '$1', '$2')})::int as cur, count(*) filter (where ${inRange('shared_at', '$3', '$4')})::int as prev
       from share_records group by post_id
     ), c as (
       select f.post_id, count(*) filter (where ${inRange('c.clicked_at', '$1', '$2')})::int as cur, count(*) filter (where ${inRange('c.clicked_at', '$3', '$4')})::int as prev
       from share_clicks c join share_refs f on f.ref = c.ref group by f.post_id
     )
     select p.id, p.title, coalesce(s.cur, 0) as shares, coalesce(c.cur, 0) as clicks, coalesce(s.prev, 0) as previous_shares, coalesce(c.prev, 0) as previous_clicks
     from share_posts p left join s on s.post_id = p.id left join c on c.post_id = p.id
     where coalesce(s.cur, 0) + coalesce(c.cur, 0) + coalesce(s.prev, 0) + coalesce(c.prev, 0) > 0`,
    [bounds.from, bounds.to, before.from, before.to],
  );
  return rows.map((r) => ({
    postId: r.id,
    title: r.title,
    shares: Number(r.shares),
    clicks: Number(r.clicks),
    previousShares: Number(r.previous_shares),
    previousClicks: Number(r.previous_clicks),
  }));
}

/** The columns of a ScoreTally over `score` (0–10, or mood 1–5), for the rows `filter` keeps. */
const scoreColumns = (filter: string, prefix = '') => `
  count(score) filter (where ${filter})::int as ${prefix}count,
  coalesce(sum(score) filter (where ${filter}), 0)::int as ${prefix}sum,
  count(score) filter (where ${filter} and score >= 9)::int as ${prefix}promoters,
  count(score) filter (where ${filter} and score between 7 and 8)::int as ${prefix}passives,
  count(score) filter (where ${filter} and score <= 6)::int as ${prefix}detractors`;

type ScoreRow = Record<string, number | string>;
const scoreTally = (row: ScoreRow | undefined, prefix = ''): ScoreTally => ({
  count: Number(row?.[`${prefix}count`] ?? 0),
  sum: Number(row?.[`${prefix}sum`] ?? 0),
  promoters: Number(row?.[`${prefix}promoters`] ?? 0),
  passives: Number(row?.[`${prefix}passives`] ?? 0),
  detractors: Number(row?.[`${prefix}detractors`] ?? 0),
});

/** The feedback box's scores of threads sent in each period (a thread's one optional score). */
export async function feedbackScores(db: Queryable, bounds: PeriodBounds, before: PeriodBounds): Promise<{ current: ScoreTally; previous: ScoreTally }> {
  const [row] = await db.query<ScoreRow>(
    `select ${scoreColumns(inRange('created_at', '$1', '$2'), 'cur_')}, ${scoreColumns(inRange('created_at', '$3', '$4'), 'prev_')} from feedback_threads`,
    [bounds.from, bounds.to, before.from, before.to],
  );
  return { current: scoreTally(row, 'cur_'), previous: scoreTally(row, 'prev_') };
}

/** Polls opened in either period with their ballots counted: named polls' votes and anonymous polls' ballots alike. */
export async function pollTallies(db: Queryable, bounds: PeriodBounds, before: PeriodBounds): Promise<PollTally[]> {
  const opens = 'coalesce(p.opens_at, p.created_at)';
  const rows = await db.query<ScoreRow & { id: string; question: string; kind: PollTally['kind']; opens_at: Date | string; voters: number }>(
    `with b as (select poll_id, score from poll_votes union all select poll_id, score from poll_ballots)
     select p.id, p.question, p.kind, ${opens} as opens_at, count(b.poll_id)::int as voters, ${scoreColumns('true')}
     from polls p left join b on b.poll_id = p.id
     where ${inRange(opens, '$1', '$2')} or ${inRange(opens, '$3', '$4')}
     group by p.id`,
    [bounds.from, bounds.to, before.from, before.to],
  );
  return rows.map((r) => ({
    pollId: r.id,
    question: r.question,
    kind: r.kind,
    opensAt: new Date(r.opens_at).toISOString(),
    voters: Number(r.voters),
    scores: scoreTally(r),
  }));
}
