import { SEED, demoCompany } from '../../seed/index.js';
import { STATE_VERSION, type MemoryState } from './state.js';

// TODO(issue 9): server/app.ts and server/test/* still import these from here; they move to src/seed.
export { DEFAULT_USER_ID, REACTIONS, SEED, SEED_KUDOS_COUNT, TEAMS, VALUES } from '../../seed/index.js';

/** A fresh state: the demo company (src/seed) as of `now`, with no history of writes. */
export function seedState(now: number, seed = SEED): MemoryState {
  return { version: STATE_VERSION, rev: 0, seededAt: new Date(now).toISOString(), ...demoCompany(now, seed), idempotency: {}, recentGives: {} };
}
