import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { kudosConformance } from './kudos.suite.js';
import { feedbackConformance } from './feedback.suite.js';
import feedbackDeliveryConformance from './feedback-delivery.suite.js';
import { pollConformance } from './poll.suite.js';
import { widgetSuites } from './suites.js';
import { CONFORMANCE_FEEDBACK_RATE_LIMIT, SEEDED_RATE_LIMIT, SEEDED_USERS } from './support.js';
import type { ConformanceTarget, UserKey } from './target.js';
import { MapStorage } from '../../src/adapters/memory/map-storage.js';

/*
 * The embedded adapter, one instance per user over one shared state — as in a browser, where each
 * tab has its own adapter (and its own signed-in user) and the tabs share localStorage. Node has
 * no localStorage, so the instances share a Map-backed Storage through the `storage` option, and
 * sync with each other as tabs would. Each instance computes live events for its own user, which
 * is what the live checks need (one instance switching users would announce every change as its
 * author sees it).
 */

const storage = new MapStorage();
const storageKey = `chorus:conformance:${process.pid}:${Date.now().toString(36)}`;
const adapters = new Map<UserKey, MemoryAdapter>();

const target: ConformanceTarget = {
  name: 'memory (embedded adapter)',
  users: SEEDED_USERS,
  async as(user) {
    let adapter = adapters.get(user);
    if (!adapter)
      adapters.set(
        user,
        (adapter = new MemoryAdapter({
          storage,
          storageKey,
          latency: 0,
          userId: SEEDED_USERS[user],
          feedbackRateLimit: CONFORMANCE_FEEDBACK_RATE_LIMIT,
        })),
      );
    return adapter;
  },
  capabilities: { exclusive: true, live: true, rateLimit: SEEDED_RATE_LIMIT },
  async close() {
    for (const adapter of adapters.values()) adapter.dispose();
    adapters.clear();
    storage.clear();
  },
};

// In any order: the target is closed after the last of its suites (harness.ts).
for (const suite of await widgetSuites()) suite(target);
pollConformance(target);
feedbackConformance(target, { rateLimit: CONFORMANCE_FEEDBACK_RATE_LIMIT });
kudosConformance(target);

// A second backend whose feedback box delivers after the hour: the delivery check's other half.
const heldKey = `${storageKey}:held`;
const held = new Map<UserKey, MemoryAdapter>();
feedbackDeliveryConformance({
  name: 'memory, feedback delivered after the hour',
  users: { a: SEEDED_USERS.a, recipient: SEEDED_USERS.recipient },
  async as(user) {
    let adapter = held.get(user);
    if (!adapter)
      held.set(
        user,
        (adapter = new MemoryAdapter({ storage, storageKey: heldKey, latency: 0, userId: SEEDED_USERS[user], feedbackConfig: { deliverAfterHour: true } })),
      );
    return adapter;
  },
  capabilities: { exclusive: true, live: false, rateLimit: null },
  async close() {
    for (const adapter of held.values()) adapter.dispose();
    held.clear();
  },
});
