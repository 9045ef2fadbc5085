import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { CHLOE, draft, key, startTestServer, type TestServer } from './helpers.js';
import { KWAME } from './polls.helpers.js';

/*
 * Text a reader cannot see is refused, by the rules both backends share (src/core/text.ts,
 * text.rules.ts) and, for any text field, by the edge: a message of zero-width characters only
 * does not reach the minimum; a grapheme stacked with thousands of combining marks (Zalgo) and
 * half a surrogate pair are refused with a clear 400, never stored (PostgreSQL would keep U+FFFD).
 */
describe('text readers cannot see', () => {
  let s: TestServer;
  before(async () => (s = await startTestServer()));
  after(() => s.close());

  const count = async (sql: string) => Number((await s.db.query<{ n: number }>(sql))[0]!.n);
  const kudos = () => count('select count(*)::int as n from kudos');
  const give = (message: string) =>
    s.json(CHLOE, 'POST', '/kudos', { body: draft({ message }), headers: { 'Idempotency-Key': key() }, operationId: 'giveKudos' });
  const fields = (res: { body: { error: { fields?: { field: string; code: string }[] } } }) => res.body.error.fields?.map((f) => `${f.field}:${f.code}`);

  it('a kudos of zero-width characters only, or padded with them to the minimum, is too short', async () => {
    const before = await kudos();
    const only = await give('\u200b\u200c\u200d\u2060\ufeff'.repeat(20));
    assert.deepEqual([only.status, fields(only)], [400, ['message:required']]);
    const padded = await give(`Thanks${'\u200b'.repeat(20)}`);
    assert.deepEqual([padded.status, fields(padded)], [400, ['message:too-short']]);
    assert.equal(await kudos(), before);
  });

  it('feedback of zero-width characters only is refused', async () => {
    const res = await s.json(null, 'POST', '/feedback', {
      body: { categoryId: 'workplace', message: '\u200b'.repeat(40), score: 2 },
      headers: { 'Idempotency-Key': key() },
      operationId: 'sendFeedback',
    });
    assert.deepEqual([res.status, fields(res)], [400, ['message:required']]);
  });

  it('refuses 12 graphemes carrying 7,000 combining marks, and a one-grapheme question of 3,001 code points', async () => {
    const before = await kudos();
    const zalgo = Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i) + '\u0301\u0316\u0333'.repeat(7000 / 36 + 1)).join('');
    const flood = await give(zalgo);
    assert.deepEqual([flood.status, fields(flood)], [400, ['message:unreadable']]);
    assert.equal(await kudos(), before);
    const poll = await s.json(KWAME, 'POST', '/polls', {
      body: plainPollDraft(`Q${'\u0300'.repeat(3000)}`, ['Apples', 'Nuts']),
      headers: { 'Idempotency-Key': key() },
      operationId: 'createPoll',
    });
    assert.deepEqual([poll.status, fields(poll)], [400, ['question:unreadable']]);
  });

  it('refuses half a surrogate pair instead of storing U+FFFD', async () => {
    const before = await kudos();
    for (const half of ['\ud83d', '\ude00']) {
      const res = await give(`Thanks for the help ${half} yesterday!`);
      assert.deepEqual([res.status, fields(res)], [400, ['message:unreadable']], JSON.stringify(half));
      assert.match(res.body.error.fields[0].message, /character/);
    }
    assert.equal(await kudos(), before);
    assert.equal(await count("select count(*)::int as n from kudos where message like '%\uFFFD%'"), 0);
  });

  it('still takes real text: emoji sequences, accents, scripts that stack marks', async () => {
    const res = await give('Merci Zoë! 👩🏽‍💻👨‍👩‍👧‍👦 🏴󠁧󠁢󠁳󠁣󠁴󠁿 नमस्ते ཀྲྀ Tiếng Việt');
    assert.equal(res.status, 201, JSON.stringify(res.body));
  });
});
