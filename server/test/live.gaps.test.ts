import assert from 'node:assert/strict';
import { connect as tcp, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CHLOE, MAI, contract, draft, key, listen, openStream, startTestServer, type SseMessage, type TestServer } from './helpers.js';

/*
 * Finding 12 (live gaps) and 13 (slow readers), over real HTTP on 127.0.0.1. A stream never
 * skips what it missed in silence: it replays it, or says `reset` so the client reloads; a new
 * stream says where it starts (`ready`). A client that stops reading is dropped past a cap in
 * bytes, while the others get every event.
 */

const CAP = 1024 * 1024;
let s: TestServer;
let http: Awaited<ReturnType<typeof listen>>;
const streams: { close(): void }[] = [];

before(async () => {
  s = await startTestServer({ pingMs: 60_000, rateLimit: { max: 10_000 }, liveMaxQueuedBytes: CAP });
  http = await listen(s.app);
});
after(async () => {
  for (const stream of streams) stream.close();
  await http?.close();
  await s?.close();
});

async function open(userId: string, query = 'topics=kudos', headers: Record<string, string> = {}) {
  const stream = await openStream(`${http.url}/events?${query}`, { cookie: s.cookie(userId), ...headers });
  streams.push(stream);
  assert.equal(stream.res.status, 200);
  return stream;
}

const named = (event: string) => (m: SseMessage) => m.event === event;
const about = (id: string) => (m: SseMessage) => !!m.data && m.data.includes(`"${id}"`);

async function give(userId: string, body = draft()) {
  const { status, body: kudos } = await s.json(userId, 'POST', '/kudos', { body, headers: { 'Idempotency-Key': key() } });
  assert.equal(status, 201);
  return kudos as { id: string };
}

/** `count` poll events straight into the table (as many writers would), then dispatched. */
async function manyEvents(count: number): Promise<void> {
  await s.db.query(
    `insert into events (topic, type, kudos_id, public, audience, only_user, created_at)
     select 'poll', 'changed', 'poll-lunch', true, '{}'::text[], null, now() from generate_series(1, $1)`,
    [count],
  );
  s.app.live.catchUp();
}

/** The id of the last event a client saw, the way any client learns one: from an event. */
async function lastSeen(): Promise<string> {
  const stream = await open(MAI);
  await stream.next((m) => m.comment === 'connected', 3000);
  const kudos = await give(CHLOE, draft({ message: 'The last event this client saw.' }));
  const id = (await stream.next(about(kudos.id))).id!;
  stream.close();
  return id;
}

describe('live gaps (finding 12)', () => {
  it('opens a new stream with the current id, so a client that saw no event yet gets what happened while it was away', async () => {
    const first = await open(MAI);
    const ready = await first.next(named('ready'), 3000);
    assert.match(ready.id ?? '', /^\d+$/);
    first.close();
    const missed = await give(CHLOE, draft({ message: 'Given while the stream was down, before any event reached it.' }));
    const again = await open(MAI, 'topics=kudos', { 'Last-Event-ID': ready.id! });
    assert.equal(JSON.parse((await again.next(about(missed.id))).data!).type, 'created');
    again.close();
  });

  it('says reset, rather than replaying 1,000 events and skipping the rest, when more than 1,000 were missed; live events follow', async () => {
    const seen = await lastSeen();
    await manyEvents(1_501);
    const again = await open(MAI, 'topics=kudos,poll', { 'Last-Event-ID': seen });
    const reset = await again.next(named('reset'), 10_000);
    const data = JSON.parse(reset.data!) as unknown;
    assert.deepEqual(contract.schemaErrors('LiveReset', data), []);
    assert.deepEqual(data, { topics: ['kudos', 'poll'] });
    assert.ok(Number(reset.id) >= Number(seen) + 1_501, 'the reset names the current id');
    const live = await give(CHLOE, draft({ message: 'After the reset, live again.' }));
    const next = await again.next(about(live.id));
    assert.ok(Number(next.id) > Number(reset.id));
    again.close();
  });

  it('says reset when the last id it was given is no longer kept', async () => {
    const seen = await lastSeen();
    const missed = await give(CHLOE, draft({ message: 'Missed, and pruned before the client came back.' }));
    // What housekeeping does a day later.
    await s.db.query('delete from events where id <= (select max(id) from events)');
    const again = await open(MAI, 'topics=kudos', { 'Last-Event-ID': seen });
    await again.next(named('reset'), 3000);
    assert.deepEqual(again.taken.filter(about(missed.id)), []);
    again.close();
  });
});

/** An event stream whose client sends its request and then never reads a byte. */
function neverReads(port: number, cookie: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcp(port, '127.0.0.1', () => {
      socket.write(`GET /api/chorus/events?topics=kudos HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nAccept: text/event-stream\r\n\r\n`);
      socket.pause();
      resolve(socket);
    });
    socket.on('error', (error) => (socket.connecting ? reject(error) : undefined));
  });
}

/**
 * `count` kudos of about `bytes` each, straight into the tables (the API takes 2,000-character
 * messages, and names images by address: an event is ~1 KB), then dispatched: a queue that big
 * is what the cap is for, however it comes about (many events, a reader stuck for hours). One at
 * a time, as writers make them: `reader` gets each before the next.
 */
async function heavyKudos(
  count: number,
  bytes: number,
  reader: { next(match: (m: SseMessage) => boolean, ms?: number): Promise<SseMessage> },
): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `k-heavy-${i}-${Math.random().toString(36).slice(2)}`);
  for (const id of ids) {
    await s.db.query(
      `insert into kudos (id, author_id, recipient_ids, message, value_id, image_url, image_alt, visibility, created_at)
       values ($1, $2, $3::text[], $4, null, null, null, 'public', now())`,
      [id, CHLOE, [MAI], 'x'.repeat(bytes)],
    );
    await s.db.query(
      `insert into events (topic, type, kudos_id, public, audience, only_user, created_at) values ('kudos', 'created', $1, true, $2::text[], null, now())`,
      [id, [CHLOE, MAI]],
    );
    s.app.live.catchUp();
    await reader.next(about(id), 10_000);
  }
  return ids;
}

describe('slow readers (finding 13)', () => {
  it('drops a client that stops reading once its queue passes the cap in bytes; the others get every event', async () => {
    const reader = await open(MAI);
    await reader.next((m) => m.comment === 'connected', 3000);
    const base = s.app.live.clientCount;
    const port = Number(new URL(http.url).port);
    // The server's end of the stuck client's connection: the next one it accepts.
    const serverSide = new Promise<Socket>((resolve) => http.server.once('connection', resolve));
    const stuck = await neverReads(port, s.cookie(MAI));

    const deadline = Date.now() + 5000;
    while (s.app.live.clientCount === base && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(s.app.live.clientCount, base + 1, 'the stuck client is connected');

    // 30 kudos of 270 KB each: about 8 MB of events for each stream.
    await heavyKudos(30, 270_000, reader);
    const dropped = Date.now() + 5000;
    while (s.app.live.clientCount > base && Date.now() < dropped) await new Promise((r) => setTimeout(r, 20));
    assert.equal(s.app.live.clientCount, base, 'the client that never read was dropped');
    // And the server cut its connection, so what was queued for it is freed (a close would wait behind it).
    const socket = await serverSide;
    const left = Date.now() + 5000;
    while (!socket.destroyed && Date.now() < left) await new Promise((r) => setTimeout(r, 20));
    assert.ok(socket.destroyed, 'its connection is cut');
    stuck.destroy();
  });
});
