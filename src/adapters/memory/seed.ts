import { SEED, demoCompany } from '../../seed/index.js';
import { STATE_VERSION, type MemoryState, type StoredLeaderboardState } from './state.js';

/** A fresh state: the demo company (src/seed) as of `now`, with no history of writes. */
export function seedState(now: number, seed = SEED): MemoryState {
  return {
    version: STATE_VERSION,
    rev: 0,
    seededAt: new Date(now).toISOString(),
    ...demoCompany(now, seed),
    idempotency: {},
    recentGives: {},
    leaderboard: seedLeaderboard(),
    moderation: {},
  };
}

/** Nobody opted out and nothing announced yet. */
export function seedLeaderboard(): StoredLeaderboardState {
  return { optedOut: [], announced: {} };
}
