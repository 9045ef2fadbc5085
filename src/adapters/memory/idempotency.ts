import type { MemoryState } from './state.js';

/** How long an idempotency key is remembered; a retry comes within seconds, a day is plenty. */
const IDEMPOTENCY_TTL_MS = 86_400_000;

/** Drops the retry entries older than a day, inside a `mutate`. */
export function forgetOldKeys(state: MemoryState, now: number): void {
  for (const [key, entry] of Object.entries(state.idempotency)) {
    if (entry.at < now - IDEMPOTENCY_TTL_MS) delete state.idempotency[key];
  }
}
