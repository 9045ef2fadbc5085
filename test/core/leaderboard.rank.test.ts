import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Activity, ActivityKind, BoardQuery } from '../../src/core/leaderboard.domain.js';
import { pseudonym, rankBoard, rankChange, type BoardInput, type Directory } from '../../src/core/leaderboard.rank.js';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const NAMES: Record<string, [string, string]> = {
  ana: ['Ana', 'red'],
  bo: ['Bo', 'red'],
  cy: ['Cy', 'red'],
  di: ['Di', 'red'],
  ed: ['Ed', 'blue'],
  flo: ['Flo', 'green'],
};
const directory = (names = NAMES): Directory => ({
  people: new Map(Object.entries(names).map(([id, [name, teamId]]) => [id, { name, teamId }])),
  teams: new Map(['Red', 'Blue', 'Green'].map((name) => [name.toLowerCase(), { name }])),
});

/** `count` activities of `kind` for `personId` on `day` (of December 2026 unless an ISO date). */
function did(personId: string, count: number, kind: ActivityKind = 'share', day = '2026-12-01T10:00:00Z', teamId = NAMES[personId]?.[1] ?? 'red'): Activity[] {
  return Array.from({ length: count }, () => ({ kind, personId, teamId, at: day }));
}

const query = (overrides: Partial<BoardQuery> = {}): BoardQuery => ({
  period: 'month',
  metric: 'shares',
  scope: 'people',
  teamScore: 'total',
  limit: 10,
  ...overrides,
});
const board = (activities: Activity[], overrides: Partial<BoardInput> = {}) =>
  rankBoard({
    activities,
    query: query(),
    now: NOW,
    viewerId: null,
    directory: directory(),
    optOut: { policy: 'hide', people: new Set(), secret: 's3cret' },
    ...overrides,
  });
const table = (rows: { rank: number; tied: boolean; entrant: { id: string }; score: number }[]) =>
  rows.map((r) => `${r.rank}${r.tied ? '=' : ''} ${r.entrant.id} ${r.score}`);

