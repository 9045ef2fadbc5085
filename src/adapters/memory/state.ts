import type { ModerationKind, ModerationState } from '../../core/moderation.js';
import type { ModerationEntryRecord, QueueRecord } from '../../core/moderation.view.js';
import type { CurrentUser } from '../../core/people.js';
import type { DemoCompany } from '../../seed/types.js';

/* The stored records are the demo company's shapes (src/seed/types.ts); views come from src/core/*.view.ts. */
export type {
  StoredBallot,
  StoredComment,
  StoredFeedbackMessage,
  StoredFeedbackThread,
  StoredKudos,
  StoredPoll,
  StoredReaction,
  StoredReport,
  StoredPost,
  StoredShare,
  StoredShareState,
} from '../../seed/types.js';

/**
 * The adapter's whole state, as stored in localStorage: plain JSON, people referenced by id
 * (views are built per viewer, so `mine`, `reportedByMe` and visibility depend on who asks).
 * Bump STATE_VERSION whenever this shape or the seed changes: older stored state is migrated when
 * that is simple (see migrate.ts), else reseeded.
 *
 * Version 2 added polls; version 3 added feedback; version 4 the share card's posts and shares;
 * version 5 the leaderboard's opt-outs and announced badges; version 6 the polls' topics; version 7
 * the moderators' decisions, the directory's small teams (Legal, Office of the CEO) and Nadia
 * Haddad's insights role.
 */
export const STATE_VERSION = 7;

/** What an idempotency key produced, so a retried create returns it instead of creating again. */
export interface IdempotencyEntry {
  id: string;
  /** Epoch ms, to forget old keys. */
  at: number;
}

export interface MemoryState extends DemoCompany {
  version: number;
  /** Incremented on every write; the highest revision wins between tabs. */
  rev: number;
  /** Ids of the last writes folded in, so a tab can tell whether a state holds its own (store.ts, merge.ts). */
  writes?: string[];
  /** Set anew by a reset: writes made before it are not written again. */
  epoch?: string;
  seededAt: string;
  /**
   * Keyed by `${userId}|${operation}|${idempotencyKey}`; for votes in anonymous polls, by a hash
   * that includes the client's key, with the receipt sealed by it (nothing names the voter).
   */
  idempotency: Record<string, IdempotencyEntry>;
  /** Per person, epoch ms of recent kudos, for the rate limit. */
  recentGives: Record<string, number[]>;
  leaderboard: StoredLeaderboardState;
  /** What moderators decided about reported items, keyed by moderationKey (an item without one is open). */
  moderation: Record<string, StoredModeration>;
}

/** A reported item's state and history; once deleted, what the queue still shows of it. */
export interface StoredModeration {
  kind: ModerationKind;
  id: string;
  state: ModerationState;
  /** Oldest first. */
  history: ModerationEntryRecord[];
  /** Kept at deletion: the item and its reports are gone from the kudos. */
  deleted?: Omit<QueueRecord, 'state' | 'history'>;
}

export const moderationKey = (kind: ModerationKind, id: string): string => `${kind}:${id}`;

/** What the leaderboard keeps: nothing of the ranking (computed from activity), only people's choices. */
export interface StoredLeaderboardState {
  /** Ids of the people who opted out of the boards. */
  optedOut: string[];
  /** Person id → the badge keys already announced to them (each badge is announced once). */
  announced: Record<string, string[]>;
  /** Random, made at the first opt-out (so the seed stays the same on every start): pseudonyms hide behind it. */
  secret?: string;
}

/** A light shape check for what comes from storage or another tab. */
export function isMemoryState(value: unknown): value is MemoryState {
  const s = value as Partial<MemoryState> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    s.version === STATE_VERSION &&
    typeof s.rev === 'number' &&
    Array.isArray(s.people) &&
    Array.isArray(s.teams) &&
    Array.isArray(s.kudos) &&
    Array.isArray(s.polls) &&
    Array.isArray(s.feedback) &&
    typeof s.share === 'object' &&
    s.share !== null &&
    Array.isArray(s.share.posts) &&
    typeof s.idempotency === 'object' &&
    s.idempotency !== null &&
    typeof s.recentGives === 'object' &&
    s.recentGives !== null &&
    typeof s.leaderboard === 'object' &&
    s.leaderboard !== null &&
    Array.isArray(s.leaderboard.optedOut) &&
    typeof s.moderation === 'object' &&
    s.moderation !== null
  );
}

const indexes = new WeakMap<MemoryState['people'], Map<string, CurrentUser>>();

/** People by id, computed once per people list (writes that leave people alone share the list). */
export function peopleById(state: MemoryState): Map<string, CurrentUser> {
  let index = indexes.get(state.people);
  if (!index) indexes.set(state.people, (index = new Map(state.people.map((p) => [p.id, p]))));
  return index;
}
