import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { DevSessionAuth } from '../../server/auth/session.js';
import { openPglite } from '../../server/db/pglite.js';
import { prepareDatabase } from '../../server/setup.js';
import { listen } from '../../server/test/helpers.js';
import type { RestAdapter } from '../../src/adapters/rest/index.js';
import { kudosConformance } from './kudos.suite.js';
import { feedbackConformance } from './feedback.suite.js';
import feedbackDeliveryConformance from './feedback-delivery.suite.js';
import { pollConformance } from './poll.suite.js';
import { widgetSuites } from './suites.js';
import { API_PATH, CONFORMANCE_FEEDBACK_RATE_LIMIT, REST_ADAPTER_GAPS, SEEDED_RATE_LIMIT, SEEDED_USERS, restAdapter, signIn } from './support.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The REST adapter against the reference server, built in this process as server/main.ts builds
 * it (PGlite in a temp folder, dev sign-in, the real clock) and served over HTTP on
 * 127.0.0.1:<random port>. Each user signs in with `POST /session`; the adapter sends the
 * session cookie through its `headers` hook, as a host with a token would.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'chorus-conformance-'));
const db = await openPglite(join(dataDir, 'pglite'));
await prepareDatabase(db, Date.now(), true);
const auth = new DevSessionAuth({ secret: randomBytes(32).toString('base64url'), path: API_PATH, now: Date.now });
const server = await createApp({ db, auth, basePath: API_PATH, pingMs: 5000, feedbackRateLimit: CONFORMANCE_FEEDBACK_RATE_LIMIT });
const http = await listen(server);
const adapters = new Map<UserKey, RestAdapter>();

const target: ConformanceTarget = {
  name: 'rest → reference server (pglite)',
  users: SEEDED_USERS,
  async as(user) {
    let adapter = adapters.get(user);
    if (!adapter) adapters.set(user, (adapter = restAdapter(http.url, { Cookie: await signIn(http.url, SEEDED_USERS[user]) })));
    return adapter;
  },
  capabilities: { exclusive: true, live: true, rateLimit: SEEDED_RATE_LIMIT, knownGaps: { ...REST_ADAPTER_GAPS } },
  async close() {
    for (const adapter of adapters.values()) adapter.dispose();
    adapters.clear();
    await server.close();
    await http.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
};

// In any order: the target is closed after the last of its suites (harness.ts).
for (const suite of await widgetSuites()) suite(target);
pollConformance(target);
feedbackConformance(target, { rateLimit: CONFORMANCE_FEEDBACK_RATE_LIMIT });
kudosConformance(target);

// The same server code on a database of its own, its feedback box delivering after the hour: the
// delivery check's other half, on the SQL.
const heldDir = mkdtempSync(join(tmpdir(), 'chorus-conformance-held-'));
const heldDb = await openPglite(join(heldDir, 'pglite'));
await prepareDatabase(heldDb, Date.now(), true);
const heldServer = await createApp({ db: heldDb, auth, basePath: API_PATH, pingMs: 5000, feedbackConfig: { deliverAfterHour: true } });
const heldHttp = await listen(heldServer);
const held = new Map<UserKey, RestAdapter>();
feedbackDeliveryConformance({
  name: 'rest → reference server (pglite), feedback delivered after the hour',
  users: { a: SEEDED_USERS.a, recipient: SEEDED_USERS.recipient },
  async as(user) {
    let adapter = held.get(user);
    if (!adapter) held.set(user, (adapter = restAdapter(heldHttp.url, { Cookie: await signIn(heldHttp.url, SEEDED_USERS[user]) })));
    return adapter;
  },
  capabilities: { exclusive: true, live: false, rateLimit: null },
  async close() {
    for (const adapter of held.values()) adapter.dispose();
    held.clear();
    await heldServer.close();
    await heldHttp.close();
    await heldDb.close();
    rmSync(heldDir, { recursive: true, force: true });
  },
});
