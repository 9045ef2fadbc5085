import { SEED, demoCompany } from '../../seed/index.js';
import { newShareRef } from '../../core/secret.js';
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
  };
}

/** Nobody opted out, nothing announced yet, and a fresh secret for pseudonyms. */
export function seedLeaderboard(): StoredLeaderboardState {
  return { optedOut: [], announced: {}, secret: newShareRef() };
}
