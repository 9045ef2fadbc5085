import assert from 'node:assert/strict';
import type { ShareCardPort } from '../../src/adapter/share-card.port.js';
import { isAbort } from '../../src/core/errors.js';
import { rejection } from './assertions.js';
import { conformanceSuite } from './harness.js';
import type { ConformanceTarget } from './target.js';

/*
 * The share-card conformance suite, scaffolded by `npm run create share-card`: what any backend behind
 * the `shareCard` port must do, through the port only. Every target runs it (suites.ts finds it by
 * its file name). Check ids start with `share-card.`.
 */
export default function shareCardConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'share-card', everyone: ['a'], port: 'shareCard' }, (suite) => {
    const { check, u } = suite;
    const port = (): ShareCardPort => u('a').adapter.shareCard!;

    check('share-card.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(port().listPosts({}, { signal: AbortSignal.abort() }), 'listPosts with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
