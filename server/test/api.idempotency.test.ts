import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KudosComment } from '../../src/core/kudos.js';
import { CHLOE, MAI, draft, key } from './helpers.js';
import { server, withKudosServer, give } from './api.helpers.js';

/* Idempotency-Key on the reference server's kudos writes: replays, conflicts, per-user keys, races and retries. */

withKudosServer();

describe('idempotency', () => {
  it('replays the first response for the same key and body, and creates nothing more', async () => {
    const k = key();
    const body = draft({ message: 'Idempotent thanks for the on-call handover notes.' });
    const first = await give(CHLOE, body, k);
    server.s.clock.now += 5000;
    await server.s.call(MAI, 'PUT', `/kudos/${first.body.id}/reactions/${encodeURIComponent('🎉')}`);
    const again = await give(CHLOE, { ...body }, k);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body, 'the first response, byte for byte');
    assert.equal(again.res.headers.get('idempotent-replayed'), 'true');
    const [{ n }] = await server.s.db.query<{ n: number }>('select count(*)::int as n from kudos where message = $1', [body.message]);
    assert.equal(n, 1);
  });

  it('answers 409 for the same key with another body', async () => {
    const k = key();
    await give(CHLOE, draft({ message: 'First use of this key, for the sprint demo.' }), k);
    const other = await give(CHLOE, draft({ message: 'Another body under the same key entirely.' }), k);
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'conflict');
  });

  it('keeps keys per user, and forgets them after 24 hours', async () => {
    const k = key();
    const body = draft({ recipientIds: ['p-06'], message: 'Same key, two different people giving.' });
    const a = await give(CHLOE, body, k);
    const b = await give(MAI, body, k);
    assert.notEqual(a.body.id, b.body.id);
    server.s.clock.now += 86_400_000 + 1000;
    const later = await give(CHLOE, body, k);
    assert.equal(later.status, 201);
    assert.notEqual(later.body.id, a.body.id);
  });

  it('does not create twice when the same request arrives twice at once', async () => {
    const k = key();
    const body = draft({ message: 'Concurrent duplicate requests must create one kudos.' });
    const [a, b] = await Promise.all([give(CHLOE, body, k), give(CHLOE, body, k)]);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(a.body.id, b.body.id);
    const [{ n }] = await server.s.db.query<{ n: number }>('select count(*)::int as n from kudos where message = $1', [body.message]);
    assert.equal(n, 1);
  });

  it('lets a failed request be retried with its key', async () => {
    const k = key();
    const bad = await give(CHLOE, draft({ message: 'short' }), k);
    assert.equal(bad.status, 400);
    const good = await give(CHLOE, draft({ message: 'Now long enough to be a proper thank-you.' }), k);
    assert.equal(good.status, 201);
  });

  it('replays comments too', async () => {
    const k = key();
    const [one, two] = [await give(CHLOE), await give(CHLOE)];
    const first = await server.s.json<KudosComment>(MAI, 'POST', `/kudos/${one.body.id}/comments`, {
      body: { message: 'Well deserved!' },
      headers: { 'Idempotency-Key': k },
      operationId: 'addComment',
    });
    const again = await server.s.json<KudosComment>(MAI, 'POST', `/kudos/${one.body.id}/comments`, {
      body: { message: 'Well deserved!' },
      headers: { 'Idempotency-Key': k },
    });
    assert.equal(first.status, 201);
    assert.deepEqual(again.body, first.body);
    const other = await server.s.json(MAI, 'POST', `/kudos/${two.body.id}/comments`, {
      body: { message: 'Well deserved!' },
      headers: { 'Idempotency-Key': k },
    });
    assert.equal(other.status, 409, 'the same key on another kudos is another request');
  });
});
