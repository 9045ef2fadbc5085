import type { CallOptions, CreateOptions, FeedbackPort } from '../../adapter/port.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.js';
import type {
  FeedbackConfig,
  FeedbackDraft,
  FeedbackInboxQuery,
  FeedbackReceipt,
  FeedbackStatus,
  FeedbackSummary,
  FeedbackThread,
} from '../../core/feedback.js';
import {
  coarseTime,
  deliveredThread,
  deliveryCutoff,
  isFeedbackRecipient,
  isPlausibleToken,
  statusAfter,
  summarize,
  validateFeedback,
  validateReply,
  validateStatus,
} from '../../core/feedback.rules.js';
import type { CurrentUser, Page } from '../../core/people.js';
import { checkRateLimit } from './kudos.rules.js';
import { toFeedbackThread } from '../../core/feedback.view.js';
import { forgetOldKeys } from './idempotency.js';
import { pageNewestFirst } from './paging.js';
import type { MemoryRuntime } from './runtime.js';
import { newReplyToken, randomId, replyTokenHash, sealReceipt, sha256, toBase64Url, unsealReceipt } from '../../core/secret.js';
import { compareNewestFirst } from '../../core/order.js';
import { peopleById, type MemoryState, type StoredFeedbackThread } from './state.js';

/*
 * The feedback box of the embedded adapter. The sender's four calls never ask who is signed in:
 * they do not call `rt.userId()` or `rt.viewer()`, and what they store (a thread with a random
 * id, the hash of the reply token, messages without author at hour precision, retry entries that
 * need the client's key to read) names nobody. The inbox calls are a signed-in recipient's.
 */

const FORBIDDEN = 'Only feedback recipients can read the inbox.';

/** The hour of `now`: anonymous retry entries keep no finer time than the thread they belong to. */
const coarseMs = (now: number) => Date.parse(coarseTime(now));

/**
 * Retry entries of the anonymous writes: a hash only the client's key (and, for a reply, the
 * token) can recompute, so storage holds nothing that names or links the sender.
 */
function sendRetryKey(idempotencyKey: string): string {
  return `anon-fb|${toBase64Url(sha256(`chorus:feedback:${idempotencyKey}`))}`;
}

function replyRetryKey(token: string, idempotencyKey: string): string {
  return `anon-fbr|${toBase64Url(sha256(`chorus:feedback-reply:${token}:${idempotencyKey}`))}`;
}

function byToken(state: MemoryState, token: string): StoredFeedbackThread {
  const hash = isPlausibleToken(token) ? replyTokenHash(token) : null;
  const thread = hash ? state.feedback.find((t) => t.tokenHash === hash) : undefined;
  if (!thread) throw new NotFoundError('No conversation matches this reply token.');
  return thread;
}

function byId(state: MemoryState, threadId: string): StoredFeedbackThread {
  const thread = state.feedback.find((t) => t.id === threadId);
  if (!thread) throw new NotFoundError('No feedback with this id.');
  return thread;
}

function refuseClosed(thread: StoredFeedbackThread): void {
  if (thread.status === 'closed') throw new ConflictError('This conversation is closed.');
}

export class MemoryFeedbackPort implements FeedbackPort {
  /**
   * When this device last sent or replied (epoch ms), for the rate limit. Kept in this adapter
   * instance only, never stored: a stored list would be a trace of the sender's activity.
   */
  private recentWrites: number[] = [];

  /** The senders' live channels on this page: reply-token hash → who to tell when that thread changes. */
  private readonly watchers = new Map<string, Set<() => void>>();

  constructor(private readonly rt: MemoryRuntime) {}

