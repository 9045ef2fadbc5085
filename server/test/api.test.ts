import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { REACTIONS, VALUES } from '../../src/seed/index.js';
import type { Kudos } from '../../src/core/kudos.js';
import { CHLOE, MAI, NADIA, OLAFUR, draft, key } from './helpers.js';
import { server, withKudosServer, give } from './api.helpers.js';

/* The kudos API on the reference server: sign-in, people, config, listing and private kudos (writes: api.kudos-writes.test.ts). */

withKudosServer();

describe('sign-in (dev sessions)', () => {
  it('answers 401 with the error body when nobody is signed in', async () => {
    for (const [method, path] of [
      ['GET', '/me'],
      ['GET', '/kudos'],
      ['GET', '/kudos/config'],
      ['POST', '/kudos'],
      ['GET', '/events?topics=kudos'],
      ['GET', '/admin/reports'],
    ] as const) {
      const { status, body } = await server.s.json(null, method, path);
      assert.equal(status, 401, `${method} ${path}`);
      assert.deepEqual(body, { error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
    }
  });

  it('refuses a forged or tampered cookie', async () => {
    const good = server.s.cookie(NADIA);
    const forged = good.replace(/\.[^.]+$/, '.AAAA');
    const swapped = `chorus_session=${Buffer.from(OLAFUR).toString('base64url')}.${good.split('.')[1]}.${good.split('.')[2]}`;
    for (const cookie of [forged, swapped, 'chorus_session=garbage']) {
      const res = await server.s.app.app.request('/api/chorus/me', { headers: { cookie } });
      assert.equal(res.status, 401);
    }
  });

  it('lists who one may sign in as, signs in with a cookie and out again', async () => {
    const users = await server.s.json<{ items: { id: string; roles: string[] }[] }>(null, 'GET', '/session/users');
    assert.equal(users.status, 200);
    assert.equal(users.body.items.length, 40);
    assert.deepEqual(users.body.items.find((u) => u.id === NADIA)?.roles, ['moderator', 'feedback-recipient', 'insights']);

    const signIn = await server.s.app.app.request('/api/chorus/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: NADIA }),
    });
    assert.equal(signIn.status, 200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^chorus_session=[^;]+;/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    assert.match(setCookie, /Path=\/api\/chorus/);
    const me = await server.s.app.app.request('/api/chorus/me', { headers: { cookie: setCookie.split(';')[0]! } });
    assert.equal(((await me.json()) as { id: string }).id, NADIA);

    const session = await server.s.app.app.request('/api/chorus/session', { headers: { cookie: setCookie.split(';')[0]! } });
    assert.equal(((await session.json()) as { user: { id: string } }).user.id, NADIA);
    const nobody = await server.s.json(null, 'GET', '/session');
    assert.deepEqual([nobody.status, nobody.body], [200, { user: null }]);

    const out = await server.s.app.app.request('/api/chorus/session', { method: 'DELETE' });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /chorus_session=;.*Max-Age=0/);
  });

  it('refuses to sign in as nobody or as someone unknown', async () => {
    const unknown = await server.s.json(null, 'POST', '/session', { body: { userId: 'p-999' } });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.fields[0].field, 'userId');
    const missing = await server.s.json(null, 'POST', '/session', { body: {} });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.fields[0].code, 'required');
  });
});

describe('people', () => {
  it('GET /me is the signed-in user with roles', async () => {
    const { status, body } = await server.s.json(OLAFUR, 'GET', '/me', { operationId: 'getCurrentUser' });
    assert.equal(status, 200);
    assert.deepEqual(body, { id: OLAFUR, name: 'Ólafur Sigurðsson', title: 'IT Administrator', teamId: 't-ops', roles: ['admin'] });
  });

  it('GET /people searches accent- and case-insensitively, names before titles', async () => {
    const soren = await server.s.json(CHLOE, 'GET', '/people?q=SOREN', { operationId: 'searchPeople' });
    assert.deepEqual(
      soren.body.items.map((p: { name: string }) => p.name),
      ['Søren Østergaard'],
    );
    const eng = await server.s.json(CHLOE, 'GET', '/people?q=eng&limit=3', { operationId: 'searchPeople' });
    assert.equal(eng.body.items.length, 3);
    assert.ok(
      eng.body.items.every((p: { roles?: unknown }) => p.roles === undefined),
      'no roles on people',
    );
    const empty = await server.s.json(CHLOE, 'GET', '/people?q=', { operationId: 'searchPeople' });
    assert.deepEqual(empty.body, { items: [] });
    const bad = await server.s.json(CHLOE, 'GET', '/people?q=a&limit=500', { operationId: 'searchPeople' });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.error.fields.map((f: { field: string }) => f.field),
      ['limit'],
    );
  });

  it('GET /teams lists the teams in the order the filter offers them', async () => {
    const { body } = await server.s.json(CHLOE, 'GET', '/teams', { operationId: 'listTeams' });
    assert.deepEqual(
      body.items.map((t: { id: string }) => t.id),
      ['t-eng', 't-product', 't-sales', 't-success', 't-ops', 't-legal', 't-office'],
    );
  });
});

