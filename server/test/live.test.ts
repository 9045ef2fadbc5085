import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KudosLiveEvent } from '../../src/core/live.js';
import { CHLOE, MAI, NADIA, contract, draft, key, listen, openStream, startTestServer, type SseMessage, type TestServer } from './helpers.js';

/*
 * The event stream over real HTTP on 127.0.0.1, read with fetch. Every wait has a deadline.
 */

let s: TestServer;
let http: Awaited<ReturnType<typeof listen>>;
const streams: { close(): void }[] = [];
const OTHER = 'p-02';

before(async () => {
  s = await startTestServer({ pingMs: 300 });
  http = await listen(s.app);
});
after(async () => {
  for (const stream of streams) stream.close();
  await http?.close();
  await s?.close();
});

async function connect(userId: string | null, query = 'topics=kudos', headers: Record<string, string> = {}) {
  const stream = await openStream(`${http.url}/events?${query}`, { ...(userId ? { cookie: s.cookie(userId) } : {}), ...headers });
  streams.push(stream);
  if (stream.res.status === 200) await stream.next((m) => m.comment === 'connected', 3000);
  return stream;
}

function data(message: SseMessage): KudosLiveEvent {
  const event = JSON.parse(message.data!) as KudosLiveEvent;
  assert.deepEqual(contract.schemaErrors('LiveEvent', event), [], 'a LiveEvent as the contract says');
  return event;
}

const about = (id: string) => (m: SseMessage) => !!m.data && m.data.includes(`"${id}"`);

async function give(userId: string, body = draft()) {
  const { status, body: kudos } = await s.json(userId, 'POST', '/kudos', { body, headers: { 'Idempotency-Key': key() } });
  assert.equal(status, 201);
  return kudos as { id: string };
}