  watchFeedbackThread(replyToken: string, onChange: () => void): () => void {
    if (!isPlausibleToken(replyToken)) return () => {};
    const hash = replyTokenHash(replyToken);
    const set = this.watchers.get(hash) ?? new Set();
    this.watchers.set(hash, set);
    const listener = () => onChange();
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.watchers.delete(hash);
    };
  }

  /** Tells the senders watching a thread that changed between two states (the adapter calls it on every change). */
  threadsChanged(prev: MemoryState, next: MemoryState): void {
    if (!this.watchers.size || prev.feedback === next.feedback) return;
    for (const [hash, listeners] of this.watchers) {
      const before = prev.feedback.find((t) => t.tokenHash === hash);
      const after = next.feedback.find((t) => t.tokenHash === hash);
      if (before === after || (before && after && JSON.stringify(before) === JSON.stringify(after))) continue;
      for (const listener of [...listeners]) listener();
    }
  }

  /** Whether the signed-in user reads the inbox (the live inbox events are theirs only). */
  isRecipient(state: MemoryState): boolean {
    return isFeedbackRecipient(this.rt.viewer(state));
  }

  /** deliveryCutoff() now, for the inbox's live events. */
  cutoff(): string | null {
    return deliveryCutoff(this.config, this.rt.now());
  }

  private get config(): FeedbackConfig {
    return this.rt.feedbackConfig;
  }

  private threadView(state: MemoryState, thread: StoredFeedbackThread): FeedbackThread {
    return toFeedbackThread(thread, peopleById(state));
  }

  /** Throws RateLimitedError when this device wrote too often; returns the writes still in the window. */
  private checkDevice(now: number): number[] {
    return checkRateLimit(this.recentWrites, now, this.rt.feedbackRateLimit);
  }

  /**
   * A thread as recipients may see it now: the sender's messages of an hour not yet ended held
   * back when the box delivers after the hour (null while the feedback itself is held).
   */
  private delivered(thread: StoredFeedbackThread): StoredFeedbackThread | null {
    return deliveredThread(thread, deliveryCutoff(this.config, this.rt.now()));
  }

  /** A thread a recipient names by id: not found while it is held, like one that does not exist. */
  private deliveredById(state: MemoryState, threadId: string): StoredFeedbackThread {
    const thread = this.delivered(byId(state, threadId));
    if (!thread) throw new NotFoundError('No feedback with this id.');
    return thread;
  }

  /** The signed-in user, if they may read the inbox. */
  private recipient(state: MemoryState): CurrentUser {
    const viewer = this.rt.viewer(state);
    if (!isFeedbackRecipient(viewer)) throw new ForbiddenError(FORBIDDEN);
    return viewer;
  }

  // ---- the sender's side: anonymous ----------------------------------------------------------

  async getFeedbackConfig(options?: CallOptions): Promise<FeedbackConfig> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(this.config);
  }

  async findSentFeedback(draft: FeedbackDraft, options: CreateOptions): Promise<FeedbackReceipt | null> {
    await this.rt.roundTrip(options?.signal);
    const valid = validateFeedback(draft, this.config);
    const state = this.rt.store.read();
    const earlier = state.idempotency[sendRetryKey(options.idempotencyKey)];
    const token = earlier ? unsealReceipt(earlier.id, options.idempotencyKey) : null;
    const thread = token ? state.feedback.find((t) => t.tokenHash === replyTokenHash(token)) : undefined;
    // The same key with another draft says nothing more than no send at all.
    const same = thread && thread.categoryId === valid.categoryId && thread.score === valid.score && thread.messages[0]?.message === valid.message;
    return same ? { thread: this.threadView(state, thread), replyToken: token! } : null;
  }

  async sendFeedback(draft: FeedbackDraft, options: CreateOptions): Promise<FeedbackReceipt> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const idempotencyKey = options?.idempotencyKey;
    const retryKey = idempotencyKey ? sendRetryKey(idempotencyKey) : null;
    const state = this.rt.store.read();

    // A retry of a send that already went through: the same thread and token, nothing stored twice.
    const earlier = retryKey ? state.idempotency[retryKey] : undefined;
    const replayed = earlier ? unsealReceipt(earlier.id, idempotencyKey!) : null;
    if (replayed) {
      const thread = state.feedback.find((t) => t.tokenHash === replyTokenHash(replayed));
      if (thread) return { thread: this.threadView(state, thread), replyToken: replayed };
    }

    const valid = validateFeedback(draft, this.config);
    const recent = this.checkDevice(now);
    const replyToken = newReplyToken();
    const at = coarseTime(now);
    const thread: StoredFeedbackThread = {
      id: randomId('fb'),
      tokenHash: replyTokenHash(replyToken),
      categoryId: valid.categoryId,
      score: valid.score,
      status: 'open',
      createdAt: at,
      messages: [{ id: randomId('fbm'), from: 'sender', authorId: null, message: valid.message, createdAt: at }],
    };
    this.rt.store.mutate((next) => {
      const index = next.feedback.findIndex((t) => compareNewestFirst(thread, t) < 0);
      next.feedback.splice(index < 0 ? next.feedback.length : index, 0, thread);
      if (retryKey) next.idempotency[retryKey] = { id: sealReceipt(replyToken, idempotencyKey!) ?? '', at: coarseMs(now) };
      forgetOldKeys(next, now);
    });
    const saved = this.rt.store.read();
    this.recentWrites = [...recent, now];
    return { thread: this.threadView(saved, byId(saved, thread.id)), replyToken };
  }

  async getFeedbackThread(replyToken: string, options?: CallOptions): Promise<FeedbackThread> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    return this.threadView(state, byToken(state, replyToken));
  }

  async replyToFeedback(replyToken: string, message: string, options: CreateOptions): Promise<FeedbackThread> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const thread = byToken(state, replyToken);
    const retryKey = options?.idempotencyKey ? replyRetryKey(replyToken, options.idempotencyKey) : null;
    // A retried reply: the thread as it is, the reply counted once.
    if (retryKey && state.idempotency[retryKey]) return this.threadView(state, thread);

    refuseClosed(thread);
    const text = validateReply(message, this.config);
    const recent = this.checkDevice(now);
    const at = coarseTime(now);
    this.rt.store.mutate((next) => {
      const target = byToken(next, replyToken);
      refuseClosed(target);
      target.messages.push({ id: randomId('fbm'), from: 'sender', authorId: null, message: text, createdAt: at });
      target.status = statusAfter('sender');
      if (retryKey) next.idempotency[retryKey] = { id: 'replied', at: coarseMs(now) };
      forgetOldKeys(next, now);
    });
    const saved = this.rt.store.read();
    this.recentWrites = [...recent, now];
    return this.threadView(saved, byToken(saved, replyToken));
  }

  // ---- the recipients' side: signed in -------------------------------------------------------

  async listFeedback(query: FeedbackInboxQuery, options?: CallOptions): Promise<Page<FeedbackThread>> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    this.recipient(state);
    const status = query?.status ? validateStatus(query.status) : null;
    const categoryId = query?.categoryId || null;
    const shown = state.feedback.flatMap((thread) => this.delivered(thread) ?? []);
    const page = pageNewestFirst(shown, query, (thread) => (!categoryId || thread.categoryId === categoryId) && (!status || thread.status === status));
    return { items: page.items.map((t) => this.threadView(state, t)), nextCursor: page.nextCursor };
  }

  async getFeedbackSummary(options?: CallOptions): Promise<FeedbackSummary> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    this.recipient(state);
    return summarize(
      state.feedback.flatMap((thread) => this.delivered(thread) ?? []),
      this.config,
    );
  }

  async getFeedbackById(threadId: string, options?: CallOptions): Promise<FeedbackThread> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    this.recipient(state);
    return this.threadView(state, this.deliveredById(state, threadId));
  }

  async answerFeedback(threadId: string, message: string, options: CreateOptions): Promise<FeedbackThread> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const author = this.recipient(state);
    const thread = this.deliveredById(state, threadId);
    const key = options?.idempotencyKey ? `${author.id}|fb-answer|${threadId}|${options.idempotencyKey}` : null;
    // A retried answer: the thread as it is, the answer stored once.
    if (key && state.idempotency[key]) return this.threadView(state, thread);

    refuseClosed(thread);
    const text = validateReply(message, this.config);
    this.rt.store.mutate((next) => {
      const target = byId(next, threadId);
      refuseClosed(target);
      target.messages.push({
        id: randomId('fbm'),
        from: 'recipient',
        authorId: author.id,
        message: text,
        createdAt: new Date(now).toISOString(),
      });
      target.status = statusAfter('recipient');
      if (key) next.idempotency[key] = { id: threadId, at: now };
      forgetOldKeys(next, now);
    });
    const saved = this.rt.store.read();
    return this.threadView(saved, this.deliveredById(saved, threadId));
  }

  async setFeedbackStatus(threadId: string, status: FeedbackStatus, options?: CallOptions): Promise<FeedbackThread> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    this.recipient(state);
    const wanted = validateStatus(status);
    const thread = this.deliveredById(state, threadId);
    // Already so: no write, same answer.
    if (thread.status === wanted) return this.threadView(state, thread);
    this.rt.store.mutate((next) => {
      byId(next, threadId).status = wanted;
    });
    const saved = this.rt.store.read();
    return this.threadView(saved, this.deliveredById(saved, threadId));
  }
}
