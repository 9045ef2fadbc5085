import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toPost } from '../../src/core/share-card.view.js';
import { demoCompany } from '../../src/seed/index.js';
import { SHARE_GUIDELINES_SEED } from '../../src/seed/share.seed.js';
import { CHLOE, MAI, T0, key, startTestServer, type TestServer } from './helpers.js';

/*
 * The share card on the reference server: the seed as the embedded adapter views it, the
 * click-counting redirect (only ever to the post's own link, one click counted, nothing about the
 * clicker stored, 404 for an unknown reference), a share counted once under retries, 403 until
 * the guidelines are accepted and 409 for a post that is not published.
 */

let s: TestServer;
before(async () => {
  s = await startTestServer();
});
after(async () => {
  await s?.close();
});

const AIYANA = 'p-08';
const CULTURE = 'post-culture';
const LINK = 'https://brightwater.example/blog/culture-and-advocacy?src=newsroom#key-points';
const getPost = (userId: string, id = CULTURE) => s.json(userId, 'GET', `/share/posts/${id}`, { operationId: 'getPost' });
const accept = (userId: string) =>
  s.json(userId, 'PUT', '/share/guidelines/acceptance', { body: { version: SHARE_GUIDELINES_SEED.version }, operationId: 'acceptShareGuidelines' });
const record = (userId: string, idempotencyKey: string, network = 'linkedin', id = CULTURE) =>
  s.json(userId, 'POST', `/share/posts/${id}/shares`, { body: { network }, headers: { 'Idempotency-Key': idempotencyKey }, operationId: 'recordShare' });
/** A user's tracked link's reference for the post. */
async function refOf(userId: string, id = CULTURE): Promise<string> {
  const { status, body } = await s.json(userId, 'GET', `/share/posts/${id}/links/linkedin`, { operationId: 'getShareLink' });
  assert.equal(status, 200);
  return new URL(body.url).searchParams.get('ref')!;
}
/** Follows the redirect as a stranger: no session, whatever else the request carries. */
const follow = (path: string, headers: Record<string, string> = {}) => s.call(null, 'GET', path, { headers });

describe('share card: seed and reads', () => {
  it('serves each seeded post exactly as the embedded adapter views it', async () => {
    const state = demoCompany(T0);
    const people = new Map(state.people.map((p) => [p.id, p]));
    const { body } = await s.json(CHLOE, 'GET', '/share/posts?limit=100', { operationId: 'listPosts' });
    assert.deepEqual(
      body.items.map((p: { id: string }) => p.id),
      ['post-culture', 'post-peer-motivation', 'post-advocacy-program', 'post-community', 'post-internal-network'],
    );
    const seeded = state.share.posts.find((p) => p.id === CULTURE)!;
    const mine = state.share.shares.filter((r) => r.postId === CULTURE);
    const refs = new Set(state.share.refs.filter((r) => r.postId === CULTURE).map((r) => r.ref));
    const byNetwork: Record<string, number> = {};
    for (const r of mine) byNetwork[r.network] = (byNetwork[r.network] ?? 0) + 1;
    const tally = {
      byNetwork,
      people: new Set(mine.map((r) => r.personId)).size,
      clicks: state.share.clicks.filter((c) => refs.has(c.ref)).length,
      sharedByMe: false,
    };
    assert.deepEqual(body.items[0], toPost(seeded, people.get(seeded.authorId), tally, T0));
  });
});

