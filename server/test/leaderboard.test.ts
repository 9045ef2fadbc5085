import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_POINTS,
  METRICS,
  PERIODS,
  badgesByPerson,
  earnedBadges,
  rankBoard,
  type Board,
  type BoardQuery,
  type Directory,
  type OptOutPolicy,
} from '../../src/core/leaderboard.js';
import { DEFAULT_CONFIG } from '../app.js';
import * as store from '../leaderboard.store.js';
import { CHLOE, T0, startTestServer, type TestServer } from './helpers.js';

/*
 * The leaderboard on the reference server: its SQL ranks (rank(), core's tie order in collate
 * "C", LIMIT windows, the viewer's row, per-head rounding, opt-outs) give exactly the board core's
 * rankBoard gives for the same activity, on people whose names test the order (ASCII case, "Å",
 * ties); and bad input answers 400 with the contract's error body, never 500.
 */

let s: TestServer;
before(async () => {
  s = await startTestServer();
  // A team of people who tie, with names only code-point order with ASCII folding places alike.
  await s.db.query(`insert into teams (id, name, position) values ('zz', 'Zulu', 99), ('yy', 'Yankee', 98)`);
  const names = ['bo', 'Bo', 'Ål', 'ab', 'Zed', 'émile', 'BO'];
  for (const [i, name] of names.entries())
    await s.db.query(`insert into people (id, name, team_id) values ($1, $2, $3)`, [`zz-${i}`, name, i < 4 ? 'zz' : 'yy']);
  // Each receives one public kudos this month (a tie), two get another; one private kudos never counts.
  const at = (minutes: number) => new Date(T0 - minutes * 60_000).toISOString();
  const kudos = (id: string, author: string, recipients: string[], minutes: number, visibility = 'public', value: string | null = null) =>
    s.db.query(`insert into kudos (id, author_id, recipient_ids, message, value_id, visibility, created_at) values ($1, $2, $3, 'Thanks', $4, $5, $6)`, [
      id,
      author,
      recipients,
      value,
      visibility,
      at(minutes),
    ]);
  await kudos('zz-k1', 'zz-4', ['zz-0', 'zz-1', 'zz-2', 'zz-3', 'zz-5', 'zz-6'], 5);
  await kudos('zz-k2', 'zz-5', ['zz-1', 'zz-6'], 4);
  await kudos('zz-k3', 'zz-0', ['zz-3'], 3, 'private');
  await kudos('zz-k4', 'zz-2', ['zz-0'], 60 * 24 * 40);
});
after(async () => {
  await s?.close();
});

/** Core's board for the same activity and settings, as `viewerId` sees it. */
async function coreBoard(query: BoardQuery, viewerId: string): Promise<Board> {
  const people = await s.db.query<{ id: string; name: string; team_id: string }>('select id, name, team_id from people');
  const teams = await s.db.query<{ id: string; name: string }>('select id, name from teams');
  const directory: Directory = {
    people: new Map(people.map((p) => [p.id, { name: p.name, teamId: p.team_id }])),
    teams: new Map(teams.map((t) => [t.id, { name: t.name }])),
  };
  const settings = await store.loadSettings(s.db);
  const optedOut = new Set((await s.db.query<{ person_id: string }>('select person_id from leaderboard_opt_outs')).map((r) => r.person_id));
  const activities = await store.activityOf(
    s.db,
    people.map((p) => p.id),
  );
  const hidden = settings.optOutPolicy === 'hide' ? optedOut : undefined;
  const valueIds = DEFAULT_CONFIG.values.map((v) => v.id);
  const badges = badgesByPerson(earnedBadges({ activities, now: T0, valueIds, directory, points: settings.points, hidden }));
  return rankBoard({
    activities,
    query,
    now: T0,
    viewerId,
    directory,
    optOut: { policy: settings.optOutPolicy, people: optedOut, secret: settings.secret },
    points: settings.points,
    badges,
  });
}

const search = (q: BoardQuery) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)] as [string, string])).toString().replace(/^/, '?');

async function compareAll(viewers: string[], what: string): Promise<void> {
  for (const viewerId of viewers)
    for (const period of PERIODS)
      for (const metric of METRICS)
        for (const [scope, teamScore] of [
          ['people', 'total'],
          ['teams', 'total'],
          ['teams', 'per-head'],
        ] as const)
          for (const window of [{ limit: 100 }, { limit: 3 }, { limit: 1 }, { limit: 10, around: 2 }]) {
            const query: BoardQuery = { period, metric, scope, teamScore, ...window };
            const { status, body } = await s.json(viewerId, 'GET', `/leaderboard/board${search(query)}`, { operationId: 'getBoard' });
            assert.equal(status, 200);
            assert.deepEqual(body, await coreBoard(query, viewerId), `${what}: ${viewerId} ${JSON.stringify(query)}`);
          }
}

const setPolicy = (policy: OptOutPolicy) => s.db.query('update leaderboard_settings set opt_out_policy = $1', [policy]);

describe('leaderboard: SQL ranks as core does', () => {
  it('gives the board core gives for the same activity, for every period, metric, scope and window', async () => {
    await compareAll([CHLOE, 'zz-1', 'zz-6'], 'nobody opted out');
  });

  it('still does with people opted out, shown under pseudonyms or left out', async () => {
    for (const id of ['zz-1', 'zz-3']) assert.equal((await s.json(id, 'PUT', '/leaderboard/me/opt-out', { body: { optedOut: true } })).status, 200);
    await compareAll(['zz-1', 'zz-0'], 'pseudonym');
    await setPolicy('hide');
    await compareAll(['zz-1', 'zz-0'], 'hide');
    await setPolicy('pseudonym');
    for (const id of ['zz-1', 'zz-3']) await s.json(id, 'PUT', '/leaderboard/me/opt-out', { body: { optedOut: false } });
  });
});

