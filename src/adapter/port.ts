/**
 * The adapter port: what widgets need from a backend, split per concern so a backend
 * implements only what it serves. Every call takes an AbortSignal and throws ChorusError
 * subclasses (see core/errors.ts); adapters map their backend's shapes to domain types.
 */
import type { CurrentUser, Page, Person, Team } from '../core/people.js';
import type { Kudos, KudosComment, KudosConfig, KudosDraft, KudosQuery } from '../core/kudos.js';
import type { LiveEventOf, LiveTopic } from '../core/live.js';
import type { Poll, PollDraft, PollLimits, PollVote, VoteReceipt } from '../core/poll.js';

export interface CallOptions {
  signal?: AbortSignal;
}

/** For creates: a key the backend uses so a retried request never creates twice. */
export interface CreateOptions extends CallOptions {
  idempotencyKey: string;
}

export interface PeoplePort {
  /** People whose name (or title) matches; an empty query returns nobody. */
  searchPeople(query: string, options?: CallOptions & { limit?: number }): Promise<Person[]>;
  listTeams(options?: CallOptions): Promise<Team[]>;
}

export interface MePort {
  getCurrentUser(options?: CallOptions): Promise<CurrentUser>;
}

export interface KudosPort {
  getKudosConfig(options?: CallOptions): Promise<KudosConfig>;
  /** Newest first. */
  listKudos(query: KudosQuery, options?: CallOptions): Promise<Page<Kudos>>;
  giveKudos(draft: KudosDraft, options: CreateOptions): Promise<Kudos>;
  /** Adds (`active`) or removes the current user's reaction; idempotent either way. */
  setReaction(kudosId: string, emoji: string, active: boolean, options?: CallOptions): Promise<Kudos>;
  /** Oldest first. */
  listComments(kudosId: string, options?: CallOptions): Promise<KudosComment[]>;
  addComment(kudosId: string, message: string, options: CreateOptions): Promise<KudosComment>;
  reportKudos(kudosId: string, reason: string, options?: CallOptions): Promise<void>;
  /** Only the author (or a moderator) may delete. */
  deleteKudos(kudosId: string, options?: CallOptions): Promise<void>;
}

export interface PollPort {
  getPollLimits(options?: CallOptions): Promise<PollLimits>;
  /** The poll as the current user sees it (results only when visible to them). */
  getPoll(pollId: string, options?: CallOptions): Promise<Poll>;
  /**
   * Casts or changes the current user's vote. One vote per person is enforced by the backend; a
   * retried key counts once. In an anonymous poll, pass the `receipt` of the first vote to change it.
   */
  vote(pollId: string, vote: PollVote, options: CreateOptions & { receipt?: string | null }): Promise<VoteReceipt>;
  /** For users whose roles include `poll-author` (or admins). */
  createPoll(draft: PollDraft, options: CreateOptions): Promise<Poll>;
  /** Makes a pending write-in visible to voters (poll managers only). */
  approveWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll>;
  /** Closes the poll now (poll managers only). */
  closePoll(pollId: string, options?: CallOptions): Promise<Poll>;
}

export interface LivePort {
  /** Calls `listener` for each event on `topic` until the returned function is called. */
  subscribe<T extends LiveTopic>(topic: T, listener: (event: LiveEventOf<T>) => void): () => void;
}

/** What a backend provides. Widgets check for the port they need and say clearly when it is missing. */
export interface ChorusAdapter {
  readonly people?: PeoplePort;
  readonly me?: MePort;
  readonly kudos?: KudosPort;
  readonly polls?: PollPort;
  readonly live?: LivePort;
}
