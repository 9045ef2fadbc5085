import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { key, startTestServer, type TestServer } from './helpers.js';
import { KWAME } from './polls.helpers.js';

/*
 * A page on the same site (a sibling intranet host) cannot change anything on the user's behalf:
 * edge/forgery.ts refuses a change without a JSON Content-Type (what a form or a no-cors fetch
 * sends) and one the browser says came from another site, before any route runs.
 */
describe('forged requests', () => {
  let s: TestServer;
  let pollId: string;
  before(async () => {
    s = await startTestServer();
    const made = await s.json(KWAME, 'POST', '/polls', {
      body: plainPollDraft('Which snack?', ['Apples', 'Nuts']),
      headers: { 'Idempotency-Key': key() },
      operationId: 'createPoll',
    });
    pollId = made.body.id;
  });
  after(() => s.close());

  const status = async () => (await s.json(KWAME, 'GET', `/polls/${pollId}`)).body.status;

  it('refuses a bodiless close sent as a form or as text, and the poll stays open', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await s.json(KWAME, 'POST', `/polls/${pollId}/close`, { headers: { 'content-type': type }, operationId: 'closePoll' });
      assert.equal(res.status, 400, type);
      assert.equal(res.body.error.fields[0].field, 'body');
    }
    assert.equal(await status(), 'open');
  });

  it('refuses a change the browser says came from another site, even as JSON', async () => {
    for (const site of ['same-site', 'cross-site']) {
      const res = await s.json(KWAME, 'POST', `/polls/${pollId}/close`, { headers: { 'Sec-Fetch-Site': site }, operationId: 'closePoll' });
      assert.deepEqual([res.status, res.body.error.code], [403, 'forbidden'], site);
    }
    const feedback = await s.json(null, 'POST', '/feedback', {
      body: { categoryId: 'workplace', message: 'The meeting rooms are always booked.', score: null },
      headers: { 'Idempotency-Key': key(), 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(feedback.status, 403, 'the anonymous side too');
    assert.equal(await status(), 'open');
  });

  it("accepts the page's own JSON request", async () => {
    const res = await s.json(KWAME, 'POST', `/polls/${pollId}/close`, { headers: { 'Sec-Fetch-Site': 'same-origin' }, operationId: 'closePoll' });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'closed');
  });
});
