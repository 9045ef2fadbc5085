import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ProxyHeaderAuth } from '../auth/proxy.js';
import { readSession, sessionSecret, sessionValue } from '../auth/session.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { seedIfEmpty } from '../seed.js';
import { CHLOE, MAI, NADIA, T0, draft, key, startTestServer } from './helpers.js';

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('storage', () => {
  it('keeps data in the data folder across a restart; migrations and seed run once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chorus-pglite-'));
    dirs.push(dir);

    const db1 = await openPglite(dir);
    const first = await startTestServer({ db: db1 });
    const made = await first.json(CHLOE, 'POST', '/kudos', {
      body: draft({ message: 'This kudos must survive a restart.' }),
      headers: { 'Idempotency-Key': key() },
    });
    assert.equal(made.status, 201);
    const secret = await sessionSecret(db1, undefined);
    await first.close();
    await db1.close();

    const db2 = await openPglite(dir);
    try {
      assert.deepEqual(await migrate(db2), [], 'nothing left to migrate');
      assert.equal(await seedIfEmpty(db2, T0), false, 'not seeded twice');
      const second = await startTestServer({ db: db2, prepared: true });
      const again = await second.json(MAI, 'GET', `/kudos/${made.body.id}`);
      assert.equal(again.status, 200);
      assert.equal(again.body.message, 'This kudos must survive a restart.');
      assert.equal(await sessionSecret(db2, undefined), secret, 'the generated session key is kept');
      await second.close();
    } finally {
      await db2.close();
    }
  });

  it('migrates safely when several starts race (advisory lock)', async () => {
    const db = await openPglite();
    try {
      const results = await Promise.all([migrate(db), migrate(db), migrate(db)]);
      assert.deepEqual(results.map((r) => r.length > 0).sort(), [false, false, true]);
      const seeded = await Promise.all([seedIfEmpty(db, T0), seedIfEmpty(db, T0)]);
      assert.deepEqual(seeded.sort(), [false, true]);
      const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from people');
      assert.equal(n, 40);
    } finally {
      await db.close();
    }
  });
});

describe('session cookies', () => {
  it('are signed, expire after 30 days, and name the user', () => {
    const now = Math.floor(T0 / 1000);
    const value = sessionValue('k'.repeat(32), 'p-07', now);
    assert.equal(readSession('k'.repeat(32), value, now + 60), 'p-07');
    assert.equal(readSession('x'.repeat(32), value, now), null, 'another key');
    assert.equal(readSession('k'.repeat(32), value, now + 31 * 86_400), null, 'expired');
    assert.equal(readSession('k'.repeat(32), undefined, now), null);
  });
});

describe('proxy sign-in', () => {
  it('trusts the configured header with a person id or e-mail, and nothing else', async () => {
    const s = await startTestServer({ auth: new ProxyHeaderAuth('x-remote-user') });
    try {
      const byId = await s.json(NADIA, 'GET', '/me');
      assert.equal(byId.body.id, NADIA);
      const byEmail = await s.app.app.request('/api/chorus/me', { headers: { 'X-Remote-User': 'Nadia.Haddad@brightwater.example' } });
      assert.equal(((await byEmail.json()) as { id: string }).id, NADIA);
      assert.equal((await s.app.app.request('/api/chorus/me', { headers: { 'X-Remote-User': 'nobody@example.com' } })).status, 401);
      assert.equal((await s.app.app.request('/api/chorus/me')).status, 401);
      assert.equal((await s.app.app.request('/api/chorus/session/users')).status, 401, 'no dev sign-in in proxy mode');
      const made = await s.json(CHLOE, 'POST', '/kudos', { body: draft(), headers: { 'Idempotency-Key': key() } });
      assert.equal(made.body.author.id, CHLOE);
    } finally {
      await s.close();
    }
  });
});
