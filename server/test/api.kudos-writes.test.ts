import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REACTIONS } from '../../src/seed/index.js';
import type { Kudos, KudosComment } from '../../src/core/kudos.js';
import { BODY_LIMIT, KUDOS_BODY_LIMIT } from '../app.js';
import { CHLOE, MAI, NADIA, OLAFUR, draft, key } from './helpers.js';
import { server, withKudosServer, give } from './api.helpers.js';

/* The kudos API on the reference server: giving, one kudos, reactions, comments, reports and deleting (idempotency: api.idempotency.test.ts). */

withKudosServer();

describe('giving kudos', () => {
  it('creates a kudos (201) that the list then shows first', async () => {
    server.s.clock.now += 60_000;
    const made = await give(CHLOE, draft({ valueId: 'own-it', recipientIds: [MAI, 'p-04', MAI], message: '  Thanks   for the release!\n\n\n\nGreat work.  ' }));
    assert.equal(made.status, 201);
    assert.equal(made.body.author.id, CHLOE);
    assert.deepEqual(
      made.body.recipients.map((p: { id: string }) => p.id),
      [MAI, 'p-04'],
      'recipients deduplicated',
    );
    assert.equal(made.body.message, 'Thanks   for the release!\n\nGreat work.', 'trimmed, blank lines folded');
    assert.equal(made.body.createdAt, new Date(server.s.clock.now).toISOString());
    assert.deepEqual(made.body.reactions, []);
    const list = await server.s.json(MAI, 'GET', '/kudos?limit=1');
    assert.equal(list.body.items[0].id, made.body.id);
  });

  it("reports every rule broken at once, in the embedded adapter's words", async () => {
    const { status, body } = await give(CHLOE, {
      recipientIds: [CHLOE],
      message: 'short',
      valueId: 'nope',
      image: { url: 'ftp://x', alt: ' ' },
      visibility: 'public',
    });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'validation');
    assert.deepEqual(
      body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`),
      ['message:too-short', 'recipientIds:self', 'valueId:invalid', 'image.url:invalid', 'image.alt:required'],
    );
    assert.deepEqual(body.error.fields[0].params, { min: 10 });
  });

  it('counts message length in graphemes, not code units', async () => {
    const family = '👨‍👩‍👧‍👦';
    const ok = await give(CHLOE, draft({ message: family.repeat(500) }));
    assert.equal(ok.status, 201, 'five hundred emoji sequences are 500 characters');
    const tooLong = await give(CHLOE, draft({ message: family.repeat(501) }));
    assert.equal(tooLong.status, 400);
    assert.deepEqual(tooLong.body.error.fields, [{ field: 'message', code: 'too-long', message: 'Keep it under 500 characters.', params: { max: 500 } }]);
  });

  it('refuses unknown people, too many recipients, and shapes the contract does not allow', async () => {
    const unknown = await give(CHLOE, draft({ recipientIds: ['p-999'] }));
    assert.deepEqual(
      unknown.body.error.fields.map((f: { code: string }) => f.code),
      ['invalid'],
    );
    const many = await give(CHLOE, draft({ recipientIds: Array.from({ length: 11 }, (_, i) => `p-${String(i + 2).padStart(2, '0')}`) }));
    assert.deepEqual(many.body.error.fields, [{ field: 'recipientIds', code: 'too-many', message: 'Choose at most 10 people.', params: { max: 10 } }]);
    const shape = await give(CHLOE, { recipientIds: 'p-03', message: 42, visibility: 'secret', extra: true });
    assert.equal(shape.status, 400);
    const fields = shape.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort();
    assert.deepEqual(fields, ['extra:invalid', 'image:required', 'message:invalid', 'recipientIds:invalid', 'valueId:required', 'visibility:invalid']);
  });

  it('needs an Idempotency-Key and a JSON body', async () => {
    const noKey = await server.s.json(CHLOE, 'POST', '/kudos', { body: draft(), operationId: 'giveKudos' });
    assert.equal(noKey.status, 400);
    assert.deepEqual(
      noKey.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`),
      ['Idempotency-Key:required'],
    );
    const longKey = await server.s.json(CHLOE, 'POST', '/kudos', { body: draft(), headers: { 'Idempotency-Key': 'k'.repeat(201) } });
    assert.equal(longKey.body.error.fields[0].code, 'too-long');
    const notJson = await server.s.json(CHLOE, 'POST', '/kudos', {
      body: 'message=hi',
      headers: { 'Idempotency-Key': key(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(notJson.status, 400);
    assert.equal(notJson.body.error.fields[0].field, 'body');
    const broken = await server.s.json(CHLOE, 'POST', '/kudos', { body: '{"message":', headers: { 'Idempotency-Key': key() } });
    assert.equal(broken.status, 400);
    const empty = await server.s.json(CHLOE, 'POST', '/kudos', { headers: { 'Idempotency-Key': key() } });
    assert.deepEqual(empty.body.error.fields, [{ field: 'body', code: 'required', message: 'Send a JSON body.' }]);
  });

  it('refuses bodies over the limit with 413', async () => {
    const big = await server.s.json(CHLOE, 'POST', '/kudos', {
      body: draft({ message: 'x'.repeat(KUDOS_BODY_LIMIT) }),
      headers: { 'Idempotency-Key': key() },
      operationId: 'giveKudos',
    });
    assert.equal(big.status, 413);
    assert.deepEqual(big.body, { error: { code: 'payload-too-large', message: 'The request is too large.' } });
    const comment = await server.s.json(CHLOE, 'POST', `/kudos/${server.P[4]}/comments`, {
      body: { message: 'x'.repeat(BODY_LIMIT) },
      headers: { 'Idempotency-Key': key() },
    });
    assert.equal(comment.status, 413);
    // A data:image URL well over the small limit is fine on POST /kudos.
    const image = await give(CHLOE, draft({ image: { url: `data:image/png;base64,${'A'.repeat(100_000)}`, alt: 'A picture' } }));
    assert.equal(image.status, 201);
  });

  it('rate-limits each person (10 a minute), with Retry-After, counted in the database', async () => {
    const giver = 'p-20';
    server.s.clock.now += 120_000;
    for (let i = 0; i < 10; i++) {
      const ok = await give(giver);
      assert.equal(ok.status, 201, `kudos ${i + 1}`);
      server.s.clock.now += 1000;
    }
    const limited = await give(giver);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'rate-limited');
    // The oldest of the ten leaves the 60 s window 50 s from now.
    assert.equal(limited.res.headers.get('retry-after'), '50');
    const [{ n }] = await server.s.db.query<{ n: number }>('select count(*)::int as n from rate_hits where person_id = $1', [giver]);
    assert.equal(n, 10);
    assert.equal((await give('p-21')).status, 201, 'others are not limited');
    assert.equal((await give(giver)).status, 429);
    server.s.clock.now += 50_001;
    assert.equal((await give(giver)).status, 201, 'the window moves on');
  });
});

describe('one kudos', () => {
  it('GET /kudos/{id} sends an ETag that changes with what the user sees', async () => {
    const id = (await give(MAI, draft({ recipientIds: [CHLOE] }))).body.id;
    const first = await server.s.json<Kudos>(CHLOE, 'GET', `/kudos/${id}`, { operationId: 'getKudos' });
    assert.equal(first.status, 200);
    const etag = first.res.headers.get('etag')!;
    assert.equal((await server.s.call(CHLOE, 'GET', `/kudos/${id}`, { headers: { 'If-None-Match': etag } })).status, 304);
    assert.equal((await server.s.call(CHLOE, 'GET', `/kudos/${id}`, { headers: { 'If-None-Match': `W/${etag}` } })).status, 304);
    assert.equal((await server.s.call(MAI, 'GET', `/kudos/${id}`, { headers: { 'If-None-Match': etag } })).status, 304, 'same view for both so far');
    await server.s.call(CHLOE, 'PUT', `/kudos/${id}/reactions/${encodeURIComponent('🚀')}`);
    const changed = await server.s.call(CHLOE, 'GET', `/kudos/${id}`, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const asMai = await server.s.call(MAI, 'GET', `/kudos/${id}`, { headers: { 'If-None-Match': changed.headers.get('etag')! } });
    assert.equal(asMai.status, 200, '`mine` differs between the two users, so does the ETag');
  });

  it('answers 404 for unknown ids and 400 for impossible ones', async () => {
    for (const [method, path] of [
      ['GET', '/kudos/k-nope'],
      ['DELETE', '/kudos/k-nope'],
      ['GET', '/kudos/k-nope/comments'],
      ['PUT', `/kudos/k-nope/reactions/${encodeURIComponent('👏')}`],
    ] as const) {
      const { status, body } = await server.s.json(NADIA, method, path);
      assert.equal(status, 404, `${method} ${path}`);
      assert.equal(body.error.code, 'not-found');
    }
    const long = await server.s.json(NADIA, 'GET', `/kudos/${'k'.repeat(201)}`);
    assert.equal(long.status, 400);
    assert.equal(long.body.error.fields[0].field, 'kudosId');
    const nowhere = await server.s.json(NADIA, 'GET', '/no/such/route');
    assert.equal(nowhere.status, 404);
  });
});

describe('reactions', () => {
  it("adds and removes the user's own reaction, idempotently", async () => {
    const path = `/kudos/${server.P[0]}/reactions/${encodeURIComponent('🎉')}`;
    const added = await server.s.json<Kudos>(CHLOE, 'PUT', path, { operationId: 'addReaction' });
    assert.equal(added.status, 200);
    const party = added.body.reactions.find((r) => r.emoji === '🎉')!;
    assert.equal(party.mine, true);
    assert.deepEqual(party.people[0], { id: CHLOE, name: 'Chloé Dubois' }, 'newest reactor first');
    const twice = await server.s.json<Kudos>(CHLOE, 'PUT', path);
    assert.equal(twice.body.reactions.find((r) => r.emoji === '🎉')!.count, party.count, 'idempotent');
    const asOther = await server.s.json<Kudos>(MAI, 'GET', `/kudos/${server.P[0]}`);
    assert.equal(asOther.body.reactions.find((r) => r.emoji === '🎉')!.mine, false, 'mine is per user');
    const removed = await server.s.json<Kudos>(CHLOE, 'DELETE', path, { operationId: 'removeReaction' });
    assert.equal(removed.body.reactions.find((r) => r.emoji === '🎉')?.mine ?? false, false);
    const again = await server.s.json<Kudos>(CHLOE, 'DELETE', path);
    assert.equal(again.status, 200);
  });

  it('keeps reactions in the configured order', async () => {
    const { body } = await server.s.json<Kudos>(CHLOE, 'GET', '/kudos?limit=100');
    for (const k of (body as unknown as { items: Kudos[] }).items) {
      const order = k.reactions.map((r) => REACTIONS.indexOf(r.emoji));
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
      );
    }
  });

  it('refuses an emoji the instance does not offer', async () => {
    const { status, body } = await server.s.json(CHLOE, 'PUT', `/kudos/${server.P[0]}/reactions/${encodeURIComponent('💩')}`, {
      operationId: 'addReaction',
    });
    assert.equal(status, 400);
    assert.deepEqual(body.error.fields, [{ field: 'emoji', code: 'invalid', message: 'Choose one of the offered reactions.' }]);
  });
});

describe('comments', () => {
  it('lists oldest first and adds one as the signed-in user', async () => {
    server.s.clock.now += 60_000;
    const made = await server.s.json<KudosComment>(MAI, 'POST', `/kudos/${server.P[1]}/comments`, {
      body: { message: '  So well deserved!  ' },
      headers: { 'Idempotency-Key': key() },
      operationId: 'addComment',
    });
    assert.equal(made.status, 201);
    assert.equal(made.body.author.id, MAI);
    assert.equal(made.body.message, 'So well deserved!');
    assert.equal(made.body.kudosId, server.P[1]);
    const list = await server.s.json(CHLOE, 'GET', `/kudos/${server.P[1]}/comments`, { operationId: 'listComments' });
    const items: KudosComment[] = list.body.items;
    assert.equal(items[items.length - 1]!.id, made.body.id);
    assert.deepEqual(
      items.map((c) => c.createdAt),
      [...items.map((c) => c.createdAt)].sort(),
    );
    const kudos = await server.s.json<Kudos>(CHLOE, 'GET', `/kudos/${server.P[1]}`);
    assert.equal(kudos.body.commentCount, items.length);
  });

  it('checks length in graphemes and refuses an empty comment', async () => {
    const empty = await server.s.json(MAI, 'POST', `/kudos/${server.P[1]}/comments`, {
      body: { message: '   ' },
      headers: { 'Idempotency-Key': key() },
    });
    assert.deepEqual(empty.body.error.fields, [{ field: 'message', code: 'required', message: 'Write a message.' }]);
    const long = await server.s.json(MAI, 'POST', `/kudos/${server.P[1]}/comments`, {
      body: { message: 'é'.repeat(301) },
      headers: { 'Idempotency-Key': key() },
    });
    assert.deepEqual(long.body.error.fields[0].params, { max: 300 });
  });
});

describe('reports and moderation', () => {
  it('records one report per person and shows it to moderators and admins only', async () => {
    server.s.clock.now += 60_000;
    const reported = await server.s.call(MAI, 'POST', `/kudos/${server.P[2]}/reports`, {
      body: { reason: 'Names a customer on a public wall.' },
    });
    assert.equal(reported.status, 204);
    const twice = await server.s.call(MAI, 'POST', `/kudos/${server.P[2]}/reports`, { body: { reason: 'Second thoughts.' } });
    assert.equal(twice.status, 204);
    const view = await server.s.json<Kudos>(MAI, 'GET', `/kudos/${server.P[2]}`);
    assert.equal(view.body.reportedByMe, true);
    assert.equal((await server.s.json<Kudos>(CHLOE, 'GET', `/kudos/${server.P[2]}`)).body.reportedByMe, false);

    const forbidden = await server.s.json(MAI, 'GET', '/admin/reports', { operationId: 'listReports' });
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.body.error.code, 'forbidden');
    for (const moderator of [NADIA, OLAFUR]) {
      const { status, body } = await server.s.json(moderator, 'GET', '/admin/reports', { operationId: 'listReports' });
      assert.equal(status, 200);
      assert.deepEqual(body.items[0], {
        kudosId: server.P[2],
        reason: 'Names a customer on a public wall.',
        reportedAt: new Date(server.s.clock.now).toISOString(),
      });
      assert.equal(body.items.length, 3, 'two seeded reports and this one');
    }
  });

  it('bounds the reason', async () => {
    const { status, body } = await server.s.json(MAI, 'POST', `/kudos/${server.P[3]}/reports`, {
      body: { reason: 'x'.repeat(501) },
      operationId: 'reportKudos',
    });
    assert.equal(status, 400);
    assert.equal(body.error.fields[0].code, 'too-long');
    const missing = await server.s.json(MAI, 'POST', `/kudos/${server.P[3]}/reports`, { body: {} });
    assert.deepEqual(
      missing.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`),
      ['reason:required'],
    );
  });
});

describe('deleting', () => {
  it('lets the author delete, others not (403), moderators and admins always', async () => {
    const mine = await give(CHLOE, draft({ message: 'To be deleted by its own author later.' }));
    assert.equal((await server.s.json(MAI, 'DELETE', `/kudos/${mine.body.id}`, { operationId: 'deleteKudos' })).status, 403);
    assert.equal((await server.s.call(CHLOE, 'DELETE', `/kudos/${mine.body.id}`)).status, 204);
    assert.equal((await server.s.call(CHLOE, 'GET', `/kudos/${mine.body.id}`)).status, 404);
    assert.equal((await server.s.call(CHLOE, 'DELETE', `/kudos/${mine.body.id}`)).status, 404);
    for (const moderator of [NADIA, OLAFUR]) {
      const other = await give(MAI, draft({ recipientIds: ['p-07'], message: 'A moderator may delete this one.' }));
      assert.equal((await server.s.call(moderator, 'DELETE', `/kudos/${other.body.id}`)).status, 204);
    }
  });

  it('honours If-Match (412 when the kudos changed)', async () => {
    const made = await give(CHLOE, draft({ message: 'Delete me only if unchanged, please.' }));
    const etag = (await server.s.call(CHLOE, 'GET', `/kudos/${made.body.id}`)).headers.get('etag')!;
    await server.s.call(MAI, 'PUT', `/kudos/${made.body.id}/reactions/${encodeURIComponent('👏')}`);
    const stale = await server.s.json(CHLOE, 'DELETE', `/kudos/${made.body.id}`, {
      headers: { 'If-Match': etag },
      operationId: 'deleteKudos',
    });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'conflict');
    const fresh = (await server.s.call(CHLOE, 'GET', `/kudos/${made.body.id}`)).headers.get('etag')!;
    assert.equal((await server.s.call(CHLOE, 'DELETE', `/kudos/${made.body.id}`, { headers: { 'If-Match': fresh } })).status, 204);
  });
});
