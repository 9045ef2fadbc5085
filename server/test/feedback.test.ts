import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toFeedbackThread } from '../../src/core/feedback.view.js';
import { replyTokenHash } from '../../src/core/secret.js';
import { demoCompany } from '../../src/seed/index.js';
import type { FeedbackDraft, FeedbackThread } from '../../src/core/feedback.js';
import { DEFAULT_FEEDBACK_CONFIG, summarize } from '../../src/core/feedback.rules.js';
import { AnonymousRateLimiter, forwardedAddress, networkOf } from '../anonymous-rate-limit.js';
import { DevSessionAuth } from '../auth/session.js';
import type { Db } from '../db/db.js';
import { demoEmail } from '../seed.js';
import { BASE, CHLOE, NADIA, OLAFUR, SECRET, T0, contract, key, startTestServer, type TestServer } from './helpers.js';

/*
 * Anonymous feedback through the reference server: the sender's token flow, the recipients'
 * inbox, and above all what is *not* kept — no user, no address, no header, no raw token, in any
 * table or any log line — and a rate limit that counts networks without knowing them.
 */

/** Kwame: a feedback recipient. */
const KWAME = 'p-06';
const HOUR = 3_600_000;

type Json = { status: number; body: any; res: Response }; // eslint-disable-line @typescript-eslint/no-explicit-any

function draft(overrides: Partial<FeedbackDraft> = {}): FeedbackDraft {
  return { categoryId: 'workplace', message: 'The printer on floor two has been jammed for a week.', score: 2, ...overrides };
}

const fieldsOf = (res: Json) => (res.body.error.fields as { field: string; code: string }[]).map((f) => `${f.field}:${f.code}`).sort();

/** The sender's calls: made as nobody (no session), whatever extra headers a test adds. */
function sender(s: TestServer) {
  return {
    config: (headers: Record<string, string> = {}) => s.json(null, 'GET', '/feedback/config', { headers, operationId: 'getFeedbackConfig' }),
    send: (body: unknown = draft(), headers: Record<string, string> = {}, idempotencyKey = key()): Promise<Json> =>
      s.json(null, 'POST', '/feedback', { body, headers: { 'Idempotency-Key': idempotencyKey, ...headers }, operationId: 'sendFeedback' }),
    thread: (token: string, headers: Record<string, string> = {}): Promise<Json> =>
      s.json(null, 'GET', '/feedback/thread', { headers: { 'Chorus-Reply-Token': token, ...headers }, operationId: 'getFeedbackThread' }),
    reply: (token: string, message: string, headers: Record<string, string> = {}, idempotencyKey = key()): Promise<Json> =>
      s.json(null, 'POST', '/feedback/thread/replies', {
        body: { message },
        headers: { 'Chorus-Reply-Token': token, 'Idempotency-Key': idempotencyKey, ...headers },
        operationId: 'replyToFeedback',
      }),
  };
}

function answer(s: TestServer, userId: string, threadId: string, message: string, idempotencyKey = key()): Promise<Json> {
  return s.json(userId, 'POST', `/feedback/inbox/${threadId}/answers`, { body: { message }, headers: { 'Idempotency-Key': idempotencyKey }, operationId: 'answerFeedback' });
}

function setStatus(s: TestServer, userId: string, threadId: string, status: string): Promise<Json> {
  return s.json(userId, 'PUT', `/feedback/inbox/${threadId}/status`, { body: { status }, operationId: 'setFeedbackStatus' });
}

