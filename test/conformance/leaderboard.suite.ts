import assert from 'node:assert/strict';
import type { LeaderboardPort } from '../../src/adapter/leaderboard.port.js';
import { ValidationError, isAbort } from '../../src/core/errors.js';
import {
  BADGES,
  METRICS,
  PERIODS,
  compareEntries,
  periodBounds,
  type Board,
  type BoardQuery,
  type LeaderboardConfig,
  type Row,
} from '../../src/core/leaderboard.js';
import { rejectsWith, rejection } from './assertions.js';
import { conformanceSuite } from './harness.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The leaderboard conformance suite: what any backend behind the `leaderboard` port must do,
 * through the port only, by core's rules (src/core/leaderboard.*.ts). Boards are checked against
 * the rules themselves (standard competition ranks, core's tie order, exactly N rows and
 * moreTied, the viewer pinned or centred), so the checks hold on a backend with any activity; a
 * kudos from a to b moves both by the configured points. c opts out and back in. Check ids start
 * with `leaderboard.`.
 */

const ALL: BoardQuery = { period: 'all', metric: 'points', scope: 'people', teamScore: 'total', limit: 100 };

/** Ranks, ties and order of a board's rows from the top, as core's rules say. */
function assertRanked(board: Board, what: string): void {
  board.rows.forEach((row, i) => {
    const before = board.rows[i - 1];
    const after = board.rows[i + 1];
    assert.ok(row.score > 0, `${what}: only scores above 0 are ranked`);
    if (before) {
      assert.ok(before.score >= row.score, `${what}: scores descend`);
      assert.equal(row.rank, before.score === row.score ? before.rank : i + 1, `${what}: row ${i + 1} has the standard competition rank`);
      const key = (r: Row) => ({ score: r.score, name: r.entrant.pseudonym ?? r.entrant.name, id: r.entrant.id });
      if (!before.isMe && !row.isMe)
        assert.ok(compareEntries(key(before), key(row)) < 0, `${what}: ties in core's order (${before.entrant.id}, ${row.entrant.id})`);
    } else assert.equal(row.rank, 1, `${what}: the first row is 1st`);
    const tied = before?.rank === row.rank || after?.rank === row.rank || (!after && board.moreTied > 0);
    assert.equal(row.tied, tied, `${what}: row ${i + 1} says whether it is tied`);
    assert.deepEqual(
      row.badges,
      (Object.keys(BADGES) as (keyof typeof BADGES)[]).filter((id) => row.badges.includes(id)),
      `${what}: badges in catalogue order, once each`,
    );
  });
  assert.ok(board.total >= board.rows.length, `${what}: total counts every ranked entrant`);
}

