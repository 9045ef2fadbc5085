import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toFeedbackThread } from '../../src/core/feedback.view.js';
import { demoCompany } from '../../src/seed/index.js';
import type { FeedbackThread } from '../../src/core/feedback.js';
import { DEFAULT_FEEDBACK_CONFIG, summarize } from '../../src/core/feedback.rules.js';
import { CHLOE, NADIA, OLAFUR, T0, key, startTestServer, type TestServer } from './helpers.js';
import { KWAME, HOUR, draft, fieldsOf, sender, answer, setStatus } from './feedback.helpers.js';

describe('the seeded inbox (recipients)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(async () => {
    await s?.close();
  });

  const state = demoCompany(T0);
  const expected = state.feedback.map((t) => toFeedbackThread(t, new Map(state.people.map((p) => [p.id, p]))));

  it('seeds the embedded adapter’s threads and lists them newest first, exactly as it views them, page by page', async () => {
    const seen: FeedbackThread[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/feedback/inbox?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await s.json(KWAME, 'GET', query, { operationId: 'listFeedback' });
      assert.equal(page.status, 200);
      assert.ok(page.body.items.length <= 5);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 24);
    assert.deepEqual(seen, expected);
  });

  it('filters by category and status', async () => {
    const culture = await s.json(NADIA, 'GET', '/feedback/inbox?categoryId=culture&limit=100', { operationId: 'listFeedback' });
    assert.deepEqual(
      culture.body.items,
      expected.filter((t) => t.categoryId === 'culture'),
    );
    const closed = await s.json(OLAFUR, 'GET', '/feedback/inbox?status=closed&limit=100', { operationId: 'listFeedback' });
    assert.deepEqual(
      closed.body.items,
      expected.filter((t) => t.status === 'closed'),
    );
    const both = await s.json(KWAME, 'GET', '/feedback/inbox?status=open&categoryId=process', { operationId: 'listFeedback' });
    assert.deepEqual(
      both.body.items,
      expected.filter((t) => t.status === 'open' && t.categoryId === 'process'),
    );
    const badStatus = await s.json(KWAME, 'GET', '/feedback/inbox?status=lost', { operationId: 'listFeedback' });
    assert.deepEqual([badStatus.status, fieldsOf(badStatus)], [400, ['status:invalid']]);
    const badCursor = await s.json(KWAME, 'GET', '/feedback/inbox?cursor=nonsense', { operationId: 'listFeedback' });
    assert.deepEqual([badCursor.status, fieldsOf(badCursor)], [400, ['cursor:invalid']]);
  });

  it('summarizes per category and withholds groups under minGroupSize', async () => {
    const { status, body } = await s.json(KWAME, 'GET', '/feedback/summary', { operationId: 'getFeedbackSummary' });
    assert.equal(status, 200);
    assert.deepEqual(body, summarize(state.feedback, DEFAULT_FEEDBACK_CONFIG));
    type Group = { categoryId: string; responses: number | null; score: number | null };
    const group = (id: string): Group => (body.groups as Group[]).find((g) => g.categoryId === id)!;
    assert.deepEqual(group('leadership'), { categoryId: 'leadership', responses: null, score: null }, '4 threads: withheld');
    assert.deepEqual(group('ideas'), { categoryId: 'ideas', responses: null, score: null }, '3 threads: withheld');
    assert.equal(group('workplace').responses, 6);
    assert.equal(typeof group('workplace').score, 'number');
  });

  it('gets one thread by id; 404 for an unknown one', async () => {
    const one = await s.json(NADIA, 'GET', `/feedback/inbox/${expected[3]!.id}`, { operationId: 'getFeedbackById' });
    assert.deepEqual([one.status, one.body], [200, expected[3]]);
    const missing = await s.json(NADIA, 'GET', '/feedback/inbox/fb-nope', { operationId: 'getFeedbackById' });
    assert.deepEqual([missing.status, missing.body.error.code, missing.body.error.message], [404, 'not-found', 'No feedback with this id.']);
  });

  it('is 403 for everyone but recipients and admins, and 401 without a session', async () => {
    const id = expected[0]!.id;
    for (const [method, path, body] of [
      ['GET', '/feedback/inbox', undefined],
      ['GET', '/feedback/summary', undefined],
      ['GET', `/feedback/inbox/${id}`, undefined],
      ['POST', `/feedback/inbox/${id}/answers`, { message: 'Hello' }],
      ['PUT', `/feedback/inbox/${id}/status`, { status: 'closed' }],
    ] as const) {
      const headers = { 'Idempotency-Key': key() };
      const forbidden = await s.json(CHLOE, method, path, { body, headers });
      assert.deepEqual(
        [forbidden.status, forbidden.body.error.code, forbidden.body.error.message],
        [403, 'forbidden', 'Only feedback recipients can read the inbox.'],
        `${method} ${path}`,
      );
      const anonymous = await s.json(null, method, path, { body, headers });
      assert.deepEqual([anonymous.status, anonymous.body.error.code], [401, 'unauthenticated'], `${method} ${path}`);
    }
    // Nothing changed.
    assert.deepEqual((await s.json(KWAME, 'GET', `/feedback/inbox/${id}`)).body, expected[0]);
  });
});