/** Every row of every table in the database, as JSON text. */
async function dumpDatabase(db: Db): Promise<string[]> {
  const tables = await db.query<{ table_schema: string; table_name: string }>(
    `select table_schema, table_name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  assert.ok(tables.some((t) => t.table_name === 'feedback_threads'), 'the dump sees the feedback tables');
  const rows: string[] = [];
  for (const t of tables) {
    const quoted = `"${t.table_schema.replace(/"/g, '""')}"."${t.table_name.replace(/"/g, '""')}"`;
    for (const r of await db.query<{ j: string }>(`select row_to_json(t)::text as j from ${quoted} t`)) rows.push(`${t.table_name}: ${r.j}`);
  }
  return rows;
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Runs `work` with every console method captured; returns what was written. */
async function captureConsole<T>(work: () => Promise<T>): Promise<{ result: T; output: string }> {
  const saved = CONSOLE_METHODS.map((m) => [m, console[m]] as const);
  const lines: string[] = [];
  for (const m of CONSOLE_METHODS) console[m] = (...args: unknown[]) => void lines.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  try {
    const result = await work();
    return { result, output: lines.join('\n') };
  } finally {
    for (const [m, fn] of saved) console[m] = fn;
  }
}

/** An authenticator that records whether anything asked it who made a request. */
function spyingAuth(): { auth: DevSessionAuth; asked: string[] } {
  const auth = new DevSessionAuth({ secret: SECRET, path: BASE, now: () => T0 });
  const asked: string[] = [];
  const authenticate = auth.authenticate.bind(auth);
  auth.authenticate = (c, db) => {
    asked.push(`${c.req.method} ${c.req.path}`);
    return authenticate(c, db);
  };
  return { auth, asked };
}

// ---- the seeded inbox ---------------------------------------------------------------------------

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
    assert.deepEqual(culture.body.items, expected.filter((t) => t.categoryId === 'culture'));
    const closed = await s.json(OLAFUR, 'GET', '/feedback/inbox?status=closed&limit=100', { operationId: 'listFeedback' });
    assert.deepEqual(closed.body.items, expected.filter((t) => t.status === 'closed'));
    const both = await s.json(KWAME, 'GET', '/feedback/inbox?status=open&categoryId=process', { operationId: 'listFeedback' });
    assert.deepEqual(both.body.items, expected.filter((t) => t.status === 'open' && t.categoryId === 'process'));
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
      assert.deepEqual([forbidden.status, forbidden.body.error.code, forbidden.body.error.message], [403, 'forbidden', 'Only feedback recipients can read the inbox.'], `${method} ${path}`);
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
    assert.deepEqual(thread.messages.map((m) => [m.from, m.author, m.message, m.createdAt]), [
      ['sender', null, 'The stand-up runs 40 minutes every day.', new Date(T0).toISOString()],
    ]);
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
    assert.deepEqual(replied.body.messages.map((m: { from: string; author: unknown; createdAt: string }) => [m.from, m.author === null, m.createdAt]), [
      ['sender', true, new Date(T0).toISOString()],
      ['recipient', false, new Date(T0 + 2 * HOUR + 5 * 60_000 + 7).toISOString()],
      ['sender', true, new Date(T0 + 3 * HOUR).toISOString()],
    ]);
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

describe('anonymity: nothing stored or logged names the sender', () => {
  let s: TestServer;
  let api: ReturnType<typeof sender>;
  let asked: string[];
  const ADDRESS = '203.0.113.77';
  before(async () => {
    const spy = spyingAuth();
    asked = spy.asked;
    // As main.ts behind one proxy: the address comes from X-Forwarded-For.
    s = await startTestServer({ auth: spy.auth, clientAddress: forwardedAddress(1) });
    api = sender(s);
  });
  after(async () => {
    await s?.close();
  });

  const probe = {
    'User-Agent': 'ChorusProbeAgent/9.9 (zq7-agent-marker)',
    'X-Forwarded-For': ADDRESS,
    Referer: 'https://intranet.example/people/zq7-referer-marker',
    'Accept-Language': 'zq7-lang-marker',
  };
  const markers = ['zq7', ADDRESS, '203.0.113', 'ChorusProbeAgent', 'intranet.example'];

  it('sends with a signed-in cookie and distinctive headers: no table holds any of it, no log line, no token', async () => {
    const cookie = `${s.cookie(CHLOE)}; tracker=zq7-cookie-marker`;
    const headers = { ...probe, Cookie: cookie, Authorization: 'Bearer zq7-bearer-marker' };
    const before = new Set(await dumpDatabase(s.db));
    asked.length = 0;

    const { result, output } = await captureConsole(async () => {
      const config = await api.config(headers);
      const sent = await api.send(draft({ message: 'The parking policy favours senior staff; please make it first come, first served.' }), headers);
      const read = await api.thread(sent.body.replyToken, headers);
      const replied = await api.reply(sent.body.replyToken, 'To add: the EV chargers too.', headers);
      return { config, sent, read, replied };
    });
    assert.deepEqual([result.config.status, result.sent.status, result.read.status, result.replied.status], [200, 201, 200, 201]);
    assert.equal(output, '', 'nothing logged');
    assert.deepEqual(asked, [], 'the authenticator was never asked who');
    for (const r of Object.values(result)) {
      assert.equal(r.res.headers.get('Set-Cookie'), null);
      assert.equal(r.res.headers.get('Cache-Control'), 'no-store');
      assert.equal(r.res.headers.get('Referrer-Policy'), 'no-referrer');
    }

    const token: string = result.sent.body.replyToken;
    const threadId: string = result.sent.body.thread.id;
    const after = await dumpDatabase(s.db);
    const added = after.filter((row) => !before.has(row));
    assert.ok(added.some((row) => row.startsWith('feedback_threads:') && row.includes(threadId)), 'the thread is in the dump');
    assert.ok(added.some((row) => row.startsWith('feedback_messages:') && row.includes('EV chargers')));
    assert.ok(added.some((row) => row.startsWith('idempotency_keys:')));
    const chloe = demoCompany(T0).people.find((p) => p.id === CHLOE)!;
    for (const row of after) {
      for (const marker of [...markers, token, 'bearer']) assert.ok(!row.includes(marker), `${marker} in ${row}`);
    }
    for (const row of added) {
      for (const marker of [CHLOE, chloe.name, demoEmail(chloe.name)]) assert.ok(!row.includes(marker), `${marker} in ${row}`);
    }
    // Only the hash is kept.
    const [stored] = await s.db.query<{ token_hash: string }>('select token_hash from feedback_threads where id = $1', [threadId]);
    assert.equal(stored!.token_hash, replyTokenHash(token));
    // No row of the feedback tables names Chloé (or any sender): authors are recipients only.
    const authors = await s.db.query<{ author_id: string | null; from_role: string }>('select author_id, from_role from feedback_messages');
    assert.ok(authors.every((m) => (m.from_role === 'sender' ? m.author_id === null : m.author_id !== CHLOE)));
  });

  it('keeps idempotency entries that name nobody: no user id, no token, a hashed key, the hour', async () => {
    const k = `zq7-idem-${key()}`;
    const sent = await api.send(draft(), { Cookie: s.cookie(CHLOE) }, k);
    const rows = await s.db.query<{ user_id: string; key: string; request_hash: string; response: string; created_at: Date }>(
      "select * from idempotency_keys where key like 'feedback|%'",
    );
    assert.ok(rows.length >= 1);
    for (const row of rows) {
      const text = JSON.stringify(row);
      assert.equal(row.user_id, '');
      assert.ok(!text.includes(k), 'not the client’s key');
      assert.ok(!text.includes(CHLOE));
      assert.ok(!text.includes(sent.body.replyToken), 'not the token');
      assert.ok(!text.includes(sent.body.thread.id), 'not even the thread id: the response is sealed');
      assert.equal(new Date(row.created_at).getTime() % HOUR, 0, 'on the hour');
    }
  });

  it('a failure on the anonymous path logs the stack, nothing about the request or the error’s own text', async () => {
    const failing = await startTestServer({
      db: s.db,
      prepared: true,
      clientAddress: () => {
        throw Object.assign(new Error(`boom for ${ADDRESS}`), { detail: 'Failing row contains (zq7-row-marker)' });
      },
    });
    try {
      const { result, output } = await captureConsole(() => sender(failing).send(draft(), probe));
      assert.equal(result.status, 500);
      assert.equal(result.body.error.code, 'internal');
      assert.match(output, /anonymous request failed/);
      assert.match(output, /\bat /, 'the stack frames are there');
      for (const marker of [...markers, 'boom', 'POST /feedback', 'x-forwarded-for']) assert.ok(!output.includes(marker), `${marker} logged: ${output}`);
    } finally {
      await failing.close();
    }
  });
});

// ---- rate limits ---------------------------------------------------------------------------------

describe('rate limits that neither identify nor link', () => {
  let s: TestServer;
  let api: ReturnType<typeof sender>;
  before(async () => {
    s = await startTestServer({
      feedbackRateLimit: { max: 3, windowSeconds: 2 * 3600 },
      feedbackLookupLimit: { max: 5, windowSeconds: 60 },
      clientAddress: (c) => c.req.header('x-test-address') ?? null,
    });
    api = sender(s);
  });
  after(async () => {
    await s?.close();
  });

  it('429 with Retry-After after N sends and replies from one address; another address is not limited', async () => {
    const from = (address: string) => ({ 'X-Test-Address': address });
    const first = await api.send(draft(), from('198.51.100.10'));
    assert.equal(first.status, 201);
    assert.equal((await api.reply(first.body.replyToken, 'A reply counts too.', from('198.51.100.10'))).status, 201);
    assert.equal((await api.send(draft(), from('198.51.100.10'))).status, 201);
    const limited = await api.send(draft(), from('198.51.100.10'));
    assert.deepEqual([limited.status, limited.body.error.code], [429, 'rate-limited']);
    const retryAfter = Number(limited.res.headers.get('Retry-After'));
    assert.ok(retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
    assert.equal(limited.res.headers.get('Referrer-Policy'), 'no-referrer');
    const replyLimited = await api.reply(first.body.replyToken, 'Still me.', from('198.51.100.10'));
    assert.equal(replyLimited.status, 429);
    // A validation error is answered as such and takes no slot.
    assert.equal((await api.send(draft({ message: '' }), from('198.51.100.11'))).status, 400);
    for (let i = 0; i < 3; i++) assert.equal((await api.send(draft(), from('198.51.100.11'))).status, 201, `other address, send ${i + 1}`);
    // A retry of a send that went through replays; it is not a new send.
    const k = key();
    const fresh = await api.send(draft(), from('198.51.100.12'), k);
    assert.equal(fresh.status, 201);

    const { buckets } = s.app.deps.feedbackLimiter.snapshot();
    assert.ok(buckets.length >= 3);
    for (const [id, count] of buckets) {
      assert.match(id, /^[0-9a-f]{64}$/, 'an HMAC, not an address');
      assert.ok(count >= 1 && count <= 3);
    }
    assert.ok(!JSON.stringify(buckets).includes('198.51.100'), 'no address held');
  });

  it('counts reply-token lookups (reads and replies) under their own limit', async () => {
    const from = { 'X-Test-Address': '192.0.2.50' };
    for (let i = 0; i < 5; i++) assert.equal((await api.thread(Buffer.alloc(24, i).toString('base64url'), from)).status, 404);
    const limited = await api.thread(Buffer.alloc(24, 9).toString('base64url'), from);
    assert.deepEqual([limited.status, limited.body.error.code], [429, 'rate-limited']);
    assert.ok(Number(limited.res.headers.get('Retry-After')) >= 1);
    assert.equal((await api.thread('short', { 'X-Test-Address': '192.0.2.51' })).status, 404, 'another address');
  });

  it('drops every counter when the key rotates on the hour', async () => {
    const from = { 'X-Test-Address': '198.51.100.20' };
    s.clock.now = T0 + 10 * 60_000;
    for (let i = 0; i < 3; i++) assert.equal((await api.send(draft(), from)).status, 201);
    assert.equal((await api.send(draft(), from)).status, 429);
    const before = new Set(s.app.deps.feedbackLimiter.snapshot().buckets.map(([id]) => id));

    s.clock.now = T0 + HOUR + 60_000;
    const after = await api.send(draft(), from);
    assert.equal(after.status, 201, 'a new hour, a new key, no counters');
    const { buckets } = s.app.deps.feedbackLimiter.snapshot();
    assert.equal(buckets.length, 1, 'the old counters are gone');
    assert.ok(!before.has(buckets[0]![0]), 'the same address hashes to a new id under the new key');
  });
});

describe('AnonymousRateLimiter and addresses', () => {
  it('puts requests without an address in one shared bucket', () => {
    const clock = { now: T0 };
    const limiter = new AnonymousRateLimiter({ max: 2, windowSeconds: 600 }, () => clock.now);
    limiter.take(null);
    limiter.take(null);
    assert.throws(() => limiter.take(null), { name: 'RateLimitedError' });
    limiter.take('192.0.2.1');
    assert.equal(limiter.snapshot().buckets.length, 2);
  });

  it('counts in clock-aligned windows and says when the next one starts', () => {
    const clock = { now: T0 + 7 * 60_000 };
    const limiter = new AnonymousRateLimiter({ max: 1, windowSeconds: 600 }, () => clock.now);
    limiter.take('192.0.2.1');
    assert.throws(() => limiter.take('192.0.2.1'), (e: { retryAfterSeconds: number }) => e.retryAfterSeconds === 180);
    clock.now = T0 + 10 * 60_000;
    limiter.take('192.0.2.1');
  });

  it('rotates its key on the hour even with no request (rotateIfDue)', () => {
    const clock = { now: T0 };
    const limiter = new AnonymousRateLimiter({ max: 5, windowSeconds: 7200 }, () => clock.now);
    limiter.take('192.0.2.1');
    clock.now = T0 + HOUR;
    limiter.rotateIfDue();
    assert.deepEqual(limiter.snapshot().buckets, []);
  });

  it('counts an IPv6 host by its /64 and an IPv4-mapped address as IPv4', () => {
    assert.equal(networkOf('2001:db8:1:2:aaaa::1'), networkOf('2001:0db8:0001:0002:ffff:1:2:3'));
    assert.equal(networkOf('2001:db8:1:2::1'), '2001:db8:1:2::/64');
    assert.notEqual(networkOf('2001:db8:1:3::1'), networkOf('2001:db8:1:2::1'));
    assert.equal(networkOf('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(networkOf('192.0.2.7'), '192.0.2.7');
    assert.equal(networkOf('fe80::1%eth0'), 'fe80:0:0:0::/64');
  });

  it('behind N proxies, takes the N-th X-Forwarded-For entry from the right (what the client wrote is ignored)', async () => {
    const ctx = (xff: string | undefined) => ({ req: { header: (name: string) => (name === 'x-forwarded-for' ? xff : undefined) }, env: undefined }) as never;
    assert.equal(forwardedAddress(1)(ctx('6.6.6.6, 198.51.100.9')), '198.51.100.9');
    assert.equal(forwardedAddress(2)(ctx('6.6.6.6, 198.51.100.9, 10.0.0.2')), '198.51.100.9');
    assert.equal(forwardedAddress(1)(ctx('198.51.100.9')), '198.51.100.9');
    assert.equal(forwardedAddress(3)(ctx('198.51.100.9')), '198.51.100.9');
    assert.equal(forwardedAddress(1)(ctx(undefined)), null, 'no header and no socket');
  });
});

describe('the contract', () => {
  it('has the anonymous operations without security, the inbox with it', () => {
    const paths = (contract.document.paths ?? {}) as Record<string, Record<string, { security?: unknown[] }>>;
    for (const [path, method] of [['/feedback/config', 'get'], ['/feedback', 'post'], ['/feedback/thread', 'get'], ['/feedback/thread/replies', 'post']] as const) {
      assert.deepEqual(paths[path]![method]!.security, [], `${method} ${path}`);
    }
    assert.equal(paths['/feedback/inbox']!.get!.security, undefined);
  });
});
