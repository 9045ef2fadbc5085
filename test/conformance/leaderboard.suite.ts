import assert from 'node:assert/strict';
import type { LeaderboardPort } from '../../src/adapter/leaderboard.port.js';
import { isAbort } from '../../src/core/errors.js';
import { rejection } from './assertions.js';
import { conformanceSuite } from './harness.js';
import type { ConformanceTarget } from './target.js';

/*
 * The leaderboard conformance suite, scaffolded by `npm run create leaderboard`: what any backend behind
 * the `leaderboard` port must do, through the port only. Every target runs it (suites.ts finds it by
 * its file name). Check ids start with `leaderboard.`.
 */
export default function leaderboardConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'leaderboard', everyone: ['a'], port: 'leaderboard' }, (suite) => {
    const { check, u } = suite;
    const port = (): LeaderboardPort => u('a').adapter.leaderboard!;

    check('leaderboard.get', 'answers a title and a list of items', {}, async () => {
      const value = await port().getLeaderboard();
      assert.equal(typeof value.title, 'string');
      assert.ok(value.title.length > 0, 'the title is not empty');
      assert.ok(Array.isArray(value.items), 'items is a list');
      for (const item of value.items) assert.equal(typeof item, 'string');
    });

    check('leaderboard.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(port().getLeaderboard({ signal: AbortSignal.abort() }), 'getLeaderboard with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