describe('share card: the click-counting redirect', () => {
  it('answers 302 to the post’s own link, counts one click and stores only its reference and time', async () => {
    const ref = await refOf(CHLOE);
    const before = (await getPost(CHLOE)).body.clicks;
    const res = await follow(`/share/r/${ref}`, {
      'User-Agent': 'Mozilla/5.0 (secret agent)',
      'X-Forwarded-For': '203.0.113.7',
      Referer: 'https://www.linkedin.com/',
    });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('Location'), LINK);
    assert.equal(res.headers.get('Referrer-Policy'), 'no-referrer');
    assert.equal((await getPost(CHLOE)).body.clicks, before + 1, 'one click counted');
    const columns = await s.db.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'share_clicks' order by column_name",
    );
    assert.deepEqual(
      columns.map((c) => c.column_name),
      ['clicked_at', 'id', 'ref'],
      'no IP, no user agent',
    );
    const dump = JSON.stringify(await s.db.query('select * from share_clicks'));
    assert.ok(!dump.includes('203.0.113.7') && !dump.includes('secret agent'), 'nothing of the request is stored');
  });

  it('never redirects anywhere else: hostile query strings are ignored, hostile refs are refused', async () => {
    const ref = await refOf(MAI);
    for (const query of ['?url=https://evil.example/', '?next=//evil.example&redirect=https%3A%2F%2Fevil.example', '?ref=x&Location=https://evil.example']) {
      const res = await follow(`/share/r/${ref}${query}`);
      assert.equal(res.status, 302, query);
      assert.equal(res.headers.get('Location'), LINK, query);
    }
    for (const hostile of [
      '%2F%2Fevil.example',
      'https:%2F%2Fevil.example',
      '..%2F..%2Fevil',
      `${ref}%0d%0aLocation:%20https://evil.example`,
      'a'.repeat(101),
    ]) {
      const res = await follow(`/share/r/${hostile}`);
      // 400 (not a reference), 404 (no such reference), or 401 for a path that is not the redirect's at all.
      assert.ok([400, 401, 404].includes(res.status), `${hostile} → ${res.status}`);
      assert.equal(res.headers.get('Location'), null, hostile);
    }
  });

  it('is 404 for an unknown reference, and counts nothing', async () => {
    const before = (await getPost(CHLOE)).body.clicks;
    const res = await follow('/share/r/no-such-reference');
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not-found');
    assert.equal((await getPost(CHLOE)).body.clicks, before);
  });

  it('reads no session: a signed-in clicker is still nobody', async () => {
    const ref = await refOf(CHLOE);
    const res = await s.call(MAI, 'GET', `/share/r/${ref}`);
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('set-cookie'), null);
  });
});

describe('share card: recording shares', () => {
  it('is 403 until the guidelines are accepted, then counts a share once under retries', async () => {
    const forbidden = await record(AIYANA, 'share-a-1');
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.body.error.code, 'forbidden');
    assert.equal((await accept(AIYANA)).status, 200);
    const before = (await getPost(AIYANA)).body;
    const first = await record(AIYANA, 'share-a-1');
    assert.equal(first.status, 201);
    assert.equal(first.body.shares.total, before.shares.total + 1);
    assert.equal(first.body.sharedByMe, true);
    const again = await record(AIYANA, 'share-a-1');
    assert.equal(again.status, 201);
    assert.equal(again.res.headers.get('Idempotent-Replayed'), 'true');
    // Past the replay window the key, kept with the share itself, still counts once.
    await s.db.query('delete from idempotency_keys');
    const late = await record(AIYANA, 'share-a-1');
    assert.equal(late.status, 201);
    assert.equal(late.body.shares.total, before.shares.total + 1);
    const [{ n } = { n: 0 }] = await s.db.query<{ n: number }>(
      "select count(*)::int as n from share_records where person_id = $1 and idempotency_key = 'share-a-1'",
      [AIYANA],
    );
    assert.equal(n, 1, 'stored once');
    const second = await record(AIYANA, 'share-a-2', 'x');
    assert.equal(second.body.shares.total, before.shares.total + 2);
    assert.equal(second.body.shares.people, before.shares.people + 1, 'one more person, once');
  });

  it('is 409 for a post that is not published (expired, scheduled)', async () => {
    await accept(CHLOE);
    const expired = await record(CHLOE, key(), 'x', 'post-open-house');
    assert.equal(expired.status, 409);
    assert.match(expired.body.error.message, /expired/);
    const scheduled = await record('p-34', key(), 'x', 'post-summit');
    assert.equal(scheduled.status, 409);
    assert.match(scheduled.body.error.message, /not published yet/);
    assert.equal((await record(CHLOE, key(), 'x', 'post-summit')).status, 404, 'an employee does not see a scheduled post');
  });
});
