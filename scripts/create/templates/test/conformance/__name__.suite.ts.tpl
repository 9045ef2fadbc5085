import assert from 'node:assert/strict';
import type { {{Name}}Port } from '../../src/adapter/{{name}}.port.js';
import { isAbort } from '../../src/core/errors.js';
import { rejection } from './assertions.js';
import { conformanceSuite } from './harness.js';
import type { ConformanceTarget } from './target.js';

/*
 * The {{name}} conformance suite, scaffolded by `npm run create {{name}}`: what any backend behind
 * the `{{camel}}` port must do, through the port only. Every target runs it (suites.ts finds it by
 * its file name). Check ids start with `{{name}}.`.
 */
export default function {{camel}}Conformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: '{{name}}', everyone: ['a'], port: '{{camel}}' }, (suite) => {
    const { check, u } = suite;
    const port = (): {{Name}}Port => u('a').adapter.{{camel}}!;

    check('{{name}}.get', 'answers a title and a list of items', {}, async () => {
      const value = await port().get{{Name}}();
      assert.equal(typeof value.title, 'string');
      assert.ok(value.title.length > 0, 'the title is not empty');
      assert.ok(Array.isArray(value.items), 'items is a list');
      for (const item of value.items) assert.equal(typeof item, 'string');
    });

    check('{{name}}.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(port().get{{Name}}({ signal: AbortSignal.abort() }), 'get{{Name}} with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
