import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { draft, key, startTestServer, CHLOE, NADIA, type TestServer } from './helpers.js';
import { KWAME } from './polls.helpers.js';

/*
 * Values PostgreSQL cannot store reach no SQL as a 500: a NUL (or another control character) in
 * any id, path, query or header is refused by the edge with the field named; one in a body, or a
 * date beyond year 9999, is refused as bad input by the server's backstop (server/errors.ts).
 */
describe('hostile ids and dates: 400, never 500', () => {
  let s: TestServer;
  before(async () => (s = await startTestServer()));
  after(() => s.close());

  const fieldOf = (res: { body: { error: { code: string; fields?: { field: string }[] } } }) => [res.body.error.code, res.body.error.fields?.[0]?.field];

  it('refuses a NUL in path and query ids, naming the parameter', async () => {
    const cases: [string, string, string][] = [
      [CHLOE, '/kudos/k%00x', 'kudosId'],
      [CHLOE, '/kudos?valueId=own%00it', 'valueId'],
      [CHLOE, '/kudos?teamId=t%00eng', 'teamId'],
      [CHLOE, '/kudos?personId=p%0001', 'personId'],
      [NADIA, '/feedback/inbox?categoryId=work%00place', 'categoryId'],
      [CHLOE, '/polls/p%00x', 'pollId'],
      [CHLOE, '/share/posts/post%00culture', 'postId'],
    ];
    for (const [user, path, field] of cases) {
      const res = await s.json(user, 'GET', path);
      assert.equal(res.status, 400, `${path} → ${res.status}`);
      assert.deepEqual(fieldOf(res), ['validation', field], path);
    }
  });

  it('refuses a NUL in a body id (a recipient, the dev sign-in) as bad input', async () => {
    const kudos = await s.json(CHLOE, 'POST', '/kudos', {
      body: draft({ recipientIds: ['p-0\u00003'] }),
      headers: { 'Idempotency-Key': key() },
      operationId: 'giveKudos',
    });
    assert.equal(kudos.status, 400);
    const session = await s.json(null, 'POST', '/session', { body: { userId: 'p-0\u00001' } });
    assert.equal(session.status, 400);
  });

  it('refuses a poll closing after year 9999', async () => {
    for (const closesAt of ['10000-01-01T00:00:00Z', '+010000-01-01T00:00:00Z', '9999-12-31T23:59:59-05:00']) {
      const res = await s.json(KWAME, 'POST', '/polls', {
        body: plainPollDraft('Which snack?', ['Apples', 'Nuts'], { closesAt }),
        headers: { 'Idempotency-Key': key() },
        operationId: 'createPoll',
      });
      assert.equal(res.status, 400, `${closesAt} → ${res.status} ${JSON.stringify(res.body)}`);
    }
  });
});
