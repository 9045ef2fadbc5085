import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DevSessionAuth, sessionSecret } from '../auth/session.js';
import type { Db } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { openPostgres } from '../db/postgres.js';
import { seedIfEmpty } from '../seed.js';
import { startTestDatabase, unavailable, type TestDatabase } from '../../test/conformance/postgres-cluster.js';
import { BASE, CHLOE, MAI, T0, draft, key, listen, openStream, startTestServer, type TestServer } from './helpers.js';

/*
 * The same server on a real PostgreSQL (Debian's `postgresql` package): a throwaway database
 * (test/conformance/postgres-cluster.ts), two server instances sharing it, each with its own connection
 * pool and LISTEN connection — as two processes behind one database would be. Skipped, saying
 * why, when PostgreSQL's binaries are not installed (`apt-get install -y postgresql`).
 */

// One way to get a throwaway database, shared with the conformance suite (and CHORUS_TEST_DATABASE_URL works here too).
const skip = unavailable ?? false;

describe('on PostgreSQL', { skip, timeout: 180_000 }, () => {
  let database: TestDatabase | undefined;
  let url = '';
  const dbs: Db[] = [];
  const servers: TestServer[] = [];
  let a: TestServer;
  let b: TestServer;

  const open = () => {
    const db = openPostgres({ connectionString: url, max: 4 });
    dbs.push(db);
    return db;
  };

  before(async () => {
    database = await startTestDatabase();
    url = database.url;
  });

  after(async () => {
    for (const s of servers) await s.close().catch(() => {});
    for (const db of dbs) await db.close().catch(() => {});
    await database?.stop();
  });

  it('migrates and seeds once when several processes start at once', async () => {
    const starters = [open(), open(), open()];
    const applied = await Promise.all(starters.map((db) => migrate(db)));
    assert.deepEqual(applied.map((names) => names.length > 0).sort(), [false, false, true], 'one process applied, the others waited and found nothing to do');
    const seeded = await Promise.all(starters.map((db) => seedIfEmpty(db, T0)));
    assert.deepEqual(seeded.sort(), [false, false, true]);
    const [{ n }] = await starters[0]!.query<{ n: number }>('select count(*)::int as n from kudos');
    assert.equal(n, 200);
  });

  it('serves the same API, sharing sessions between instances', async () => {
    const dbA = open();
    const dbB = open();
    // Both processes find the same generated session key in the database.
    const [secretA, secretB] = await Promise.all([sessionSecret(dbA, undefined), sessionSecret(dbB, undefined)]);
    assert.equal(secretA, secretB);
    a = await startTestServer({ db: dbA, prepared: true });
    b = await startTestServer({
      db: dbB,
      prepared: true,
      auth: new DevSessionAuth({ secret: 'test-secret-test-secret-test-secret!', path: BASE, now: () => T0 }),
    });
    servers.push(a, b);
    const page = await b.json(CHLOE, 'GET', '/kudos?limit=5', { operationId: 'listKudos' });
    assert.equal(page.status, 200);
    assert.equal(page.body.items.length, 5);
  });

  it('pages through every kudos without gaps or duplicates (cursor comparison under a real collation)', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await a.json('p-29', 'GET', `/kudos?limit=37${q}`);
      ids.push(...(page.body.items as { id: string }[]).map((k) => k.id));
      cursor = page.body.nextCursor as string | null;
      if (!cursor) break;
    }
    const [{ n }] = await a.db.query<{ n: number }>('select count(*)::int as n from kudos');
    assert.equal(new Set(ids).size, n);
    assert.equal(ids.length, n);
  });

  it('shows kudos given on one instance live on the other (LISTEN/NOTIFY), private ones only to who may see them', async () => {
    const onB = await listen(b.app);
    try {
      const mai = await openStream(`${onB.url}/events?topics=kudos`, { cookie: b.cookie(MAI) });
      const other = await openStream(`${onB.url}/events?topics=kudos`, { cookie: b.cookie('p-02') });
      await mai.next((m) => m.comment === 'connected', 3000);
      await other.next((m) => m.comment === 'connected', 3000);
      const made = await a.json(CHLOE, 'POST', '/kudos', {
        body: draft({ recipientIds: [MAI], visibility: 'private', message: 'Across two server processes, privately.' }),
        headers: { 'Idempotency-Key': key() },
      });
      assert.equal(made.status, 201);
      const event = await mai.next((m) => !!m.data?.includes(made.body.id), 5000);
      assert.equal(JSON.parse(event.data!).type, 'created');
      const open2 = await a.json(CHLOE, 'POST', '/kudos', {
        body: draft({ message: 'Across two server processes, publicly.' }),
        headers: { 'Idempotency-Key': key() },
      });
      await other.next((m) => !!m.data?.includes(open2.body.id), 5000);
      assert.deepEqual(
        other.taken.filter((m) => m.data?.includes(made.body.id)),
        [],
      );
      mai.close();
      other.close();
    } finally {
      await onB.close();
    }
  });

  it('creates once when the same request reaches both instances at the same moment', async () => {
    const k = key();
    const body = draft({ message: 'Sent twice at once, to two different processes.' });
    const [one, two] = await Promise.all([
      a.json(CHLOE, 'POST', '/kudos', { body, headers: { 'Idempotency-Key': k } }),
      b.json(CHLOE, 'POST', '/kudos', { body, headers: { 'Idempotency-Key': k } }),
    ]);
    assert.deepEqual([one.status, two.status], [201, 201]);
    assert.equal(one.body.id, two.body.id);
    const [{ n }] = await a.db.query<{ n: number }>('select count(*)::int as n from kudos where message = $1', [body.message]);
    assert.equal(n, 1);
  });

  it('counts the rate limit across instances', async () => {
    const giver = 'p-15';
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).json(giver, 'POST', '/kudos', { body: draft(), headers: { 'Idempotency-Key': key() } })),
    );
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [...Array(10).fill(201), 429, 429]);
  });
});
