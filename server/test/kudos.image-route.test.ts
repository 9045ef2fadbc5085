import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CHLOE, MAI, NADIA, draft, key, listen, openStream, startTestServer, type TestServer } from './helpers.js';

/*
 * Finding 13, continued: a kudos' uploaded image is stored once and served by its own address
 * (GET /kudos/{kudosId}/image), so no answer and no live event carries its bytes.
 */
const KB250 = 250 * 1024;
const bytes = Buffer.alloc(KB250, 7);
const png = `data:image/png;base64,${bytes.toString('base64')}`;
const STRANGER = 'p-05';

describe('a kudos’ uploaded image, by its address', () => {
  let s: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  const streams: { close(): void }[] = [];
  before(async () => {
    s = await startTestServer({ pingMs: 60_000 });
    http = await listen(s.app);
  });
  after(async () => {
    for (const stream of streams) stream.close();
    await http?.close();
    await s?.close();
  });

  const give = async (overrides: Record<string, unknown>, headers: Record<string, string> = { 'Idempotency-Key': key() }) => {
    const res = await s.json(CHLOE, 'POST', '/kudos', { body: draft(overrides), headers, operationId: 'giveKudos' });
    assert.equal(res.status, 201);
    return res.body as { id: string; image: { url: string; alt: string } | null };
  };

  it('names it by address in every answer: the new kudos, a replay, one kudos, the list, a reaction', async () => {
    const headers = { 'Idempotency-Key': key() };
    const made = await give({ image: { url: png, alt: 'A cake' } }, headers);
    const address = `kudos/${made.id}/image`;
    assert.deepEqual(made.image, { url: address, alt: 'A cake' });
    const replayed = await s.call(CHLOE, 'POST', '/kudos', { body: draft({ image: { url: png, alt: 'A cake' } }), headers });
    assert.equal(replayed.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(((await replayed.json()) as { image: unknown }).image, made.image);
    const one = await s.json(MAI, 'GET', `/kudos/${made.id}`, { operationId: 'getKudos' });
    assert.deepEqual(one.body.image, made.image);
    assert.ok(one.res.headers.get('Content-Length') === null || Number(one.res.headers.get('Content-Length')) < 2048);
    const list = await s.json(MAI, 'GET', '/kudos?limit=5', { operationId: 'listKudos' });
    const listed = (list.body.items as { id: string; image: unknown }[]).find((k) => k.id === made.id);
    assert.deepEqual(listed?.image, made.image);
    assert.ok(JSON.stringify(list.body).length < 20_000, 'a page of kudos carries no image bytes');
    const reacted = await s.json(MAI, 'PUT', `/kudos/${made.id}/reactions/${encodeURIComponent('👏')}`, { operationId: 'addReaction' });
    assert.deepEqual(reacted.body.image, made.image);
  });

  it('serves the bytes as an image that cannot be a page: its type, nosniff, a sandboxing CSP, kept privately', async () => {
    const made = await give({ image: { url: png, alt: 'A cake' } });
    const res = await s.call(MAI, 'GET', `/${made.image!.url}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('Content-Type'), 'image/png');
    assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.match(res.headers.get('Content-Security-Policy') ?? '', /default-src 'none'.*sandbox/);
    assert.match(res.headers.get('Content-Disposition') ?? '', /^inline/);
    assert.match(res.headers.get('Cache-Control') ?? '', /^private, max-age=\d+/);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes);
  });

  it('shows a private kudos’ image to those who may see the kudos only: 404 to everyone else', async () => {
    const made = await give({ image: { url: png, alt: 'Private thanks' }, visibility: 'private' });
    for (const who of [CHLOE, MAI, NADIA]) assert.equal((await s.call(who, 'GET', `/kudos/${made.id}/image`)).status, 200, who);
    const other = await s.json(STRANGER, 'GET', `/kudos/${made.id}/image`);
    assert.equal(other.status, 404);
    assert.equal(other.body.error.code, 'not-found');
    assert.equal((await s.call(null, 'GET', `/kudos/${made.id}/image`)).status, 401);
  });

  it('answers 404 for a kudos without an uploaded image or none at all, 400 for an id the contract refuses, never 500', async () => {
    const plain = await give({});
    assert.equal((await s.call(MAI, 'GET', `/kudos/${plain.id}/image`)).status, 404, 'no image');
    assert.equal((await s.call(MAI, 'GET', '/kudos/k-no-such-kudos/image')).status, 404, 'no such kudos');
    assert.equal((await s.call(MAI, 'GET', `/kudos/${'x'.repeat(201)}/image`)).status, 400, 'an id too long');
    for (const id of ['%00', '..%2F..%2Fetc', '%F0%9F%91%8F', "'%20or%201=1"]) {
      const status = (await s.call(MAI, 'GET', `/kudos/${id}/image`)).status;
      assert.ok(status === 400 || status === 404, `${id}: ${status}`);
    }
  });

  it('sends a kudos event of about 1 KB for a kudos with a 250 KB image (it was ~340 KB)', async () => {
    const stream = await openStream(`${http.url}/events?topics=kudos`, { cookie: s.cookie(MAI) });
    streams.push(stream);
    await stream.next((m) => m.comment === 'connected', 3000);
    const made = await give({ image: { url: png, alt: 'A cake' } });
    const event = await stream.next((m) => m.event === 'kudos' && !!m.data?.includes(made.id), 10_000);
    const size = Buffer.byteLength(event.data!);
    assert.ok(size < 2048, `the event is ${size} bytes`);
    assert.equal((JSON.parse(event.data!) as { kudos: { image: { url: string } } }).kudos.image.url, `kudos/${made.id}/image`);
  });
});
