import { describe } from 'node:test';
import type { RestAdapter } from '../../src/adapters/rest/index.js';
import { kudosConformance } from './kudos.suite.js';
import { feedbackConformance } from './feedback.suite.js';
import { pollConformance } from './poll.suite.js';
import { widgetSuites } from './suites.js';
import { startTestDatabase, unavailable } from './postgres-cluster.js';
import {
  CONFORMANCE_FEEDBACK_RATE_LIMIT,
  REST_ADAPTER_GAPS,
  SEEDED_RATE_LIMIT,
  SEEDED_USERS,
  restAdapter,
  signIn,
  startServerProcess,
  type ServerProcess,
} from './support.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The REST adapter against TWO reference-server processes (`node --import tsx server/main.ts`,
 * as deployed) sharing one PostgreSQL database, with the users split between them: a, c and d
 * talk to the first, b, the moderator and the poll author to the second. So b hears live of what a does on the
 * other process (LISTEN/NOTIFY), the rate limit and idempotency keys are counted in the
 * database, and a session cookie from either process works on both (the session key is kept
 * in the database). Skipped, saying why, when no PostgreSQL is available.
 */

const NAME = 'rest → two server processes on PostgreSQL';

if (unavailable) {
  console.log(`${NAME}: skipped: ${unavailable}`);
  describe(`kudos conformance: ${NAME}`, { skip: unavailable }, () => {});
} else {
  const database = await startTestDatabase();
  const servers: ServerProcess[] = [];
  try {
    const feedbackLimit = `${CONFORMANCE_FEEDBACK_RATE_LIMIT.max}/${CONFORMANCE_FEEDBACK_RATE_LIMIT.windowSeconds}`;
    const env = {
      DATABASE_URL: database.url,
      CHORUS_SESSION_SECRET: '',
      CHORUS_STATIC_DIR: '',
      CHORUS_SEED: '1',
      CHORUS_FEEDBACK_RATE_LIMIT: feedbackLimit,
    };
    // Started together: migrations and the seed run once, under the database's advisory lock.
    servers.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    await database.stop();
    throw error;
  }
  const [first, second] = servers as [ServerProcess, ServerProcess];
  const home: Record<UserKey, ServerProcess> = {
    a: first,
    c: first,
    d: first,
    b: second,
    moderator: second,
    pollAuthor: second,
    recipient: second,
    postAuthor: first,
    postApprover: second,
    insights: first,
  };
  const adapters = new Map<UserKey, RestAdapter>();

  const target: ConformanceTarget = {
    name: NAME,
    users: SEEDED_USERS,
    async as(user) {
      let adapter = adapters.get(user);
      if (!adapter) {
        // Signed in on the other process: the cookie must be good on both.
        const other = home[user] === first ? second : first;
        const cookie = await signIn(other.api, SEEDED_USERS[user]);
        adapters.set(user, (adapter = restAdapter(home[user].api, { Cookie: cookie })));
      }
      return adapter;
    },
    capabilities: { exclusive: true, live: true, rateLimit: SEEDED_RATE_LIMIT, knownGaps: { ...REST_ADAPTER_GAPS } },
    async close() {
      for (const adapter of adapters.values()) adapter.dispose();
      adapters.clear();
      await Promise.all(servers.map((s) => s.stop()));
      await database.stop();
    },
  };

  // In any order: the target is closed after the last of its suites (harness.ts).
  for (const suite of await widgetSuites()) suite(target);
  pollConformance(target);
  // Each process counts its own network addresses: a and d send through the first one.
  feedbackConformance(target, { rateLimit: CONFORMANCE_FEEDBACK_RATE_LIMIT });
  kudosConformance(target);
}