export default function leaderboardConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'leaderboard', everyone: ['a', 'b'], port: 'leaderboard' }, (suite) => {
    const { check, u, id, key } = suite;
    const board = (k: UserKey): LeaderboardPort => u(k).adapter.leaderboard!;
    let config: LeaderboardConfig;
    suite.onReady(async () => {
      config = await board('a').getLeaderboardConfig();
    });

    check('leaderboard.config', "says the backend's points (whole numbers) and opt-out policy", {}, async () => {
      assert.ok(['hide', 'pseudonym'].includes(config.optOutPolicy));
      for (const points of Object.values(config.points)) assert.ok(Number.isInteger(points) && points >= 0, 'whole points');
      assert.ok(config.maxLimit >= 10 && config.maxAround >= 1);
    });

    check('leaderboard.ranks', 'ranks every period, metric and scope by standard competition ranking, ties in core order', {}, async () => {
      for (const period of PERIODS)
        for (const metric of METRICS)
          for (const [scope, teamScore] of [
            ['people', 'total'],
            ['teams', 'total'],
            ['teams', 'per-head'],
          ] as const) {
            const shown = await board('a').getBoard({ period, metric, scope, teamScore, limit: config.maxLimit });
            assertRanked(shown, `${period} ${metric} ${scope} ${teamScore}`);
            for (const row of shown.rows) assert.equal(row.entrant.kind, scope === 'teams' ? 'team' : 'person');
            if (scope === 'teams' && teamScore === 'per-head')
              for (const row of shown.rows) assert.equal(Math.round(row.score * 100) / 100, row.score, 'per head is rounded to hundredths');
          }
    });

    check('leaderboard.periods', "bounds each period in UTC, and a longer period's score is never lower", {}, async () => {
      const now = Date.now();
      const month = await board('a').getBoard({ ...ALL, period: 'month' });
      const expected = periodBounds('month', now);
      assert.deepEqual(month.period, expected, 'this calendar month in UTC');
      assert.deepEqual((await board('a').getBoard({ ...ALL, period: 'all' })).period, { from: null, to: null });
      assert.equal((await board('a').getBoard({ ...ALL, period: 'rolling-30' })).period.to, null, 'rolling 30 days has no end');
      const score = async (period: BoardQuery['period']) => {
        const b = await board('a').getBoard({ ...ALL, period, limit: 1 });
        return (b.me ?? b.rows.find((r) => r.isMe))?.score ?? 0;
      };
      assert.ok((await score('all')) >= (await score('quarter')), 'all time ≥ this quarter');
      assert.ok((await score('quarter')) >= (await score('month')), 'this quarter ≥ this month');
      assert.ok((await score('all')) >= (await score('rolling-30')), 'all time ≥ the last 30 days');
    });

    check('leaderboard.points', "a public kudos adds the configured points to its giver's and its recipient's score and badges", {}, async () => {
      const before = { a: await board('a').getMySummary(), b: await board('b').getMySummary() };
      await u('a').adapter.kudos!.giveKudos(
        { recipientIds: [id('b')], message: `Thanks for the leaderboard check ${suite.run}.`, valueId: null, image: null, visibility: 'public' },
        { idempotencyKey: key() },
      );
      const after = { a: await board('a').getMySummary(), b: await board('b').getMySummary() };
      assert.equal(after.a.score, before.a.score + config.points['kudos-given'], "the giver's points");
      assert.equal(after.b.score, before.b.score + config.points['kudos-received'], "the recipient's points");
      assert.ok(
        after.a.badges.some((b) => b.id === 'first-kudos' && b.personId === id('a')),
        'the giver has the first-kudos badge',
      );
      const shown = await board('a').getBoard({ ...ALL, limit: 1 });
      const mine = shown.me ?? shown.rows.find((r) => r.isMe)!;
      assert.equal(mine.rank, after.a.rank, 'the summary and the board agree on the rank');
      assert.deepEqual(
        mine.badges,
        (Object.keys(BADGES) as (keyof typeof BADGES)[]).filter((badge) => after.a.badges.some((b) => b.id === badge)),
        "the viewer's row shows their badges",
      );
    });

    check(
      'leaderboard.top-n',
      'answers exactly N rows from the top, moreTied counting the ties cut, the viewer pinned when below',
      { exclusive: true },
      async () => {
        const full = await board('a').getBoard({ ...ALL, limit: config.maxLimit });
        const meRow = full.rows.find((r) => r.isMe) ?? full.me;
        assert.ok(meRow, 'a is ranked (they gave a kudos)');
        for (let n = 1; n <= Math.min(full.rows.length, 12); n++) {
          const top = await board('a').getBoard({ ...ALL, limit: n });
          assert.deepEqual(top.rows, full.rows.slice(0, n), `top ${n} is the full board cut at ${n}`);
          const cut = full.rows.slice(n).filter((r) => r.rank === full.rows[n - 1]!.rank).length;
          if (full.rows.length < full.total && cut === full.rows.length - n) assert.ok(top.moreTied >= cut);
          else assert.equal(top.moreTied, cut, `top ${n}: moreTied counts those tied with the last row`);
          assert.equal(top.total, full.total);
          assert.deepEqual(top.me, top.rows.some((r) => r.isMe) ? null : meRow, `top ${n}: me pinned exactly when cut off`);
        }
      },
    );

    check('leaderboard.pages', 'pages through the board with offset: each page is the full board cut there', { exclusive: true }, async () => {
      const full = await board('a').getBoard({ ...ALL, limit: config.maxLimit });
      assert.ok(full.rows.length >= 3, 'enough rows to page');
      for (const size of [1, 2]) {
        const pages = [];
        for (let offset = 0; offset < full.rows.length; offset += size) pages.push(...(await board('a').getBoard({ ...ALL, limit: size, offset })).rows);
        assert.deepEqual(pages, full.rows, `pages of ${size}`);
      }
      const beyond = await board('a').getBoard({ ...ALL, limit: 5, offset: full.total });
      assert.deepEqual(beyond.rows, [], 'past the end: no rows');
      assert.equal(beyond.total, full.total, 'still says how many are ranked');
    });

    check('leaderboard.around', "answers the rows either side of the viewer's", { exclusive: true }, async () => {
      const full = await board('a').getBoard({ ...ALL, limit: config.maxLimit });
      const at = full.rows.findIndex((r) => r.isMe);
      assert.ok(at >= 0, 'a is within the first rows');
      for (const around of [0, 1, 3]) {
        const near = await board('a').getBoard({ ...ALL, around });
        assert.deepEqual(near.rows, full.rows.slice(Math.max(0, at - around), at + around + 1), `${around} either side`);
        assert.equal(near.me, null, 'the viewer is among the rows');
      }
    });

    check(
      'leaderboard.opt-out',
      'a person who opts out is left out or pseudonymous to others, themself to themself, and back on opting in',
      { users: ['c'] },
      async () => {
        await u('c').adapter.kudos!.giveKudos(
          { recipientIds: [id('a')], message: `Thanks from the opt-out check ${suite.run}.`, valueId: null, image: null, visibility: 'public' },
          { idempotencyKey: key() },
        );
        const before = await board('a').getBoard({ ...ALL, limit: config.maxLimit });
        const cRow = before.rows.find((r) => r.entrant.id === id('c'));
        try {
          assert.equal((await board('c').setOptOut(true)).optedOut, true);
          const seen = await board('a').getBoard({ ...ALL, limit: config.maxLimit });
          assertRanked(seen, 'with c opted out');
          assert.ok(!seen.rows.some((r) => r.entrant.id === id('c') || r.entrant.name === u('c').me.name), 'c is not named to others');
          if (config.optOutPolicy === 'pseudonym' && cRow) {
            const hidden = seen.rows.filter((r) => r.entrant.pseudonym && r.score === cRow.score);
            assert.ok(hidden.length >= 1, 'c is shown under a pseudonym with their score');
            for (const row of hidden) {
              assert.equal(row.entrant.name, '', 'no name');
              assert.deepEqual(row.badges, [], 'no badges (they could name them)');
              assert.match(row.entrant.pseudonym!, /^[0-9A-F]{6}$/);
            }
            const again = await board('a').getBoard({ ...ALL, limit: config.maxLimit });
            assert.deepEqual(
              again.rows.filter((r) => r.entrant.pseudonym).map((r) => r.entrant),
              seen.rows.filter((r) => r.entrant.pseudonym).map((r) => r.entrant),
              'the pseudonym is stable',
            );
          }
          if (config.optOutPolicy === 'hide' && cRow && suite.caps.exclusive) assert.equal(seen.total, before.total - 1, 'c is left out of the total');
          const own = await board('c').getBoard({ ...ALL, limit: config.maxLimit });
          assert.equal(own.meOptedOut, true, 'c sees they opted out');
          const mine = own.me ?? own.rows.find((r) => r.isMe);
          if (config.optOutPolicy === 'pseudonym') assert.equal(mine?.entrant.name, u('c').me.name, 'c sees their own name');
          else assert.equal(mine, undefined, 'c is not on the board');
        } finally {
          assert.equal((await board('c').setOptOut(false)).optedOut, false);
        }
        const back = await board('a').getBoard({ ...ALL, limit: config.maxLimit });
        if (cRow) assert.equal(back.rows.find((r) => r.entrant.id === id('c'))?.entrant.name, u('c').me.name, 'c is named again');
      },
    );

    check('leaderboard.badges', 'announces each badge once: a marked key is no longer unannounced', {}, async () => {
      const summary = await board('a').getMySummary();
      assert.equal(summary.personId, id('a'));
      assert.equal(new Set(summary.badges.map((b) => b.key)).size, summary.badges.length, 'keys are unique');
      for (const badge of summary.badges) assert.ok(badge.id in BADGES && badge.personId === id('a'));
      const times = summary.badges.map((b) => b.earnedAt);
      assert.deepEqual(times, [...times].sort(), 'oldest first');
      if (!summary.unannounced.length) return;
      const [first] = summary.unannounced;
      const marked = await board('a').markBadgesAnnounced([first!, 'not-a-badge-key']);
      assert.ok(!marked.unannounced.includes(first!), 'marked');
      assert.deepEqual((await board('a').getMySummary()).unannounced, marked.unannounced, 'remembered');
    });

    check('leaderboard.bad-query', 'refuses a query outside the limits or with an unknown period, metric or scope', {}, async () => {
      const bad: Partial<BoardQuery>[] = [
        { limit: 0 },
        { limit: config.maxLimit + 1 },
        { limit: 2.5 },
        { around: config.maxAround + 1 },
        { around: -1 },
        { offset: -1 },
        { offset: 1.5 },
      ];
      for (const change of bad) await rejectsWith(board('a').getBoard({ ...ALL, ...change }), ValidationError, JSON.stringify(change));
      for (const change of [{ period: 'year' }, { metric: 'likes' }, { scope: 'everyone' }, { teamScore: 'median' }])
        await rejectsWith(board('a').getBoard({ ...ALL, ...(change as unknown as Partial<BoardQuery>) }), ValidationError, JSON.stringify(change));
    });

    check('leaderboard.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(board('a').getBoard(ALL, { signal: AbortSignal.abort() }), 'getBoard with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