describe('GET /events', () => {
  it('is an event stream with retry, ids, the topic as event name, and pings', async () => {
    const stream = await connect(CHLOE);
    assert.equal(stream.res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(stream.res.headers.get('cache-control'), 'no-cache');
    const kudos = await give(MAI, draft({ recipientIds: [CHLOE] }));
    const message = await stream.next(about(kudos.id));
    assert.match(message.id ?? '', /^\d+$/);
    assert.equal(message.event, 'kudos');
    const event = data(message);
    assert.equal(event.type, 'created');
    assert.equal(event.type === 'created' && event.kudos.id, kudos.id);
    assert.ok(await stream.next((m) => m.comment === 'ping', 3000));
    stream.close();
  });

  it('answers 401 without a user and 400 for an unknown topic', async () => {
    const anonymous = await openStream(`${http.url}/events?topics=kudos`);
    assert.equal(anonymous.res.status, 401);
    anonymous.close();
    const polls = await openStream(`${http.url}/events?topics=polls`, { cookie: s.cookie(CHLOE) });
    assert.equal(polls.res.status, 400);
    polls.close();
  });

  it('computes each event for its user: private kudos only to author, recipients and moderators; `mine` per user', async () => {
    const [author, recipient, moderator, other] = await Promise.all([connect(CHLOE), connect(MAI), connect(NADIA), connect(OTHER)]);
    const secret = await give(CHLOE, draft({ recipientIds: [MAI], visibility: 'private', message: 'Private thanks, live, for the careful review.' }));
    for (const stream of [author, recipient, moderator]) assert.equal(data(await stream.next(about(secret.id))).type, 'created');

    await s.call(MAI, 'PUT', `/kudos/${secret.id}/reactions/${encodeURIComponent('❤️')}`);
    const forMai = data(await recipient.next(about(secret.id)));
    const forChloe = data(await author.next(about(secret.id)));
    assert.ok(forMai.type === 'updated' && forMai.kudos.reactions[0]!.mine === true);
    assert.ok(forChloe.type === 'updated' && forChloe.kudos.reactions[0]!.mine === false);
    assert.equal(data(await moderator.next(about(secret.id))).type, 'updated');

    await s.call(CHLOE, 'DELETE', `/kudos/${secret.id}`);
    for (const stream of [author, recipient, moderator])
      assert.deepEqual(data(await stream.next(about(secret.id))), { topic: 'kudos', type: 'deleted', id: secret.id });

    // A public kudos afterwards reaches everyone, so "other" was listening all along.
    const open = await give(CHLOE, draft({ message: 'Public thanks that everyone may read.' }));
    assert.equal(data(await other.next(about(open.id))).type, 'created');
    assert.deepEqual(other.taken.filter(about(secret.id)), [], 'nothing about the private kudos reached someone else');
  });

  it('sends a report only to the reporter, and comments to everyone who sees the kudos', async () => {
    const kudos = await give(CHLOE, draft({ message: 'Thanks for the retro, it helped the whole team.' }));
    const [reporter, author] = [await connect(MAI), await connect(CHLOE)];
    await s.call(MAI, 'POST', `/kudos/${kudos.id}/reports`, { body: { reason: 'Just testing.' } });
    const reported = data(await reporter.next(about(kudos.id)));
    assert.ok(reported.type === 'updated' && reported.kudos.reportedByMe);
    await s.call(OTHER, 'POST', `/kudos/${kudos.id}/comments`, { body: { message: 'Agreed!' }, headers: { 'Idempotency-Key': key() } });
    const commented = data(await author.next(about(kudos.id)));
    assert.ok(commented.type === 'updated' && commented.kudos.commentCount === 1 && !commented.kudos.reportedByMe);
    assert.deepEqual(author.taken.filter(about(kudos.id)), [], 'the author got no event for the report');
  });

  it('replays what a reconnecting client missed (Last-Event-ID header or lastEventId query), as that user sees it', async () => {
    const first = await connect(MAI);
    const before = await give(CHLOE, draft({ message: 'Sent while the client was still connected.' }));
    const seen = await first.next(about(before.id));
    first.close();

    const missedPublic = await give(CHLOE, draft({ message: 'Missed while disconnected, public.' }));
    const missedPrivate = await give(CHLOE, draft({ recipientIds: ['p-04'], visibility: 'private', message: 'Missed, private, not for Mai.' }));
    await s.call(CHLOE, 'DELETE', `/kudos/${missedPublic.id}`);

    for (const resume of [{ headers: { 'Last-Event-ID': seen.id! } }, { query: `topics=kudos&lastEventId=${seen.id!}` }]) {
      const again = await connect(MAI, resume.query, resume.headers);
      // The public one was deleted since: no stale 'created', just its deletion.
      assert.deepEqual(data(await again.next(about(missedPublic.id))), { topic: 'kudos', type: 'deleted', id: missedPublic.id });
      // And live events keep coming after the replay, in order.
      const live = await give(CHLOE, draft({ message: 'After the reconnection, live again.' }));
      const next = await again.next(about(live.id));
      assert.ok(Number(next.id) > Number(seen.id));
      assert.deepEqual(again.taken.filter(about(missedPrivate.id)), []);
      again.close();
    }
  });

  it('tells a reactor, in each of their tabs, that the reaction is theirs, and the others with the same roles that it is not', async () => {
    const kudos = await give(CHLOE, draft({ recipientIds: [MAI], message: 'Public thanks, for a shared view.' }));
    const [tab1, tab2, bystander, another] = await Promise.all([connect(OTHER), connect(OTHER), connect('p-04'), connect('p-05')]);
    await s.call(OTHER, 'PUT', `/kudos/${kudos.id}/reactions/${encodeURIComponent('🎉')}`);
    const mine = async (stream: typeof tab1) => {
      const event = data(await stream.next(about(kudos.id)));
      assert.equal(event.type, 'updated');
      return event.type === 'updated' && event.kudos.reactions.find((r) => r.emoji === '🎉')?.mine;
    };
    assert.deepEqual(await Promise.all([tab1, tab2, bystander, another].map(mine)), [true, true, false, false]);
  });

  it('sends each of many kudos given at once to every stream exactly once, in the order of their ids', async () => {
    const [one, two] = await Promise.all([connect('p-04'), connect(CHLOE)]);
    const given = await Promise.all(Array.from({ length: 8 }, (_, i) => give(MAI, draft({ recipientIds: [CHLOE], message: `Thanks, batch ${i}.` }))));
    const ours = (m: SseMessage) => given.some((k) => about(k.id)(m));
    for (const stream of [one, two]) {
      const deadline = Date.now() + 5000;
      while (stream.taken.filter(ours).length < given.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const frames = (await stream.drain(300)).filter(ours); // a doubled frame would have come by then
      assert.deepEqual(
        frames.map((m) => data(m).type),
        Array(given.length).fill('created'),
        'one frame per kudos',
      );
      const ids = frames.map((m) => Number(m.id));
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => a - b),
        'in the order of their ids',
      );
    }
  });

  it('forgets clients that go away', async () => {
    const stream = await connect(OTHER);
    const count = s.app.live.clientCount;
    stream.close();
    const deadline = Date.now() + 3000;
    while (s.app.live.clientCount >= count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(s.app.live.clientCount < count);
  });
});

describe('two server instances on one database', () => {
  it("see each other's kudos live (through NOTIFY), each computing its own users' view", async () => {
    const second = await startTestServer({ db: s.db, prepared: true });
    const secondHttp = await listen(second.app);
    try {
      const stream = await openStream(`${secondHttp.url}/events?topics=kudos`, { cookie: second.cookie(MAI) });
      streams.push(stream);
      await stream.next((m) => m.comment === 'connected', 3000);
      const kudos = await give(CHLOE, draft({ recipientIds: [MAI], visibility: 'private', message: 'Given on instance one, seen on instance two.' }));
      const event = data(await stream.next(about(kudos.id)));
      assert.equal(event.type, 'created');
      stream.close();
    } finally {
      await secondHttp.close();
      await second.close();
    }
  });
});
