import { describe } from 'node:test';
import type { RestAdapter } from '../../src/adapters/rest/index.js';
import type { RateLimit } from '../../src/core/kudos.rules.js';
import { kudosConformance } from './kudos.suite.js';
import { feedbackConformance } from './feedback.suite.js';
import { pollConformance } from './poll.suite.js';
import { widgetSuites } from './suites.js';
import { REST_ADAPTER_GAPS, restAdapter } from './support.js';
import { USER_KEYS, type ConformanceTarget, type UserKey } from './target.js';

/*
 * The suite against any backend that says it speaks the Chorus HTTP contract — yours:
 *
 *   CHORUS_CONFORMANCE_URL=https://intranet.example.com/api/chorus \
 *   CHORUS_CONFORMANCE_USERS='{"a":{"id":"u-1","headers":{"Authorization":"Bearer …"}},"b":{…},"c":{…},"moderator":{…}}' \
 *   node --import tsx --test test/conformance/rest-url.test.ts
 *
 * Users: a, b, c are three ordinary employees, moderator has the moderator (or admin) role, and
 * an optional d is used up by the rate-limit check, an optional pollAuthor (role poll-author or
 * admin) creates the polls the poll checks vote in (without it, those checks are skipped), an
 * optional recipient (role feedback-recipient or admin) reads the feedback inbox, optional postAuthor
 * (role post-author) and postApprover (role post-approver) publish share-card posts. `id` may be left out (it is read from
 * GET /me); `headers` are sent with every request (a bearer token, a cookie, a proxy header).
 * Optional:
 *   CHORUS_CONFORMANCE_RATE_LIMIT=10/60   the kudos limit per person and window in seconds (checked with d)
 *   CHORUS_CONFORMANCE_FEEDBACK_RATE_LIMIT=40/600   the anonymous feedback limit per network address
 *                                         (all users send from this machine; the suite sends ~25)
 *   CHORUS_CONFORMANCE_LIVE=0             the backend has no /events stream
 *   CHORUS_CONFORMANCE_EXCLUSIVE=1        nobody else uses this backend meanwhile (enables whole-wall checks)
 * The suite writes real kudos (and deletes some), about 25 of them: use a test instance. Checks
 * whose needs are not met are skipped, and the run ends with the list of what was skipped and why.
 */

const NAME = 'rest → CHORUS_CONFORMANCE_URL';
const env = process.env;
const url = env.CHORUS_CONFORMANCE_URL;

interface UserConfig {
  id?: string;
  headers?: Record<string, string>;
}

function fail(message: string): never {
  throw new Error(`${NAME}: ${message}`);
}

function readUsers(): Partial<Record<UserKey, UserConfig>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(env.CHORUS_CONFORMANCE_USERS ?? '');
  } catch {
    fail('CHORUS_CONFORMANCE_USERS must be JSON: {"a":{"id":"…","headers":{"Authorization":"Bearer …"}},"b":…}');
  }
  if (!parsed || typeof parsed !== 'object') fail('CHORUS_CONFORMANCE_USERS must be an object of users');
  const unknown = Object.keys(parsed).filter((k) => !USER_KEYS.includes(k as UserKey));
  if (unknown.length) fail(`unknown user keys ${unknown.join(', ')} (use ${USER_KEYS.join(', ')})`);
  return parsed as Partial<Record<UserKey, UserConfig>>;
}

function readRateLimit(name = 'CHORUS_CONFORMANCE_RATE_LIMIT'): RateLimit | null {
  const raw = env[name];
  if (!raw) return null;
  const found = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!found) fail(`${name} is "<max>/<window seconds>", e.g. 10/60`);
  return { max: Number(found[1]), windowSeconds: Number(found[2]) };
}

if (!url) {
  const why = 'set CHORUS_CONFORMANCE_URL (and CHORUS_CONFORMANCE_USERS) to check a backend of your own; see test/conformance/README.md';
  console.log(`${NAME}: skipped: ${why}`);
  describe(`kudos conformance: ${NAME}`, { skip: why }, () => {});
} else {
  const config = readUsers();
  const adapters = new Map<UserKey, RestAdapter>();
  const adapterFor = (user: UserKey): RestAdapter => {
    let adapter = adapters.get(user);
    if (!adapter) adapters.set(user, (adapter = restAdapter(url, config[user]?.headers ?? {})));
    return adapter;
  };
  const users: Partial<Record<UserKey, string>> = {};
  for (const key of USER_KEYS) {
    if (!config[key]) continue;
    users[key] =
      config[key].id ??
      (await adapterFor(key)
        .me.getCurrentUser()
        .then(
          (me) => me.id,
          (error: unknown) => fail(`user ${key} could not sign in: ${String(error)}`),
        ));
  }

  const target: ConformanceTarget = {
    name: `${NAME} (${url})`,
    users,
    async as(user) {
      return adapterFor(user);
    },
    capabilities: {
      exclusive: env.CHORUS_CONFORMANCE_EXCLUSIVE === '1',
      live: env.CHORUS_CONFORMANCE_LIVE !== '0',
      rateLimit: readRateLimit(),
      knownGaps: { ...REST_ADAPTER_GAPS },
    },
    async close() {
      for (const adapter of adapters.values()) adapter.dispose();
      adapters.clear();
    },
  };

  // In any order: the target is closed after the last of its suites (harness.ts).
  for (const suite of await widgetSuites()) suite(target);
  pollConformance(target);
  feedbackConformance(target, { rateLimit: readRateLimit('CHORUS_CONFORMANCE_FEEDBACK_RATE_LIMIT') });
  kudosConformance(target);
}
