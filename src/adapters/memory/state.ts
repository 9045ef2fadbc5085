import type { KudosImage, KudosVisibility } from '../../core/kudos.js';
import type { CurrentUser, Team } from '../../core/people.js';
import type { PollSettings, WriteIn } from '../../core/poll.js';
import type { FeedbackStatus } from '../../core/feedback.js';

/**
 * The adapter's whole state, as stored in localStorage: plain JSON, people referenced by id
 * (views are built per viewer, so `mine`, `reportedByMe` and visibility depend on who asks).
 * Bump STATE_VERSION whenever this shape or the seed changes: older stored state is migrated when
 * that is simple (see migrate.ts), else reseeded.
 *
 * Version 2 added polls; version 3 added feedback.
 */
export const STATE_VERSION = 3;

export interface StoredReaction {
  emoji: string;
  personId: string;
}

export interface StoredComment {
  id: string;
  authorId: string;
  message: string;
  createdAt: string;
}

export interface StoredReport {
  personId: string;
  reason: string;
  createdAt: string;
}

export interface StoredKudos {
  id: string;
  authorId: string;
  recipientIds: string[];
  message: string;
  valueId: string | null;
  image: KudosImage | null;
  visibility: KudosVisibility;
  createdAt: string;
  /** In the order given, so the newest reactors are at the end. */
  reactions: StoredReaction[];
  /** Oldest first. */
  comments: StoredComment[];
  reports: StoredReport[];
}

/** One voter's choice. In an anonymous poll nothing in it, nor where it is kept, names the voter. */
export interface StoredBallot {
  optionIds: string[];
  writeInId: string | null;
  score: number | null;
}

export interface StoredPoll extends PollSettings {
  id: string;
  /** When a manager closed the poll before its deadline. */
  closedAt: string | null;
  createdById: string;
  createdAt: string;
  /** Write-in answers without their authors, sorted by (random) id; ballots refer to them. */
  writeIns: WriteIn[];
  /**
   * Named polls: keyed by voter id. Anonymous polls: keyed by a hash of the voter's secret receipt.
   * Keys are kept sorted, so the order says nothing about who voted when. No ballot has a time.
   */
  ballots: Record<string, StoredBallot>;
  /** Anonymous polls: who has voted (to refuse a second vote), sorted by id, unlinked to any ballot. */
  voters: string[];
}

/** A message in a feedback thread. The sender's have no author and a time rounded to the hour. */
export interface StoredFeedbackMessage {
  id: string;
  from: 'sender' | 'recipient';
  /** The recipient who answered; always null for the sender. */
  authorId: string | null;
  message: string;
  createdAt: string;
}

/**
 * An anonymous feedback thread. Nothing in it names or links the sender: it is found by the hash
 * of the reply token only they hold (`replyTokenHash` in secret.ts), its id is random, and the
 * sender's times are rounded to the hour.
 */
export interface StoredFeedbackThread {
  id: string;
  tokenHash: string;
  categoryId: string;
  score: number | null;
  status: FeedbackStatus;
  /** coarseTime() of the send. */
  createdAt: string;
  /** Oldest first. */
  messages: StoredFeedbackMessage[];
}

/** What an idempotency key produced, so a retried create returns it instead of creating again. */
export interface IdempotencyEntry {
  id: string;
  /** Epoch ms, to forget old keys. */
  at: number;
}

export interface MemoryState {
  version: number;
  /** Incremented on every write; the highest revision wins between tabs. */
  rev: number;
  seededAt: string;
  teams: Team[];
  people: CurrentUser[];
  /** Newest first (createdAt, then id, descending). */
  kudos: StoredKudos[];
  /** Oldest first. */
  polls: StoredPoll[];
  /** Newest first (createdAt, then id, descending), like kudos. */
  feedback: StoredFeedbackThread[];
  /**
   * Keyed by `${userId}|${operation}|${idempotencyKey}`; for votes in anonymous polls, by a hash
   * that includes the client's key, with the receipt sealed by it (nothing names the voter).
   */
  idempotency: Record<string, IdempotencyEntry>;
  /** Per person, epoch ms of recent kudos, for the rate limit. */
  recentGives: Record<string, number[]>;
}

/** A light shape check for what comes from storage or another tab. */
export function isMemoryState(value: unknown): value is MemoryState {
  const s = value as Partial<MemoryState> | null;
  return (
    typeof s === 'object' && s !== null &&
    s.version === STATE_VERSION && typeof s.rev === 'number' &&
    Array.isArray(s.people) && Array.isArray(s.teams) && Array.isArray(s.kudos) && Array.isArray(s.polls) && Array.isArray(s.feedback) &&
    typeof s.idempotency === 'object' && s.idempotency !== null &&
    typeof s.recentGives === 'object' && s.recentGives !== null
  );
}

/** The sorted copy of a ballot map: key order carries no trace of when a ballot was cast. */
export function sortedBallots(ballots: Record<string, StoredBallot>): Record<string, StoredBallot> {
  return Object.fromEntries(Object.entries(ballots).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Newest first; ids break ties so paging is stable. */
export function compareNewestFirst(a: Pick<StoredKudos, 'createdAt' | 'id'>, b: Pick<StoredKudos, 'createdAt' | 'id'>): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

const indexes = new WeakMap<MemoryState, Map<string, CurrentUser>>();

/** People by id, computed once per state object. */
export function peopleById(state: MemoryState): Map<string, CurrentUser> {
  let index = indexes.get(state);
  if (!index) indexes.set(state, (index = new Map(state.people.map((p) => [p.id, p]))));
  return index;
}
