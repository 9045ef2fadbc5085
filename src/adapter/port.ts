/**
 * The adapter port: what widgets need from a backend, split per concern so a backend
 * implements only what it serves. Every call takes an AbortSignal and throws ChorusError
 * subclasses (see core/errors.ts); adapters map their backend's shapes to domain types.
 */
import type { CurrentUser, Page, Person, Team } from '../core/people.js';
import type { Kudos, KudosComment, KudosConfig, KudosDraft, KudosQuery } from '../core/kudos.js';
import type { LiveEventOf, LiveTopic } from '../core/live.js';
import type { LatestPollQuery, Poll, PollDraft, PollLimits, PollVote, VoteReceipt } from '../core/poll.js';
import type { FeedbackConfig, FeedbackDraft, FeedbackInboxQuery, FeedbackReceipt, FeedbackStatus, FeedbackSummary, FeedbackThread } from '../core/feedback.js';

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
  /**
   * Every colleague's full name, each once: the feedback box warns in the browser when a message
   * names one (the message is never sent for it). Optional: without it the box checks the sender's own name only.
   */
  listPeopleNames?(options?: CallOptions): Promise<string[]>;
}

export interface MePort {
  getCurrentUser(options?: CallOptions): Promise<CurrentUser>;
}

/**
 * For a delete made with a precondition (the HTTP edge's If-Match): called with the kudos as the
 * caller sees it, after the permission check and before the delete, in the same transaction; it
 * throws to refuse. Backends behind the edge honour it; a client adapter has no use for it.
 */
export interface DeleteOptions extends CallOptions {
  precondition?: (current: Kudos) => void | Promise<void>;
}

export interface KudosPort {
  getKudosConfig(options?: CallOptions): Promise<KudosConfig>;
  /** Newest first. */
  listKudos(query: KudosQuery, options?: CallOptions): Promise<Page<Kudos>>;
  /** One kudos as the current user sees it (NotFoundError when they may not see it). */
  getKudos(kudosId: string, options?: CallOptions): Promise<Kudos>;
  giveKudos(draft: KudosDraft, options: CreateOptions): Promise<Kudos>;
  /** Adds (`active`) or removes the current user's reaction; idempotent either way. */
  setReaction(kudosId: string, emoji: string, active: boolean, options?: CallOptions): Promise<Kudos>;
  /** Oldest first. */
  listComments(kudosId: string, options?: CallOptions): Promise<KudosComment[]>;
  addComment(kudosId: string, message: string, options: CreateOptions): Promise<KudosComment>;
  reportKudos(kudosId: string, reason: string, options?: CallOptions): Promise<void>;
  /** Reports a comment on a kudos; reporting it again keeps the first report, as for a kudos. */
  reportComment(kudosId: string, commentId: string, reason: string, options?: CallOptions): Promise<void>;
  /** Only the author (or a moderator) may delete. */
  deleteKudos(kudosId: string, options?: DeleteOptions): Promise<void>;
}

export interface PollPort {
  getPollLimits(options?: CallOptions): Promise<PollLimits>;
  /** The poll as the current user sees it (results only when visible to them). */
  getPoll(pollId: string, options?: CallOptions): Promise<Poll>;
  /**
   * The newest poll (by `createdAt`) that is open now — opened, not closed — of `query.topic`, or
   * of any topic without one, as the current user sees it; null when there is none. A topic no
   * poll can have (src/core/poll-topic.rules.ts) is a ValidationError on `topic`.
   */
  findLatestPoll(query: LatestPollQuery, options?: CallOptions): Promise<Poll | null>;
  /**
   * Casts or changes the current user's vote. One vote per person is enforced by the backend; a
   * retried key counts once. In an anonymous poll, pass the `receipt` of the first vote to change it.
   */
  vote(pollId: string, vote: PollVote, options: CreateOptions & { receipt?: string | null }): Promise<VoteReceipt>;
  /** For users whose roles include `poll-author` (or admins). */
  createPoll(draft: PollDraft, options: CreateOptions): Promise<Poll>;
  /** Makes a pending write-in visible to voters (poll managers only). */
  approveWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll>;
  /** Takes a write-in out of everyone's results; its ballots still count (poll managers only). Approving brings it back. */
  rejectWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll>;
  /** Closes the poll now (poll managers only). */
  closePoll(pollId: string, options?: CallOptions): Promise<Poll>;
}

/**
 * Anonymous feedback. The sender's calls (config, send, thread, reply) must carry nothing that
 * identifies them — no cookie, token, user id or stable identifier — and a backend stores nothing
 * about them. The reply token is their only key to the thread. The inbox calls are made as a
 * signed-in recipient (roles `feedback-recipient` or `admin`); others get ForbiddenError.
 */
export interface FeedbackPort {
  /** The categories, limits and score kind; asked for anonymously. */
  getFeedbackConfig(options?: CallOptions): Promise<FeedbackConfig>;
  /** Sends feedback anonymously. A retried key stores it once and answers the same token. */
  sendFeedback(draft: FeedbackDraft, options: CreateOptions): Promise<FeedbackReceipt>;
  /**
   * The receipt a send with this key and exactly this draft got, when it was stored (within 24
   * hours), else null; stores nothing. For a send whose answer was lost and whose text the sender
   * then edited: its reply token is recovered before the edit goes under a new key. Optional.
   */
  findSentFeedback?(draft: FeedbackDraft, options: CreateOptions): Promise<FeedbackReceipt | null>;
  /** The thread a reply token opens (NotFoundError for a token that opens none). */
  getFeedbackThread(replyToken: string, options?: CallOptions): Promise<FeedbackThread>;
  /** The sender's reply in their thread, still anonymous (ConflictError when the thread is closed). */
  replyToFeedback(replyToken: string, message: string, options: CreateOptions): Promise<FeedbackThread>;
  /** Recipients: threads newest first, filtered by category and status. */
  listFeedback(query: FeedbackInboxQuery, options?: CallOptions): Promise<Page<FeedbackThread>>;
  /** Recipients: counts and scores per category, withheld for groups under `minGroupSize`. */
  getFeedbackSummary(options?: CallOptions): Promise<FeedbackSummary>;
  /** Recipients: one thread by id. */
  getFeedbackById(threadId: string, options?: CallOptions): Promise<FeedbackThread>;
  /** Recipients: answers in the thread (it becomes `answered`; ConflictError when closed). */
  answerFeedback(threadId: string, message: string, options: CreateOptions): Promise<FeedbackThread>;
  /** Recipients: closes or reopens a thread. */
  setFeedbackStatus(threadId: string, status: FeedbackStatus, options?: CallOptions): Promise<FeedbackThread>;
  /**
   * The sender's live channel: calls `onChange` (with nothing in it) whenever the thread this reply
   * token opens changes, until the returned function is called. Opened by the token alone, never a
   * session, so it names no one; the box then refetches by token. Optional: without it the box
   * shows new answers when a conversation is opened again.
   */
  watchFeedbackThread?(replyToken: string, onChange: () => void): () => void;
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
  readonly feedback?: FeedbackPort;
  readonly live?: LivePort;
}