describe('leaderboard: points configured on the server', () => {
  it('reads points per kind from its settings (a kind left out keeps the default) and ranks by them', async () => {
    await s.db.query(`update leaderboard_settings set points = '{"kudos-received": 7, "kudos-given": 0}'`);
    const { body } = await s.json(CHLOE, 'GET', '/leaderboard/config', { operationId: 'getLeaderboardConfig' });
    assert.deepEqual(body.points, { ...DEFAULT_POINTS, 'kudos-received': 7, 'kudos-given': 0 });
    await compareAll(['zz-1'], 'configured points');
    await s.db.query(`update leaderboard_settings set points = '{}'`);
  });
});

describe('leaderboard: bad input', () => {
  const fieldsOf = async (path: string, init?: { method?: string; body?: unknown }) => {
    const { status, body } = await s.json(CHLOE, init?.method ?? 'GET', path, init?.body === undefined ? {} : { body: init.body });
    assert.equal(status, 400, path);
    assert.equal(body.error.code, 'validation', path);
    return body.error.fields.map((f: { field: string }) => f.field) as string[];
  };

  it('answers 400 naming the field for a huge limit, a bad enum value, a NUL or a number that is not whole', async () => {
    assert.deepEqual(await fieldsOf('/leaderboard/board?limit=100000'), ['limit']);
    assert.deepEqual(await fieldsOf('/leaderboard/board?limit=1e400'), ['limit']);
    assert.deepEqual(await fieldsOf('/leaderboard/board?period=year'), ['period']);
    assert.deepEqual(await fieldsOf('/leaderboard/board?metric=%00'), ['metric']);
    assert.deepEqual(await fieldsOf('/leaderboard/board?scope=teams&teamScore=median'), ['teamScore']);
    assert.deepEqual(await fieldsOf('/leaderboard/board?around=2.5'), ['around']);
    assert.deepEqual(await fieldsOf('/leaderboard/board?around=-1'), ['around']);
  });

  it('answers 400 to a body of the wrong shape or a key with a NUL', async () => {
    assert.ok((await fieldsOf('/leaderboard/me/opt-out', { method: 'PUT', body: { optedOut: 'yes' } })).length);
    assert.ok((await fieldsOf('/leaderboard/me/announced', { method: 'PUT', body: { keys: 'first-kudos' } })).length);
    assert.ok((await fieldsOf('/leaderboard/me/announced', { method: 'PUT', body: { keys: Array.from({ length: 101 }, (_, i) => `k${i}`) } })).length);
    assert.deepEqual(await fieldsOf('/leaderboard/me/announced', { method: 'PUT', body: { keys: ['first-kudos:\u0000'] } }), ['keys']);
  });
});

describe('leaderboard: 10,000 people', () => {
  let big: TestServer;
  before(async () => {
    big = await startTestServer({ seed: false });
    await big.db.query(`insert into teams (id, name, position) values ('big', 'Big team', 100)`);
    await big.db.query(
      `insert into people (id, name, team_id) select 'big-' || lpad(n::text, 5, '0'), 'Person ' || (n % 97), 'big' from generate_series(1, 10000) n`,
    );
    // Person n receives n % 5 + 1 kudos from big-00001: 2,000 tie at each score.
    await big.db.query(
      `insert into kudos (id, author_id, recipient_ids, message, value_id, visibility, created_at)
       select 'big-k-' || n || '-' || i, 'big-00001', array['big-' || lpad(n::text, 5, '0')], 'Thanks', null, 'public', $1::timestamptz - (i || ' minutes')::interval
       from generate_series(1, 10000) n cross join lateral generate_series(1, n % 5 + 1) i`,
      [new Date(T0).toISOString()],
    );
  });
  after(async () => {
    await big?.close();
  });

  it('ranks them in SQL: the top 10 with the ties cut counted, the viewer pinned, and the rows around them', async () => {
    const viewer = 'big-05000';
    const query: BoardQuery = { period: 'all', metric: 'kudos-received', scope: 'people', teamScore: 'total', limit: 10 };
    const top = await big.json(viewer, 'GET', `/leaderboard/board${search(query)}`, { operationId: 'getBoard' });
    assert.equal(top.status, 200);
    assert.equal(top.body.total, 10_000);
    assert.equal(top.body.rows.length, 10);
    assert.equal(top.body.rows[0].score, 5);
    assert.equal(top.body.moreTied, 2000 - 10, 'the 2,000 people with 5 kudos, less the 10 shown');
    // big-05000 has 5000 % 5 + 1 = 1 kudos: after the 8,000 with more, tied with 1,999 others.
    assert.deepEqual([top.body.me.rank, top.body.me.score, top.body.me.tied, top.body.me.isMe], [8001, 1, true, true]);
    const near = await big.json(viewer, 'GET', `/leaderboard/board${search({ ...query, around: 2 })}`, { operationId: 'getBoard' });
    assert.equal(near.body.rows.length, 5);
    assert.equal(near.body.rows[2].entrant.id, viewer);
    assert.equal(near.body.me, null);
  });
});
