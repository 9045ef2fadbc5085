import { seedPolls } from './poll.seed.js';
import { STATE_VERSION, isMemoryState, type MemoryState } from './state.js';

/*
 * Older stored states, brought up to date where that is simple, so an upgrade keeps what people
 * did in the demo. Anything else is reseeded by the store.
 */

/** Version 1: the kudos-only state (no `polls`). */
type StateV1 = Omit<MemoryState, 'version' | 'polls'> & { version: 1 };

function isV1(value: unknown): value is StateV1 {
  const s = value as Partial<StateV1> | null;
  return (
    typeof s === 'object' && s !== null && s.version === 1 && typeof s.rev === 'number' &&
    Array.isArray(s.people) && Array.isArray(s.teams) && Array.isArray(s.kudos) &&
    typeof s.idempotency === 'object' && s.idempotency !== null &&
    typeof s.recentGives === 'object' && s.recentGives !== null
  );
}

/** The state in the current shape, or null when it cannot be read as one (the store then reseeds). */
export function migrateState(value: unknown, now: number): MemoryState | null {
  if (isMemoryState(value)) return value;
  // 1 → 2: kudos, people and keys kept as they are; the demo polls are added.
  if (isV1(value)) return { ...value, version: STATE_VERSION, polls: seedPolls(now) };
  return null;
}
