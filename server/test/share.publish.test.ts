import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CHLOE, T0, key, startTestServer, type TestServer } from './helpers.js';

/*
 * Publishing on the reference server: the feed's order by publish time in SQL, two approvers
 * acting at once (one 200, one 409), a create retried with its key (once), a `share` event for
 * every step, and bad input of every kind answered 4xx, never 500.
 */

let s: TestServer;
before(async () => {
  s = await startTestServer();
});
after(async () => {
  await s?.close();
});

const ARJUN = 'p-34';
const PRIYA = 'p-16';
const BEATRIZ = 'p-33';
const HOUR = 3_600_000;

const draft = (overrides: Record<string, unknown> = {}) => ({
  title: 'Our volunteering day, in pictures',
  captions: { default: 'Forty of us planted trees by the river on Saturday.' },
  image: null,
  link: { url: 'https://brightwater.example/blog/volunteering' },
  locked: { disclosure: '#employee', hashtags: [] },
  topic: 'Community',
  publishAt: null,
  expireAt: null,
  captionEditable: true,
  ...overrides,
});
const create = (userId: string, body: unknown, idempotencyKey = key()) =>
  s.json(userId, 'POST', '/share/posts', { body, headers: { 'Idempotency-Key': idempotencyKey }, operationId: 'createPost' });
const act = (userId: string, postId: string, body: unknown) =>
  s.json(userId, 'POST', `/share/posts/${encodeURIComponent(postId)}/actions`, { body, operationId: 'actOnPost' });
/** A post by Beatriz, submitted: it waits for an approver. */
async function submitted(overrides: Record<string, unknown> = {}): Promise<string> {
  const made = await create(BEATRIZ, draft(overrides));
  assert.equal(made.status, 201);
  assert.equal((await act(BEATRIZ, made.body.id, { action: 'submit' })).status, 200);
  return made.body.id as string;
}
const feedIds = async () =>
  ((await s.json(CHLOE, 'GET', '/share/posts?limit=100', { operationId: 'listPosts' })).body.items as { id: string }[]).map((p) => p.id);

describe('share card publishing: the feed in SQL', () => {
  it('orders the feed by publish time (else creation), so a post approved now with an older publish time sits among its peers', async () => {
    const recent = await submitted({ title: 'Published an hour ago', publishAt: new Date(T0 - HOUR).toISOString() });
    const older = await submitted({ title: 'Published three days ago', publishAt: new Date(T0 - 3 * 24 * HOUR).toISOString() });
    assert.equal((await act(PRIYA, recent, { action: 'approve' })).status, 200);
    assert.equal((await act(PRIYA, older, { action: 'approve' })).status, 200);
    const ids = await feedIds();
    // The seed: post-culture 2 days ago, post-peer-motivation 5 days ago.
    assert.deepEqual(
      ids.filter((id) => [recent, older, 'post-culture', 'post-peer-motivation'].includes(id)),
      [recent, 'post-culture', older, 'post-peer-motivation'],
    );
  });
});

describe('share card publishing: steps and retries', () => {
  it('gives one 200 and one 409 to two approvers approving at once, and the post is approved once', async () => {
    const postId = await submitted();
    const [first, second] = await Promise.all([act(PRIYA, postId, { action: 'approve' }), act(ARJUN, postId, { action: 'approve' })]);
    assert.deepEqual([first.status, second.status].sort(), [200, 409]);
    const refused = first.status === 409 ? first : second;
    assert.equal(refused.body.error.code, 'conflict');
    const [{ status } = { status: '' }] = await s.db.query<{ status: string }>('select status from share_posts where id = $1', [postId]);
    assert.equal(status, 'approved');
  });

  it('creates once under a retried Idempotency-Key, and refuses the key for another draft', async () => {
    const k = key();
    const body = draft({ title: 'Made once' });
    const first = await create(ARJUN, body, k);
    const again = await create(ARJUN, body, k);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.res.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
    const [{ n } = { n: 0 }] = await s.db.query<{ n: number }>("select count(*)::int as n from share_posts where title = 'Made once'");
    assert.equal(n, 1);
    assert.equal((await create(ARJUN, draft({ title: 'Another' }), k)).status, 409);
    // Keys are per person: Beatriz's same key is her own create.
    assert.notEqual((await create(BEATRIZ, body, k)).body.id, first.body.id);
  });

  it('records a share event for each publishing step, naming the post only', async () => {
    const count = async (postId: string) =>
      (await s.db.query<{ n: number }>("select count(*)::int as n from events where topic = 'share' and kudos_id = $1", [postId]))[0]!.n;
    const postId = await submitted();
    const afterSubmit = await count(postId);
    assert.equal(afterSubmit, 2, 'the create and the submit');
    await act(PRIYA, postId, { action: 'return', comment: 'Shorter, please.' });
    await act(PRIYA, postId, { action: 'approve' }); // 409: returned, not submitted
    assert.equal(await count(postId), afterSubmit + 1, 'a refused step records nothing');
  });
});

