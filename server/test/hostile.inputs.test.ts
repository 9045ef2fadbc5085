import fc from 'fast-check';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contract, key, startTestServer, type TestServer } from './helpers.js';
import { casesOf, fixtureOf, fixtures, type HostileCase, type Ids } from './hostile.cases.js';
import { breach } from './hostile.contract.js';

/*
 * The hostile-input suite: every contract operation, sent what an attacker or a careless client
 * sends (hostile.cases.ts), on PGlite in-process. Each answer must be a status the contract
 * declares for the operation — never a 5xx — with the ErrorBody on each 4xx, and a refused
 * request must leave every table as it was.
 */

/** What a refused request could have written: every table but the rate limiter's counters. */
async function fingerprint(s: TestServer): Promise<string> {
  const tables = (
    await s.db.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public' and table_name <> 'rate_hits'")
  ).map((r) => r.name);
  const parts: string[] = [];
  for (const t of tables.sort()) {
    const [row] = await s.db.query<{ n: string; h: string }>(
      `select count(*)::text as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${t} x`,
    );
    parts.push(`${t}:${row!.n}:${row!.h}`);
  }
  return parts.join(' ');
}

/** Reads that write (a tracked link made, a click counted) are fingerprinted with the changes; other reads store nothing. */
const writes = (operationId: string) => contract.operation(operationId).method !== 'GET' || ['getShareLink', 'followShareLink'].includes(operationId);

async function send(s: TestServer, c: HostileCase): Promise<{ status: number; body: unknown }> {
  const { method } = contract.operation(c.operationId);
  const res = await s.call(c.user, method, c.path, { headers: c.headers, ...(c.body !== undefined ? { body: c.body } : {}) });
  if (res.headers.get('content-type')?.includes('text/event-stream')) {
    await res.body?.cancel();
    return { status: res.status, body: undefined };
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, body };
}

describe('hostile input on every operation', () => {
  let s: TestServer;
  let ids: Ids;
  const many = { max: 1_000_000, windowSeconds: 60 };

  before(async () => {
    s = await startTestServer({ rateLimit: many, feedbackRateLimit: many, feedbackLookupLimit: many });
    const one = async <T>(sql: string) => (await s.db.query<{ v: T }>(sql))[0]!.v;
    const sent = await s.json(null, 'POST', '/feedback', {
      body: { categoryId: 'workplace', message: 'The coffee machine leaks.', score: 2 },
      headers: { 'Idempotency-Key': key() },
    });
    ids = {
      kudosId: await one("select id as v from kudos where visibility = 'public' order by id limit 1"),
      commentId: await one("select c.id as v from comments c join kudos k on k.id = c.kudos_id where k.visibility = 'public' order by c.id limit 1"),
      commentKudosId: await one("select c.kudos_id as v from comments c join kudos k on k.id = c.kudos_id where k.visibility = 'public' order by c.id limit 1"),
      pollId: 'poll-offsite',
      writeInId: await one("select id as v from poll_write_ins where poll_id = 'poll-offsite' and not approved limit 1"),
      threadId: await one('select id as v from feedback_threads order by id limit 1'),
      replyToken: sent.body.replyToken,
      postId: 'post-culture',
      ref: await one("select ref as v from share_refs where post_id = 'post-culture' limit 1"),
    };
  });
  after(() => s.close());

  /** Sends each case; returns what broke the contract or stored something it refused. */
  async function judge(cases: HostileCase[]): Promise<string[]> {
    const found: string[] = [];
    let state = await fingerprint(s);
    for (const c of cases) {
      const { status, body } = await send(s, c);
      if (status >= 500) found.push(`${c.operationId} ${c.label}: answered ${status}`);
      // Text no reader can read (#15.7) is refused in any field of any body.
      if (c.body !== undefined && /: (lone surrogate|combining flood)$/.test(c.label) && status < 400)
        found.push(`${c.operationId} ${c.label}: took it (${status})`);
      const wrong = breach(c.operationId, status, body);
      if (wrong) found.push(`${c.label}: ${wrong}`);
      if (!writes(c.operationId)) continue;
      const now = await fingerprint(s);
      if (status >= 400 && now !== state) found.push(`${c.operationId} ${c.label}: refused with ${status} but stored something`);
      state = now;
    }
    return found;
  }

  // Destructive operations last, so the others meet the seeded kudos, poll and post.
  const LAST = ['deleteKudos', 'closePoll', 'actOnPost'];
  const order = [...contract.operationIds].sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)));

  it('table-driven: malformed JSON, wrong types, missing fields, unicode, injection, unknown ids, numbers, content types', async () => {
    const table = fixtures(ids);
    const found: string[] = [];
    let sent = 0;
    for (const id of order) {
      const cases = casesOf(id, fixtureOf(table, id));
      sent += cases.length;
      found.push(...(await judge(cases)));
    }
    assert.deepEqual(found, []);
    assert.ok(sent > 1500, `only ${sent} requests`);
  });

  it('property-based: any JSON as a body, any string in each text field', async () => {
    const table = fixtures(ids);
    const withBody = order.filter((id) => table[id]?.body && !LAST.includes(id));
    const found: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBody),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary', maxLength: 40 })),
        async (id, value) => {
          const fixture = fixtureOf(table, id);
          const textFields = Object.keys(fixture.body!).filter((f) => typeof fixture.body![f] === 'string');
          const bodies = [value, ...textFields.map((f) => ({ ...fixture.body, [f]: value }))];
          const cases = casesOf(id, fixture).filter((c) => c.label === 'the valid request');
          const problems = await judge(bodies.map((body) => ({ ...cases[0]!, label: `fast-check ${JSON.stringify(body).slice(0, 80)}`, body })));
          found.push(...problems);
          return problems.length === 0;
        },
      ),
      { numRuns: 60, seed: 15 },
    );
    assert.deepEqual(found, []);
  });

  it('a replayed Idempotency-Key: a different body is refused and stores nothing; the same one replays the first answer', async () => {
    const table = fixtures(ids);
    const found: string[] = [];
    for (const id of order.filter((o) => contract.parameterNames(o).includes('Idempotency-Key'))) {
      const valid = casesOf(id, fixtureOf(table, id)).find((c) => c.label === 'the valid request')!;
      const headers = { ...valid.headers, 'Idempotency-Key': key() };
      const first = await send(s, { ...valid, headers });
      const body = valid.body as Record<string, unknown>;
      const text = Object.keys(body).find((f) => typeof body[f] === 'string')!;
      const other = { ...body, [text]: `${String(body[text])} (changed)` };
      found.push(...(await judge([{ ...valid, label: 'the key again, another body', headers, body: other }])));
      const again = await send(s, { ...valid, headers });
      if (again.status !== first.status || JSON.stringify(again.body) !== JSON.stringify(first.body)) {
        found.push(`${id}: the same key and body answered ${again.status} after ${first.status}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
