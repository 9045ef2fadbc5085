import { TEAMS, seedPeople } from '../../seed/company.js';
import { seedFeedback } from '../../seed/feedback.seed.js';
import { seedPolls, seededPollTopics } from '../../seed/poll.seed.js';
import { seedShare } from '../../seed/share.seed.js';
import { seedLeaderboard } from './seed.js';
import { STATE_VERSION, isMemoryState, type MemoryState } from './state.js';

/*
 * Older stored states, brought up to date where that is simple, so an upgrade keeps what people
 * did in the demo. Anything else is reseeded by the store.
 */

/** Version 1: the kudos-only state (no `polls`, no `feedback`). */
type StateV1 = Omit<MemoryState, 'version' | 'polls' | 'feedback' | 'share' | 'leaderboard'> & { version: 1 };

/** Version 2: kudos and polls (no `feedback`). */
type StateV2 = Omit<MemoryState, 'version' | 'feedback' | 'share' | 'leaderboard'> & { version: 2 };

/** Version 3: kudos, polls and feedback (no `share`). */
type StateV3 = Omit<MemoryState, 'version' | 'share' | 'leaderboard'> & { version: 3 };

/** Version 4: everything but the leaderboard's opt-outs and announced badges. */
type StateV4 = Omit<MemoryState, 'version' | 'leaderboard'> & { version: 4 };

/** Version 5: everything, but polls have no topic yet. */
type StateV5 = Omit<MemoryState, 'version' | 'moderation'> & { version: 5 };

/** Version 6: everything but the moderators' decisions; the directory has neither the small teams nor Nadia Haddad's insights role. */
type StateV6 = Omit<MemoryState, 'version' | 'moderation'> & { version: 6 };

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

function isV3(value: unknown): value is StateV3 {
  const s = value as Partial<StateV3> | null;
  return hasKudosState(s) && s!.version === 3 && Array.isArray(s!.polls) && Array.isArray(s!.feedback);
}

function isV4(value: unknown): value is StateV4 {
  const s = value as Partial<StateV4> | null;
  return hasKudosState(s) && s!.version === 4 && Array.isArray(s!.polls) && Array.isArray(s!.feedback) && typeof s!.share === 'object' && s!.share !== null;
}

function isV5(value: unknown): value is StateV5 {
  const s = value as Partial<StateV5> | null;
  return isV4({ ...s, version: 4 }) && s!.version === 5 && typeof s!.leaderboard === 'object' && s!.leaderboard !== null;
}

function isV6(value: unknown): value is StateV6 {
  const s = value as Partial<StateV6> | null;
  return isV5({ ...s, version: 5 }) && s!.version === 6;
}

/**
 * The demo directory's later additions: teams and people it lacks (the small teams of version 7),
 * and the roles the seed gives people it has (Nadia Haddad's `insights`). Nobody is removed, and
 * nothing anyone did changes.
 */
function withDirectory(state: MemoryState): MemoryState {
  const seeded = new Map(seedPeople().map((p) => [p.id, p]));
  const people = state.people.map((p) => {
    const roles = seeded.get(p.id)?.roles ?? [];
    return roles.every((r) => p.roles.includes(r)) ? p : { ...p, roles: [...p.roles, ...roles.filter((r) => !p.roles.includes(r))] };
  });
  const known = new Set(people.map((p) => p.id));
  const teams = new Set(state.teams.map((t) => t.id));
  return {
    ...state,
    teams: [...state.teams, ...TEAMS.filter((t) => !teams.has(t.id)).map((t) => ({ ...t }))],
    people: [...people, ...[...seeded.values()].filter((p) => !known.has(p.id))],
  };
}

/** The demo polls get their seeded topics (the demo page places its Quick poll by topic); others have none. */
function withTopics(polls: MemoryState['polls']): MemoryState['polls'] {
  const topics = seededPollTopics();
  return polls.map((p) => ({ ...p, topic: p.topic ?? topics.get(p.id) ?? null }));
}

/** The state in the current shape, or null when it cannot be read as one (the store then reseeds). */
export function migrateState(value: unknown, now: number): MemoryState | null {
  if (isMemoryState(value)) return value;
  const before = toVersion6(value, now);
  // 6 → 7: the directory gets the small teams and the seed's roles; no moderator has decided anything yet.
  return before && withDirectory({ ...before, moderation: {} });
}

/** An older state in version 6's shape (labelled with the current version), or null. */
function toVersion6(value: unknown, now: number): Omit<MemoryState, 'moderation'> | null {
  if (isV6(value)) return { ...value, version: STATE_VERSION };
  // 5 → 6: everything kept; the demo polls get their topics.
  if (isV5(value)) return { ...value, version: STATE_VERSION, polls: withTopics(value.polls) };
  // 4 → 6: everything kept as it is; nobody has opted out of the leaderboard yet.
  if (isV4(value)) return { ...value, version: STATE_VERSION, polls: withTopics(value.polls), leaderboard: seedLeaderboard() };
  // 3 → 6: everything kept as it is; the demo's shareable posts are added.
  if (isV3(value)) return { ...value, version: STATE_VERSION, polls: withTopics(value.polls), share: seedShare(now), leaderboard: seedLeaderboard() };
  // 2 → 6: kudos, polls, people and keys kept as they are; the demo feedback and posts are added.
  if (isV2(value))
    return {
      ...value,
      version: STATE_VERSION,
      polls: withTopics(value.polls),
      feedback: seedFeedback(now),
      share: seedShare(now),
      leaderboard: seedLeaderboard(),
    };
  // 1 → 6: kudos, people and keys kept as they are; the demo polls, feedback and posts are added.
  if (isV1(value))
    return { ...value, version: STATE_VERSION, polls: seedPolls(now), feedback: seedFeedback(now), share: seedShare(now), leaderboard: seedLeaderboard() };
  return null;
}