describe('leaderboard ranking', () => {
  it('ranks ties as ties: 1, 2, 2, 4, ordered by name among them', () => {
    const b = board([...did('di', 1), ...did('cy', 3), ...did('ana', 5), ...did('bo', 3)]);
    expect(table(b.rows)).to.deep.equal(['1 ana 5', '2= bo 3', '2= cy 3', '4 di 1']);
    expect(b.total).to.equal(4);
  });

  it('orders tied entrants by name case-insensitively, then name, then id, whatever the input order', () => {
    const names: Record<string, [string, string]> = { z: ['Zoe', 'red'], a2: ['ana', 'red'], a1: ['Ana', 'red'], s2: ['Sam', 'red'], s1: ['Sam', 'red'] };
    const activities = ['z', 's2', 'a2', 's1', 'a1'].flatMap((id) => did(id, 2));
    const rows = board(activities, { directory: directory(names) }).rows;
    expect(rows.map((r) => r.entrant.id)).to.deep.equal(['a1', 'a2', 's1', 's2', 'z']);
    expect(rows.every((r) => r.rank === 1 && r.tied)).to.equal(true);
  });

  it('shows exactly N rows when a tie crosses the boundary, placed by name, and counts the tied ones unseen', () => {
    const activities = [...did('ana', 5), ...did('bo', 4), ...did('ed', 3), ...did('cy', 3), ...did('di', 3), ...did('flo', 1)];
    const top3 = board(activities, { query: query({ limit: 3 }) });
    expect(table(top3.rows)).to.deep.equal(['1 ana 5', '2 bo 4', '3= cy 3']);
    expect(top3.moreTied).to.equal(2);
    // Ed, tied 3rd but cut off, still sees their own row and rank.
    expect(board(activities, { query: query({ limit: 3 }), viewerId: 'ed' }).me).to.include({ rank: 3, tied: true });
    expect(board(activities, { query: query({ limit: 5 }) }).moreTied).to.equal(0);
    expect(board(activities, { query: query({ limit: 2 }) }).moreTied).to.equal(0);
    expect(board(activities, { query: query({ limit: 0 }) })).to.include({ moreTied: 0, total: 6 });
  });

  it('pins the viewer’s row when outside the top N, and only then', () => {
    const activities = [...did('ana', 5), ...did('bo', 4), ...did('cy', 3), ...did('di', 2), ...did('ed', 1)];
    const outside = board(activities, { query: query({ limit: 2 }), viewerId: 'di' });
    expect(outside.rows.map((r) => r.entrant.id)).to.deep.equal(['ana', 'bo']);
    expect(outside.me).to.include({ rank: 4, isMe: true, score: 2 });
    expect(outside.total).to.equal(5);
    const inside = board(activities, { query: query({ limit: 2 }), viewerId: 'bo' });
    expect(inside.me).to.equal(null);
    expect(inside.rows.map((r) => r.isMe)).to.deep.equal([false, true]);
    // Flo did nothing this month: not ranked, nothing pinned.
    expect(board(activities, { viewerId: 'flo' }).me).to.equal(null);
  });

  it('shows the board around the viewer on request', () => {
    const activities = [...did('ana', 6), ...did('bo', 5), ...did('cy', 4), ...did('di', 3), ...did('ed', 2), ...did('flo', 1)];
    const around = board(activities, { query: query({ limit: 1, around: 1 }), viewerId: 'di' });
    expect(table(around.rows)).to.deep.equal(['3 cy 4', '4 di 3', '5 ed 2']);
    expect(around.me).to.equal(null);
    expect(board(activities, { query: query({ around: 2 }), viewerId: 'ana' }).rows.map((r) => r.rank)).to.deep.equal([1, 2, 3]);
  });

  it('scores teams as a total or per head of the directory’s team size', () => {
    // Red has four people (8 shares), Blue one (3 shares), Green one (1 share by Flo, counted under the team it was recorded in).
    const activities = [...did('ana', 5), ...did('bo', 3), ...did('ed', 3), ...did('flo', 1)];
    expect(table(board(activities, { query: query({ scope: 'teams' }) }).rows)).to.deep.equal(['1 red 8', '2 blue 3', '3 green 1']);
    expect(table(board(activities, { query: query({ scope: 'teams', teamScore: 'per-head' }) }).rows)).to.deep.equal(['1 blue 3', '2 red 2', '3 green 1']);
    // 10 over 3 people shows and ranks as 3.33.
    const three = directory({ ana: ['Ana', 'red'], bo: ['Bo', 'red'], cy: ['Cy', 'red'] });
    expect(board(did('ana', 10), { directory: three, query: query({ scope: 'teams', teamScore: 'per-head' }) }).rows[0]!.score).to.equal(3.33);
    const mine = board(activities, { query: query({ scope: 'teams', limit: 1 }), viewerId: 'flo' });
    expect(mine.me).to.include({ rank: 3, isMe: true });
  });

  it('leaves hidden opted-out people out of rows, team sums and team sizes', () => {
    const activities = [...did('ana', 5), ...did('bo', 4), ...did('cy', 3)];
    const optOut = { policy: 'hide' as const, people: new Set(['ana']), secret: 's' };
    const b = board(activities, { optOut, viewerId: 'ana' });
    expect(table(b.rows)).to.deep.equal(['1 bo 4', '2 cy 3']);
    expect(b.me).to.equal(null);
    expect(b.meOptedOut).to.equal(true);
    // Red: Bo and Cy's 7 shares over 3 people still counted (Ana is not one of them any more).
    expect(board(activities, { optOut, query: query({ scope: 'teams', teamScore: 'per-head' }) }).rows[0]!.score).to.equal(2.33);
  });

  it('shows opted-out people under a stable pseudonym that is neither their name nor their id', () => {
    const activities = [...did('ana', 5), ...did('bo', 4)];
    const optOut = { policy: 'pseudonym' as const, people: new Set(['ana']), secret: 'install-1' };
    const badges = new Map([['ana', ['first-kudos' as const]]]);
    const first = board(activities, { optOut, badges }).rows[0]!;
    expect(first.rank).to.equal(1);
    expect(first.entrant.pseudonym).to.match(/^[0-9A-F]{6}$/);
    expect(first.entrant.name).to.equal('');
    expect(first.badges).to.deep.equal([]);
    expect(JSON.stringify(first)).not.to.match(/ana/i);
    expect(board(activities.slice().reverse(), { optOut }).rows[0]!.entrant).to.deep.equal(first.entrant);
    expect(pseudonym('install-2', 'ana').code).not.to.equal(first.entrant.pseudonym);
    expect(pseudonym('install-1', 'bo').code).not.to.equal(first.entrant.pseudonym);
    // The viewer sees their own name on their own row; teams never name anyone.
    const own = board(activities, { optOut, viewerId: 'ana' }).rows[0]!;
    expect(own.entrant).to.include({ name: 'Ana', pseudonym: first.entrant.pseudonym, id: first.entrant.id });
    expect(JSON.stringify(board(activities, { optOut, query: query({ scope: 'teams' }) }).rows)).not.to.match(/ana/i);
  });

  it('says how each rank changed since the previous period', () => {
    const november = '2026-11-15T10:00:00Z';
    const activities = [...did('ana', 1, 'share', november), ...did('bo', 3, 'share', november), ...did('cy', 2, 'share', november)];
    activities.push(...did('ana', 3), ...did('bo', 2), ...did('cy', 1), ...did('di', 1));
    const rows = board(activities).rows;
    expect(rows.map((r) => [r.entrant.id, r.previousRank, r.change, r.changeBy])).to.deep.equal([
      ['ana', 3, 'up', 2],
      ['bo', 1, 'down', 1],
      ['cy', 2, 'down', 1],
      ['di', null, 'new', 0],
    ]);
    expect([rankChange(4, 1), rankChange(1, 4), rankChange(2, 2), rankChange(null, 7)]).to.deep.equal([
      { change: 'up', by: 3 },
      { change: 'down', by: 3 },
      { change: 'same', by: 0 },
      { change: 'new', by: 0 },
    ]);
  });

  it('keeps ranks consistent and ignores the order activity arrives in (property)', () => {
    const people = Object.keys(NAMES);
    const activity = fc.record({
      kind: fc.constantFrom<ActivityKind>('kudos-given', 'kudos-received', 'share', 'share-click', 'poll-vote'),
      personId: fc.constantFrom(...people),
      teamId: fc.constantFrom('red', 'blue', 'green'),
      at: fc.integer({ min: Date.parse('2026-10-01T00:00:00Z'), max: NOW }).map((t) => new Date(t).toISOString()),
    });
    const settings = fc.record({
      metric: fc.constantFrom('points' as const, 'kudos-received' as const, 'kudos-given' as const, 'shares' as const),
      scope: fc.constantFrom('people' as const, 'teams' as const),
      teamScore: fc.constantFrom('total' as const, 'per-head' as const),
      period: fc.constantFrom('week' as const, 'month' as const, 'quarter' as const, 'all' as const, 'rolling-30' as const),
      policy: fc.constantFrom('hide' as const, 'pseudonym' as const),
    });
    fc.assert(
      fc.property(
        fc.array(activity, { maxLength: 60 }),
        settings,
        fc.subarray(people),
        fc.integer(),
        fc.nat(7),
        fc.constantFrom(...people),
        (activities, s, optedOut, seed, limit, viewerId) => {
          const input = { query: query({ ...s, limit: 100 }), optOut: { policy: s.policy, people: new Set(optedOut), secret: 'x' } };
          const b = board(activities, input);
          b.rows.forEach((row, i) => {
            if (i > 0) expect(row.rank).to.be.at.least(b.rows[i - 1]!.rank);
            expect(row.rank).to.equal(1 + b.rows.filter((other) => other.score > row.score).length);
          });
          const shuffled = fc.sample(fc.shuffledSubarray(activities, { minLength: activities.length, maxLength: activities.length }), { numRuns: 1, seed })[0]!;
          expect(board(shuffled, input)).to.deep.equal(b);
          // The top N is the full board cut at N, the viewer pinned exactly when cut off.
          const top = board(activities, { ...input, query: query({ ...s, limit }), viewerId });
          const all = board(activities, { ...input, query: query({ ...s, limit: 100 }), viewerId }).rows;
          expect(top.rows).to.deep.equal(all.slice(0, limit));
          expect(top.moreTied).to.equal(limit ? all.slice(limit).filter((row) => row.rank === all[limit - 1]!.rank).length : 0);
          expect(top.me).to.deep.equal(all.slice(limit).find((row) => row.isMe) ?? null);
        },
      ),
      { numRuns: 200 },
    );
  });
});
