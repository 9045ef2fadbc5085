import { seedFeedback } from '../../seed/feedback.seed.js';
import { seedPolls } from '../../seed/poll.seed.js';
import { STATE_VERSION, isMemoryState, type MemoryState } from './state.js';

/*
 * Older stored states, brought up to date where that is simple, so an upgrade keeps what people
 * did in the demo. Anything else is reseeded by the store.
 */

/** Version 1: the kudos-only state (no `polls`, no `feedback`). */
type StateV1 = Omit<MemoryState, 'version' | 'polls' | 'feedback'> & { version: 1 };

/** Version 2: kudos and polls (no `feedback`). */
type StateV2 = Omit<MemoryState, 'version' | 'feedback'> & { version: 2 };

/** What every version has: people, teams, kudos and the bookkeeping. */
function hasKudosState(s: Partial<Omit<StateV1, 'version'>> | null): boolean {
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.rev === 'number' &&
    Array.isArray(s.people) &&
    Array.isArray(s.teams) &&
    Array.isArray(s.kudos) &&
    typeof s.idempotency === 'object' &&
    s.idempotency !== null &&
    typeof s.recentGives === 'object' &&
    s.recentGives !== null
  );
}

function isV1(value: unknown): value is StateV1 {
  const s = value as Partial<StateV1> | null;
  return hasKudosState(s) && s!.version === 1;
}

function isV2(value: unknown): value is StateV2 {
  const s = value as Partial<StateV2> | null;
  return hasKudosState(s) && s!.version === 2 && Array.isArray(s!.polls);
}

/** The state in the current shape, or null when it cannot be read as one (the store then reseeds). */
export function migrateState(value: unknown, now: number): MemoryState | null {
  if (isMemoryState(value)) return value;
  // 2 → 3: kudos, polls, people and keys kept as they are; the demo feedback is added.
  if (isV2(value)) return { ...value, version: STATE_VERSION, feedback: seedFeedback(now) };
  // 1 → 3: kudos, people and keys kept as they are; the demo polls and feedback are added.
  if (isV1(value)) return { ...value, version: STATE_VERSION, polls: seedPolls(now), feedback: seedFeedback(now) };
  return null;
}