describe('kudos config', () => {
  it("is the embedded adapter's config, with an ETag and 304", async () => {
    const first = await server.s.json(CHLOE, 'GET', '/kudos/config', { operationId: 'getKudosConfig' });
    assert.equal(first.status, 200);
    assert.deepEqual(
      first.body.values.map((v: { id: string }) => v.id),
      VALUES.map((v) => v.id),
    );
    assert.deepEqual(first.body.reactions, REACTIONS);
    assert.equal(first.body.messageMax, 500);
    const etag = first.res.headers.get('etag');
    assert.ok(etag);
    const again = await server.s.call(CHLOE, 'GET', '/kudos/config', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    const other = await server.s.call(CHLOE, 'GET', '/kudos/config', { headers: { 'If-None-Match': '"nope"' } });
    assert.equal(other.status, 200);
  });
});

describe('listing kudos', () => {
  it('pages newest first without gaps or duplicates, down to the last page', async () => {
    const seen: Kudos[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const { status, body } = await server.s.json(NADIA, 'GET', `/kudos?limit=37${q}`, { operationId: 'listKudos' });
      assert.equal(status, 200);
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    assert.equal(cursor, null);
    const ids = seen.map((k) => k.id);
    assert.equal(new Set(ids).size, ids.length, 'no duplicates');
    const [{ n }] = await server.s.db.query<{ n: number }>('select count(*)::int as n from kudos');
    assert.equal(ids.length, n, 'a moderator sees every kudos');
    const sorted = [...seen].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
    assert.deepEqual(
      ids,
      sorted.map((k) => k.id),
      'newest first',
    );
  });

  it('keeps paging stable when kudos are given and deleted between pages', async () => {
    const first = await server.s.json(CHLOE, 'GET', '/kudos?limit=5');
    const firstIds: string[] = first.body.items.map((k: Kudos) => k.id);
    server.s.clock.now += 1000;
    const fresh = await give('p-05');
    const second = await server.s.json(CHLOE, 'GET', `/kudos?limit=5&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    const secondIds: string[] = second.body.items.map((k: Kudos) => k.id);
    assert.ok(!secondIds.includes(fresh.body.id));
    assert.ok(secondIds.every((id) => !firstIds.includes(id)));
    const all = await server.s.json(CHLOE, 'GET', '/kudos?limit=11');
    assert.deepEqual(
      all.body.items.slice(1).map((k: Kudos) => k.id),
      [...firstIds, ...secondIds].slice(0, 10),
    );
    await server.s.call('p-05', 'DELETE', `/kudos/${fresh.body.id}`);
  });

  it('defaults to 20 per page and refuses a limit outside 1..100 or a bad cursor', async () => {
    const page = await server.s.json(CHLOE, 'GET', '/kudos');
    assert.equal(page.body.items.length, 20);
    for (const q of ['limit=0', 'limit=101', 'limit=ten']) {
      const { status, body } = await server.s.json(CHLOE, 'GET', `/kudos?${q}`, { operationId: 'listKudos' });
      assert.equal(status, 400, q);
      assert.equal(body.error.code, 'validation');
      assert.equal(body.error.fields[0].field, 'limit');
    }
    const bad = await server.s.json(CHLOE, 'GET', '/kudos?cursor=not-a-cursor', { operationId: 'listKudos' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.error.fields, [{ field: 'cursor', code: 'invalid', message: 'This page link is not valid.' }]);
  });

  it('filters by value, team and person', async () => {
    const byValue = await server.s.json(NADIA, 'GET', '/kudos?valueId=own-it&limit=100');
    assert.ok(byValue.body.items.length > 0);
    assert.ok(byValue.body.items.every((k: Kudos) => k.valueId === 'own-it'));

    const byPerson = await server.s.json(NADIA, 'GET', `/kudos?personId=${MAI}&limit=100`);
    assert.ok(byPerson.body.items.length > 0);
    assert.ok(byPerson.body.items.every((k: Kudos) => k.author.id === MAI || k.recipients.some((r) => r.id === MAI)));

    const bySales = await server.s.json(NADIA, 'GET', '/kudos?teamId=t-sales&limit=100');
    assert.ok(bySales.body.items.length > 0);
    assert.ok(bySales.body.items.every((k: Kudos) => [k.author, ...k.recipients].some((p) => p.teamId === 't-sales')));

    const none = await server.s.json(NADIA, 'GET', '/kudos?valueId=no-such-value');
    assert.deepEqual(none.body, { items: [], nextCursor: null });
  });
});

describe('private kudos', () => {
  let privateId: string;
  before(async () => {
    const made = await give(CHLOE, draft({ recipientIds: [MAI], visibility: 'private', message: 'A private thank-you for the quiet help this week.' }));
    assert.equal(made.status, 201);
    privateId = made.body.id;
  });

  it('is seen by its author, its recipients and moderators only — in lists, by id and in comments', async () => {
    for (const [user, sees] of [
      [CHLOE, true],
      [MAI, true],
      [NADIA, true],
      [OLAFUR, true],
      ['p-02', false],
    ] as const) {
      const list = await server.s.json(user, 'GET', '/kudos?limit=100');
      assert.equal(
        list.body.items.some((k: Kudos) => k.id === privateId),
        sees,
        `list for ${user}`,
      );
      const one = await server.s.json(user, 'GET', `/kudos/${privateId}`);
      assert.equal(one.status, sees ? 200 : 404, `get for ${user}`);
      const comments = await server.s.json(user, 'GET', `/kudos/${privateId}/comments`);
      assert.equal(comments.status, sees ? 200 : 404, `comments for ${user}`);
    }
  });

  it('cannot be reacted to, commented on, reported or deleted by others (404, never 403)', async () => {
    const other = 'p-02';
    assert.equal((await server.s.call(other, 'PUT', `/kudos/${privateId}/reactions/${encodeURIComponent('👏')}`)).status, 404);
    assert.equal(
      (
        await server.s.call(other, 'POST', `/kudos/${privateId}/comments`, {
          body: { message: 'hi' },
          headers: { 'Idempotency-Key': key() },
        })
      ).status,
      404,
    );
    assert.equal((await server.s.call(other, 'POST', `/kudos/${privateId}/reports`, { body: { reason: '' } })).status, 404);
    assert.equal((await server.s.call(other, 'DELETE', `/kudos/${privateId}`)).status, 404);
  });
});
