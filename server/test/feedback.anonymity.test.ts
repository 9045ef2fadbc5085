import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { replyTokenHash } from '../../src/core/secret.js';
import { demoCompany } from '../../src/seed/index.js';
import { AnonymousRateLimiter, forwardedAddress, networkOf } from '../anonymous-rate-limit.js';
import { demoEmail } from '../seed.js';
import { CHLOE, T0, contract, key, startTestServer, type TestServer } from './helpers.js';
import { HOUR, draft, sender, dumpDatabase, captureConsole, spyingAuth } from './feedback.helpers.js';

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
    assert.ok(
      added.some((row) => row.startsWith('feedback_threads:') && row.includes(threadId)),
      'the thread is in the dump',
    );
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

  it('counts a reply as one lookup, a replayed one too', async () => {
    const from = { 'X-Test-Address': '192.0.2.60' };
    const { replyToken } = (await api.send(draft(), from)).body as { replyToken: string };
    const k = key();
    for (let i = 0; i < 5; i++) assert.equal((await api.reply(replyToken, 'Once.', from, k)).status, 201, `reply ${i + 1}`);
    assert.equal((await api.reply(replyToken, 'Once.', from, k)).status, 429, 'the sixth lookup');
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
    assert.throws(
      () => limiter.take('192.0.2.1'),
      (e: { retryAfterSeconds: number }) => e.retryAfterSeconds === 180,
    );
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
    for (const [path, method] of [
      ['/feedback/config', 'get'],
      ['/feedback', 'post'],
      ['/feedback/thread', 'get'],
      ['/feedback/thread/replies', 'post'],
      ['/feedback/thread/events', 'get'],
    ] as const) {
      assert.deepEqual(paths[path]![method]!.security, [], `${method} ${path}`);
    }
    assert.equal(paths['/feedback/inbox']!.get!.security, undefined);
  });
});
