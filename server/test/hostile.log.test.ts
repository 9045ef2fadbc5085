import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DevSessionAuth } from '../auth/session.js';
import { captureConsole } from './feedback.helpers.js';
import { BASE, CHLOE, SECRET, startTestServer, T0, type TestServer } from './helpers.js';

/*
 * A failing request's path is logged as one quoted line: a `%0A` (or `%0D`) in it cannot start
 * a line of its own that an operator (or a log parser) would take for the server's.
 */
describe("a failing request's path in the log", () => {
  let s: TestServer;
  const auth = new DevSessionAuth({ secret: SECRET, path: BASE, now: () => T0 });
  before(async () => (s = await startTestServer({ auth })));
  after(() => s.close());

  it('cannot forge a log line', async () => {
    const authenticate = auth.authenticate.bind(auth);
    auth.authenticate = () => Promise.reject(new Error('the database is down'));
    try {
      const { result, output } = await captureConsole(() => s.call(CHLOE, 'GET', '/kudos/k-1%0Achorus:%20admin%20signed%20in%0D%0Achorus:%20forged'));
      assert.equal(result.status, 500);
      const lines = output.split('\n');
      assert.ok(
        lines.some((l) => l.startsWith('chorus: request failed:')),
        output,
      );
      assert.deepEqual(
        lines.filter((l) => /^chorus: (admin|forged)/.test(l)),
        [],
      );
    } finally {
      auth.authenticate = authenticate;
    }
  });
});
