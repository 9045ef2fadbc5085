import assert from 'node:assert/strict';
import { after } from 'node:test';
import { setupServer } from 'msw/node';
import { kudosMock } from '../../mocks/kudos.handlers.js';
import type { RestAdapter } from '../../src/adapters/rest/index.js';
import { kudosConformance } from './kudos.suite.js';
import { feedbackConformance } from './feedback.suite.js';
import feedbackDeliveryConformance from './feedback-delivery.suite.js';
import { pollConformance } from './poll.suite.js';
import { widgetSuites } from './suites.js';
import { API_PATH, CONFORMANCE_FEEDBACK_RATE_LIMIT, REST_ADAPTER_GAPS, SEEDED_RATE_LIMIT, SEEDED_USERS, restAdapter } from './support.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The REST adapter on the MSW handlers that stories and the browser tests use (mocks/), here with
 * msw/node: the same handlers intercept Node's fetch. The mock knows a user by
 * `Authorization: Bearer <person id>`. Its contract violations (bodies or answers that break the
 * schemas) fail the run.
 */

const baseUrl = `http://chorus.conformance.test${API_PATH}`;
const mock = kudosMock({ baseUrl, auth: 'required', pingMs: 5000, adapter: { feedbackRateLimit: CONFORMANCE_FEEDBACK_RATE_LIMIT } });
// A second mock whose feedback box delivers after the hour, for the delivery check's other half.
const heldUrl = `http://chorus.conformance-held.test${API_PATH}`;
const heldMock = kudosMock({ baseUrl: heldUrl, auth: 'required', pingMs: 5000, adapter: { feedbackConfig: { deliverAfterHour: true } } });
const server = setupServer(...mock.handlers, ...heldMock.handlers);
server.listen({ onUnhandledRequest: 'error' });
const adapters = new Map<UserKey, RestAdapter>();

after(() => {
  server.close();
  assert.deepEqual([...mock.violations, ...heldMock.violations], [], 'requests and answers follow the contract');
});

const target: ConformanceTarget = {
  name: 'rest → msw (mocks/kudos.handlers.ts)',
  users: SEEDED_USERS,
  async as(user) {
    let adapter = adapters.get(user);
    if (!adapter) adapters.set(user, (adapter = restAdapter(baseUrl, { Authorization: `Bearer ${SEEDED_USERS[user]}` })));
    return adapter;
  },
  capabilities: {
    exclusive: true,
    live: true,
    rateLimit: SEEDED_RATE_LIMIT,
    knownGaps: { ...REST_ADAPTER_GAPS },
  },
  async close() {
    for (const adapter of adapters.values()) adapter.dispose();
    adapters.clear();
    mock.dropStreams();
  },
};

// In any order: the target is closed after the last of its suites (harness.ts).
for (const suite of await widgetSuites()) suite(target);
pollConformance(target);
feedbackConformance(target, { rateLimit: CONFORMANCE_FEEDBACK_RATE_LIMIT });
kudosConformance(target);

const held = new Map<UserKey, RestAdapter>();
feedbackDeliveryConformance({
  name: 'rest → msw, feedback delivered after the hour',
  users: { a: SEEDED_USERS.a, recipient: SEEDED_USERS.recipient },
  async as(user) {
    let adapter = held.get(user);
    if (!adapter) held.set(user, (adapter = restAdapter(heldUrl, { Authorization: `Bearer ${SEEDED_USERS[user]}` })));
    return adapter;
  },
  capabilities: { exclusive: true, live: false, rateLimit: null },
  async close() {
    for (const adapter of held.values()) adapter.dispose();
    held.clear();
    heldMock.dropStreams();
  },
});
