import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LiveEvent } from '../../src/core/live.js';
import { CHLOE, MAI, NADIA, contract, draft, key, listen, openStream, startTestServer, type SseMessage, type TestServer } from './helpers.js';

/*
 * Moderation over the event stream: a hidden kudos leaves the walls of those who may no longer
 * see it and is marked on its author's; restored, it comes back; the queue's `changed` event
 * reaches moderators only. Real HTTP on 127.0.0.1; every wait has a deadline.
 */

let s: TestServer;
let http: Awaited<ReturnType<typeof listen>>;
const streams: { close(): void }[] = [];

before(async () => {
  s = await startTestServer({ pingMs: 300 });
  http = await listen(s.app);
});
after(async () => {
  for (const stream of streams) stream.close();
  await http?.close();
  await s?.close();
});

async function connect(userId: string, topics = 'kudos') {
  const stream = await openStream(`${http.url}/events?topics=${topics}`, { cookie: s.cookie(userId) });
  streams.push(stream);
  await stream.next((m) => m.comment === 'connected', 3000);
  return stream;
}

function data(message: SseMessage): LiveEvent {
  const event = JSON.parse(message.data!) as LiveEvent;
  assert.deepEqual(contract.schemaErrors('LiveEvent', event), [], 'a LiveEvent as the contract says');
  return event;
}

const about = (id: string) => (m: SseMessage) => !!m.data && m.data.includes(`"${id}"`);

async function moderate(id: string, action: string, reason: string) {
  const { status } = await s.json(NADIA, 'POST', `/moderation/items/kudos/${id}/actions`, { body: { action, reason } });
  assert.equal(status, 200);
}

describe('moderation over GET /events', () => {
  it('hiding: deleted for others, updated (marked hidden) for the author; restoring: created for others', async () => {
    const { body: kudos } = await s.json(MAI, 'POST', '/kudos', { body: draft({ recipientIds: [CHLOE] }), headers: { 'Idempotency-Key': key() } });
    const id = (kudos as { id: string }).id;
    const recipient = await connect(CHLOE);
    const author = await connect(MAI);
    await moderate(id, 'hide', 'Not for the wall.');
    const gone = data(await recipient.next(about(id)));
    assert.deepEqual(gone, { topic: 'kudos', type: 'deleted', id });
    const marked = data(await author.next(about(id)));
    assert.equal(marked.topic === 'kudos' && marked.type, 'updated');
    assert.deepEqual(marked.topic === 'kudos' && marked.type === 'updated' && marked.kudos.hidden, { reason: 'Not for the wall.' });
    await moderate(id, 'restore', 'Fine after all.');
    const back = data(await recipient.next(about(id)));
    assert.equal(back.topic === 'kudos' && back.type, 'created');
    const unmarked = data(await author.next(about(id)));
    assert.equal(unmarked.topic === 'kudos' && unmarked.type === 'updated' && unmarked.kudos.hidden, undefined);
  });

  it('a report reaches open queues: moderators hear `changed`, employees nothing', async () => {
    const { body: kudos } = await s.json(MAI, 'POST', '/kudos', { body: draft({ recipientIds: [CHLOE] }), headers: { 'Idempotency-Key': key() } });
    const moderator = await connect(NADIA, 'moderation');
    const employee = await connect(MAI, 'moderation,kudos');
    await s.call(CHLOE, 'POST', `/kudos/${(kudos as { id: string }).id}/reports`, { body: { reason: 'Live.' } });
    const message = await moderator.next((m) => m.event === 'moderation');
    assert.deepEqual(data(message), { topic: 'moderation', type: 'changed' });
    // The employee's next frame after the report is a ping, never a moderation event.
    const next = await employee.next((m) => m.event === 'moderation' || m.comment === 'ping', 3000);
    assert.equal(next.event, undefined);
  });
});