// ---- the token flow -----------------------------------------------------------------------------

describe('the token flow', () => {
  let s: TestServer;
  let api: ReturnType<typeof sender>;
  before(async () => {
    s = await startTestServer();
    api = sender(s);
  });
  after(async () => {
    await s?.close();
  });

  it('serves the config to anyone, with or without a session', async () => {
    const anonymous = await api.config();
    assert.deepEqual([anonymous.status, anonymous.body], [200, DEFAULT_FEEDBACK_CONFIG]);
    assert.equal(anonymous.res.headers.get('Cache-Control'), 'no-store');
    assert.equal(anonymous.res.headers.get('Referrer-Policy'), 'no-referrer');
    const signedIn = await s.json(CHLOE, 'GET', '/feedback/config', { operationId: 'getFeedbackConfig' });
    assert.deepEqual(signedIn.body, DEFAULT_FEEDBACK_CONFIG);
  });

  it('send → thread by token → inbox → answer → sender reads it → sender replies → reopened', async () => {
    s.clock.now = T0 + 37 * 60_000 + 12_345;
    const sent = await api.send(draft({ message: '  The stand-up runs 40 minutes every day.  ', score: 3, categoryId: 'process' }));
    assert.equal(sent.status, 201);
    const { thread, replyToken } = sent.body as { thread: FeedbackThread; replyToken: string };
    assert.equal(thread.status, 'open');
    assert.equal(thread.categoryId, 'process');
    assert.equal(thread.score, 3);
    assert.equal(thread.createdAt, new Date(T0).toISOString(), 'rounded down to the hour');
    assert.deepEqual(
      thread.messages.map((m) => [m.from, m.author, m.message, m.createdAt]),
      [['sender', null, 'The stand-up runs 40 minutes every day.', new Date(T0).toISOString()]],
    );
    for (const h of ['Cache-Control', 'Referrer-Policy']) assert.ok(sent.res.headers.get(h));
    assert.equal(sent.res.headers.get('Set-Cookie'), null);

    // The token: base64url of at least 128 random bits.
    assert.match(replyToken, /^[\w-]{22,}$/);
    assert.ok(Buffer.from(replyToken, 'base64url').length >= 16, '128 bits or more');
    const other = await api.send();
    assert.notEqual(other.body.replyToken, replyToken);

    const mine = await api.thread(replyToken);
    assert.deepEqual([mine.status, mine.body], [200, thread]);
    assert.equal(mine.res.headers.get('Cache-Control'), 'no-store');
    assert.equal(mine.res.headers.get('Referrer-Policy'), 'no-referrer');

    const inbox = await s.json(KWAME, 'GET', '/feedback/inbox?limit=2', { operationId: 'listFeedback' });
    assert.deepEqual(inbox.body.items.map((t: FeedbackThread) => t.id).sort(), [thread.id, other.body.thread.id].sort(), 'newest first: both new ones on top');

    s.clock.now = T0 + 2 * HOUR + 5 * 60_000 + 7;
    const answered = await answer(s, KWAME, thread.id, 'Thanks. We will time-box it to 15 minutes from Monday.');
    assert.equal(answered.status, 201);
    assert.equal(answered.body.status, 'answered');
    const reply = answered.body.messages[1];
    assert.equal(reply.from, 'recipient');
    assert.equal(reply.author.id, KWAME);
    assert.equal(reply.author.name, 'Kwame Mensah');
    assert.equal(reply.author.roles, undefined, 'a Person, no roles');
    assert.equal(reply.createdAt, new Date(s.clock.now).toISOString(), 'answers keep the exact time');

    const read = await api.thread(replyToken);
    assert.deepEqual(read.body, answered.body, 'the sender sees the answer');

    s.clock.now = T0 + 3 * HOUR + 59 * 60_000;
    const replied = await api.reply(replyToken, 'Thank you, that would help a lot.');
    assert.equal(replied.status, 201);
    assert.equal(replied.body.status, 'open', 'a sender’s reply reopens the thread');
    assert.deepEqual(
      replied.body.messages.map((m: { from: string; author: unknown; createdAt: string }) => [m.from, m.author === null, m.createdAt]),
      [
        ['sender', true, new Date(T0).toISOString()],
        ['recipient', false, new Date(T0 + 2 * HOUR + 5 * 60_000 + 7).toISOString()],
        ['sender', true, new Date(T0 + 3 * HOUR).toISOString()],
      ],
    );
    assert.deepEqual((await s.json(NADIA, 'GET', `/feedback/inbox/${thread.id}`)).body, replied.body);
  });

  it('drops invisible control characters (a NUL would make PostgreSQL refuse the row) instead of failing', async () => {
    const sent = await api.send(draft({ message: 'The badge reader\u0000 at the side door\u0007 fails daily.' }));
    assert.equal(sent.status, 201);
    assert.equal(sent.body.thread.messages[0].message, 'The badge reader at the side door fails daily.');
    const replied = await api.reply(sent.body.replyToken, 'Still\u0000 broken.');
    assert.equal(replied.status, 201);
    assert.equal(replied.body.messages[1].message, 'Still broken.');
  });

  it('closes and reopens (idempotent); a closed thread takes no reply or answer (409)', async () => {
    const { body } = await api.send();
    const { thread, replyToken } = body;
    const closed = await setStatus(s, NADIA, thread.id, 'closed');
    assert.deepEqual([closed.status, closed.body.status], [200, 'closed']);
    assert.deepEqual((await setStatus(s, NADIA, thread.id, 'closed')).body, closed.body, 'again: same answer');
    const reply = await api.reply(replyToken, 'One more thing.');
    assert.deepEqual([reply.status, reply.body.error.code], [409, 'conflict']);
    const ans = await answer(s, KWAME, thread.id, 'Late answer.');
    assert.deepEqual([ans.status, ans.body.error.code], [409, 'conflict']);
    assert.equal((await api.thread(replyToken)).body.messages.length, 1, 'nothing added');
    const reopened = await setStatus(s, OLAFUR, thread.id, 'open');
    assert.equal(reopened.body.status, 'open');
    assert.equal((await api.reply(replyToken, 'One more thing.')).status, 201);
    const bad = await setStatus(s, NADIA, thread.id, 'gone');
    assert.deepEqual([bad.status, fieldsOf(bad)], [400, ['status:invalid']]);
    assert.equal((await setStatus(s, NADIA, 'fb-nope', 'closed')).status, 404);
  });

  it('answers are idempotent per recipient and key', async () => {
    const { body } = await api.send();
    const k = key();
    const first = await answer(s, KWAME, body.thread.id, 'We are on it.', k);
    const again = await answer(s, KWAME, body.thread.id, 'We are on it.', k);
    assert.deepEqual([again.status, again.body], [201, first.body]);
    assert.equal(again.res.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await answer(s, KWAME, body.thread.id, 'Something else.', k)).status, 409);
    assert.equal(first.body.messages.length, 2);
    assert.equal((await answer(s, KWAME, 'fb-nope', 'Hello')).status, 404);
  });

  it('a token that opens nothing is 404, malformed or not', async () => {
    for (const token of ['short', 'x'.repeat(40), 'not a token at all, with spaces!!', Buffer.alloc(24, 7).toString('base64url')]) {
      const read = await api.thread(token);
      assert.deepEqual([read.status, read.body.error.code, read.body.error.message], [404, 'not-found', 'No conversation matches this reply token.'], token);
      const reply = await api.reply(token, 'Hello?');
      assert.deepEqual([reply.status, reply.body.error.message], [404, 'No conversation matches this reply token.'], token);
    }
    const missing = await s.json(null, 'GET', '/feedback/thread');
    assert.deepEqual([missing.status, fieldsOf(missing)], [400, ['Chorus-Reply-Token:required']]);
  });

  it('validation errors name every field at fault with the contract’s codes', async () => {
    const many = await api.send({ categoryId: 'nope', message: 'short', score: 9 });
    assert.deepEqual([many.status, fieldsOf(many)], [400, ['categoryId:invalid', 'message:too-short', 'score:invalid']]);
    const empty = await api.send({ categoryId: '', message: '   ', score: null });
    assert.deepEqual(fieldsOf(empty), ['categoryId:required', 'message:required']);
    const long = await api.send(draft({ message: 'é'.repeat(2001), score: 1.5 }));
    assert.deepEqual(fieldsOf(long), ['message:too-long', 'score:invalid']);
    const shape = await api.send({ categoryId: 'workplace', message: 'Missing the score field.' });
    assert.deepEqual(fieldsOf(shape), ['score:required']);
    const extra = await api.send({ ...draft(), email: 'me@example.com' });
    assert.deepEqual(fieldsOf(extra), ['email:invalid']);
    const huge = await api.send(draft({ message: 'x'.repeat(40_000) }));
    assert.deepEqual([huge.status, huge.body.error.code], [413, 'payload-too-large']);
    assert.equal(huge.res.headers.get('Referrer-Policy'), 'no-referrer', 'even when refused before the route');
    assert.equal(huge.res.headers.get('Cache-Control'), 'no-store');
    const noKey = await s.json(null, 'POST', '/feedback', { body: draft() });
    assert.deepEqual([noKey.status, fieldsOf(noKey)], [400, ['Idempotency-Key:required']]);

    const { body } = await api.send();
    const blank = await api.reply(body.replyToken, '  ');
    assert.deepEqual([blank.status, fieldsOf(blank)], [400, ['message:required']]);
    const tooLong = await api.reply(body.replyToken, 'x'.repeat(1001));
    assert.deepEqual(fieldsOf(tooLong), ['message:too-long']);
    const answerTooLong = await answer(s, NADIA, body.thread.id, 'x'.repeat(1001));
    assert.deepEqual([answerTooLong.status, fieldsOf(answerTooLong)], [400, ['message:too-long']]);
  });

  it('a retried Idempotency-Key stores one thread and answers the same token; another body is 409', async () => {
    const count = async () => (await s.db.query<{ n: number }>('select count(*)::int as n from feedback_threads'))[0]!.n;
    const before = await count();
    const k = key();
    const body = draft({ message: 'Please fix the coffee machine on floor four.' });
    const first = await api.send(body, {}, k);
    const again = await api.send(body, {}, k);
    assert.deepEqual([first.status, again.status], [201, 201]);
    assert.deepEqual(again.body, first.body, 'same thread, same token');
    assert.equal(again.res.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(await count(), before + 1, 'stored once');
    const conflict = await api.send(draft({ message: 'Something else entirely, same key.' }), {}, k);
    assert.deepEqual([conflict.status, conflict.body.error.code], [409, 'conflict']);
    assert.equal(await count(), before + 1);

    // A reply retried: stored once, replayed the same.
    const rk = key();
    const r1 = await api.reply(first.body.replyToken, 'And the fridge.', {}, rk);
    const r2 = await api.reply(first.body.replyToken, 'And the fridge.', {}, rk);
    assert.deepEqual([r1.status, r2.status, r2.body], [201, 201, r1.body]);
    assert.equal((await api.thread(first.body.replyToken)).body.messages.length, 2);
  });
});

// ---- what is kept, and what is not ---------------------------------------------------------------