describe('share card publishing: bad input is 4xx, never 500', () => {
  it('answers a NUL in a post id with 404 or 400', async () => {
    for (const id of ['\u0000', 'post-culture\u0000', `${'a'.repeat(10)}\u0000${'b'.repeat(10)}`]) {
      const path = `/share/posts/${encodeURIComponent(id)}`;
      const responses = [
        await s.call(PRIYA, 'GET', path),
        await s.call(PRIYA, 'PUT', path, { body: draft() }),
        await s.call(PRIYA, 'POST', `${path}/actions`, { body: { action: 'approve' } }),
        await s.call(PRIYA, 'GET', `${path}/links/x`),
        await s.call(PRIYA, 'POST', `${path}/shares`, { body: { network: 'x' }, headers: { 'Idempotency-Key': key() } }),
      ];
      for (const res of responses) assert.ok([400, 404].includes(res.status), `${JSON.stringify(id)} → ${res.status}`);
    }
  });

  it('answers a NUL inside a draft or a suggestion with 201 (stripped) or 400', async () => {
    const nul = '\u0000';
    for (const body of [
      draft({ title: `Tit${nul}le` }),
      draft({ captions: { default: `Cap${nul}tion`, x: `X${nul}` } }),
      draft({ link: { url: `https://brightwater.example/${nul}` } }),
      draft({ topic: `Topic${nul}` }),
      draft({ locked: { disclosure: `#employee${nul}`, hashtags: [`#Tag${nul}`] } }),
      draft({ image: { url: 'https://brightwater.example/a.png', alt: `Alt${nul}` } }),
    ]) {
      const res = await create(ARJUN, body);
      assert.ok([201, 400].includes(res.status), `${JSON.stringify(body)} → ${res.status}`);
      if (res.status === 201) assert.ok(!JSON.stringify(res.body).includes('\\u0000'), 'no NUL stored');
    }
    const suggestion = await s.json(CHLOE, 'POST', '/share/suggestions', {
      body: { url: `https://example.org/${nul}`, note: `N${nul}ote` },
      headers: { 'Idempotency-Key': key() },
      operationId: 'suggestPost',
    });
    assert.equal(suggestion.status, 400);
    const postId = await submitted();
    const returned = await act(PRIYA, postId, { action: 'return', comment: `Sh${nul}orter` });
    assert.equal(returned.status, 200);
    assert.equal(returned.body.returnComment, 'Shorter');
  });

  it('answers a huge body with 413', async () => {
    const huge = draft({ captions: { default: 'x'.repeat(200_000) } });
    assert.equal((await create(ARJUN, huge)).status, 413);
    const postId = await submitted();
    assert.equal((await s.call(BEATRIZ, 'PUT', `/share/posts/${postId}`, { body: huge })).status, 413);
    assert.equal((await act(PRIYA, postId, { action: 'return', comment: 'y'.repeat(200_000) })).status, 413);
  });

  it('answers a date in year 10000, a 30 February or no date at all with 400 and the field', async () => {
    for (const publishAt of ['10000-01-01T00:00:00Z', '+010000-01-01T00:00:00.000Z', 'tomorrow', '2026-02-30T09:00:00Z']) {
      const made = await create(ARJUN, draft({ publishAt }));
      assert.equal(made.status, 400, publishAt);
      assert.equal(made.body.error.fields[0].field, 'publishAt', publishAt);
    }
    const postId = await submitted();
    const scheduled = await act(PRIYA, postId, { action: 'schedule', publishAt: '10000-01-01T00:00:00Z' });
    assert.equal(scheduled.status, 400);
    assert.equal(scheduled.body.error.fields[0].field, 'publishAt');
    const expiring = await act(PRIYA, postId, { action: 'schedule', publishAt: '2030-01-01T00:00:00Z', expireAt: '9999-12-31T23:59:59Z' });
    assert.equal(expiring.status, 200, 'year 9999 is a date');
    assert.equal(expiring.body.expireAt, '9999-12-31T23:59:59.000Z');
  });

  it('answers a wrong content type or malformed JSON with 400', async () => {
    const text = JSON.stringify(draft());
    const plain = await s.call(ARJUN, 'POST', '/share/posts', { body: text, headers: { 'content-type': 'text/plain', 'Idempotency-Key': key() } });
    assert.equal(plain.status, 400);
    const form = await s.call(ARJUN, 'POST', '/share/suggestions', {
      body: 'url=https%3A%2F%2Fexample.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'Idempotency-Key': key() },
    });
    assert.equal(form.status, 400);
    const postId = await submitted();
    const broken = await s.call(PRIYA, 'POST', `/share/posts/${postId}/actions`, { body: '{"action":', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.status, 400);
    const unknown = await act(PRIYA, postId, { action: 'publish' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.fields[0].field, 'action');
  });
});
