import assert from 'node:assert/strict';
import type { InsightsPort } from '../../src/adapter/insights.port.js';
import { isAbort } from '../../src/core/errors.js';
import { rejection } from './assertions.js';
import { conformanceSuite } from './harness.js';
import type { ConformanceTarget } from './target.js';

/*
 * The insights conformance suite, scaffolded by `npm run create insights`: what any backend behind
 * the `insights` port must do, through the port only. Every target runs it (suites.ts finds it by
 * its file name). Check ids start with `insights.`.
 */
export default function insightsConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'insights', everyone: ['a'], port: 'insights' }, (suite) => {
    const { check, u } = suite;
    const port = (): InsightsPort => u('a').adapter.insights!;

    check('insights.get', 'answers a title and a list of items', {}, async () => {
      const value = await port().getInsights();
      assert.equal(typeof value.title, 'string');
      assert.ok(value.title.length > 0, 'the title is not empty');
      assert.ok(Array.isArray(value.items), 'items is a list');
      for (const item of value.items) assert.equal(typeof item, 'string');
    });

    check('insights.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(port().getInsights({ signal: AbortSignal.abort() }), 'getInsights with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
