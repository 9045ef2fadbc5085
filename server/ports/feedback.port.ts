import type { FeedbackSenderPort } from '../../edge/app.js';
import type { FeedbackPort } from '../../src/adapter/port.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../src/core/errors.js';
import type {
  FeedbackConfig,
  FeedbackDraft,
  FeedbackInboxQuery,
  FeedbackReceipt,
  FeedbackStatus,
  FeedbackSummary,
  FeedbackThread,
} from '../../src/core/feedback.js';
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
} from '../../src/core/feedback.rules.js';
import type { CurrentUser, Page } from '../../src/core/people.js';
import { newReplyToken, replyTokenHash } from '../../src/core/secret.js';
import type { Deps } from '../context.js';
import type { Db, Queryable } from '../db/db.js';
import * as store from '../feedback.store.js';
import { recordChangedEvent } from '../live.js';
import { notifyThreadChanged, type FeedbackThreadWatch } from '../feedback.watch.js';
import { viewThread, viewThreads } from '../feedback.view.js';

/*
 * Feedback in SQL as the port the edge's routes call (edge/routes/feedback.ts), with the embedded
 * adapter's order of checks (src/adapters/memory/feedback.port.ts).
 *
 * The sender's calls are a class of their own, `SqlFeedbackSender`, that has no user to read:
 * what it stores is the token's hash, never the token, and the sender's times rounded down to the
 * hour (db/migrations/003_feedback.sql). Abuse control is the per-network limits it is given
 * (anonymous-rate-limit.ts): a send or reply counts after its checks, a reply-token lookup always.
 * `SqlFeedbackPort` adds the recipients' inbox, as the signed-in user it is made for.
 */

const NO_TOKEN_MATCH = 'No conversation matches this reply token.';
const NO_THREAD = 'No feedback with this id.';
const CLOSED = 'This conversation is closed.';
/** Page size when the caller names none (the contract's default). */
const PAGE_LIMIT = 20;

/** What the sender's calls count, each throwing RateLimitedError when the network has used its window up. */
export interface FeedbackSenderLimits {
  /** A send or a reply that passed its checks. */
  send(): void;
  /** A reply-token lookup (a read or a reply): once per request, however often it looks. */
  lookup(): void;
}

export interface FeedbackSettings {
  config: FeedbackConfig;
  now: () => number;
  limits: FeedbackSenderLimits;
  /** The senders' live channels of this process (feedback.watch.ts). */
  threads: FeedbackThreadWatch;
}

/**
 * The settings of one request's port, its limits counting the network `address()` names (read
 * only when a limiter counts, and only as the input of its HMAC).
 */
export function feedbackSettings(deps: Deps, address: () => string | null): FeedbackSettings {
  let looked = false;
  return {
    config: deps.feedbackConfig,
    now: deps.now,
    threads: deps.feedbackThreads,
    limits: {
      send: () => deps.feedbackLimiter.take(address()),
      lookup: () => {
        if (looked) return;
        looked = true;
        deps.feedbackLookupLimiter.take(address());
      },
    },
  };
}

/** The sender's side, made as nobody: this class has no user, and asks for none. */
export class SqlFeedbackSender implements FeedbackSenderPort {
  constructor(
    protected readonly db: Db,
    protected readonly settings: FeedbackSettings,
  ) {}

  /** The hash a presented token is stored under, the lookup counted; a token that cannot be one opens nothing. */
  private tokenHashOf(token: string): string {
    this.settings.limits.lookup();
    if (!isPlausibleToken(token)) throw new NotFoundError(NO_TOKEN_MATCH);
    return replyTokenHash(token);
  }

  /**
   * Tells recipients' inboxes live that a sender wrote, unless the box holds it until its hour has
   * ended (then the event itself would time it). The event row keeps the hour only, like the message.
   */
  private async senderEvent(tx: Queryable, threadId: string, now: number): Promise<void> {
    if (!this.settings.config.deliverAfterHour) await recordChangedEvent(tx, 'feedback', threadId, Date.parse(coarseTime(now)));
  }

  async getFeedbackConfig(): Promise<FeedbackConfig> {
    return structuredClone(this.settings.config);
  }

  async sendFeedback(draft: FeedbackDraft): Promise<FeedbackReceipt> {
    const now = this.settings.now();
    return this.db.transaction(async (tx) => {
      const valid = validateFeedback(draft, this.settings.config);
      this.settings.limits.send();
      const replyToken = newReplyToken();
      const id = await store.insertThread(tx, replyTokenHash(replyToken), valid, coarseTime(now));
      await this.senderEvent(tx, id, now);
      return { thread: await viewThread(tx, (await store.loadThread(tx, id))!), replyToken };
    });
  }

  async getFeedbackThread(replyToken: string): Promise<FeedbackThread> {
    const record = await store.loadByTokenHash(this.db, this.tokenHashOf(replyToken));
    if (!record) throw new NotFoundError(NO_TOKEN_MATCH);
    return viewThread(this.db, record);
  }

  /**
   * The sender's live channel, keyed by the token's hash (the route has looked the token up, and
   * counted it, first). Nothing is stored or counted here.
   */
  watchFeedbackThread(replyToken: string, onChange: () => void): () => void {
    if (!isPlausibleToken(replyToken)) return () => {};
    return this.settings.threads.watch(replyTokenHash(replyToken), onChange);
  }

  async replyToFeedback(replyToken: string, message: string): Promise<FeedbackThread> {
    const tokenHash = this.tokenHashOf(replyToken);
    const now = this.settings.now();
    return this.db.transaction(async (tx) => {
      const thread = await store.loadByTokenHash(tx, tokenHash, true);
      if (!thread) throw new NotFoundError(NO_TOKEN_MATCH);
      if (thread.status === 'closed') throw new ConflictError(CLOSED);
      const text = validateReply(message, this.settings.config);
      this.settings.limits.send();
      await store.addMessage(tx, thread.id, 'sender', null, text, coarseTime(now));
      await store.setStatus(tx, thread.id, statusAfter('sender'));
      await this.senderEvent(tx, thread.id, now);
      await notifyThreadChanged(tx, thread.id);
      return viewThread(tx, (await store.loadThread(tx, thread.id))!);
    });
  }
}

/** The whole port for a signed-in user: the inbox as them (recipients and admins only, else 403). */
export class SqlFeedbackPort extends SqlFeedbackSender implements FeedbackPort {
  constructor(
    db: Db,
    settings: FeedbackSettings,
    private readonly user: CurrentUser,
  ) {
    super(db, settings);
  }

  private recipient(): CurrentUser {
    if (!isFeedbackRecipient(this.user)) throw new ForbiddenError('Only feedback recipients can read the inbox.');
    return this.user;
  }

  /** deliveryCutoff() now: the sender's messages after it are held from recipients (null: none). */
  private cutoff(): string | null {
    return deliveryCutoff(this.settings.config, this.settings.now());
  }

  /** The thread as recipients may see it; not found while it is held, like one that does not exist. */
  private async found(db: Queryable, threadId: string, forUpdate = false): Promise<store.FeedbackThreadRecord> {
    const loaded = await store.loadThread(db, threadId, forUpdate);
    const record = loaded && deliveredThread(loaded, this.cutoff());
    if (!record) throw new NotFoundError(NO_THREAD);
    return record;
  }

  async listFeedback(query: FeedbackInboxQuery): Promise<Page<FeedbackThread>> {
    this.recipient();
    const cutoff = this.cutoff();
    const { records, more } = await store.listThreads(this.db, {
      cutoff,
      categoryId: query.categoryId || null,
      status: query.status ? validateStatus(query.status) : null,
      cursor: query.cursor || null,
      limit: Math.max(1, Math.min(100, Math.floor(query.limit ?? PAGE_LIMIT))),
    });
    const delivered = records.map((r) => deliveredThread(r, cutoff)!);
    return { items: await viewThreads(this.db, delivered), nextCursor: store.nextCursor(records, more) };
  }

  async getFeedbackSummary(): Promise<FeedbackSummary> {
    this.recipient();
    return summarize(await store.scores(this.db, this.cutoff()), this.settings.config);
  }

  async getFeedbackById(threadId: string): Promise<FeedbackThread> {
    this.recipient();
    return viewThread(this.db, await this.found(this.db, threadId));
  }

  async answerFeedback(threadId: string, message: string): Promise<FeedbackThread> {
    const user = this.recipient();
    const now = this.settings.now();
    return this.db.transaction(async (tx) => {
      const thread = await this.found(tx, threadId, true);
      if (thread.status === 'closed') throw new ConflictError(CLOSED);
      const text = validateReply(message, this.settings.config);
      await store.addMessage(tx, threadId, 'recipient', user.id, text, new Date(now).toISOString());
      await store.setStatus(tx, threadId, statusAfter('recipient'));
      await recordChangedEvent(tx, 'feedback', threadId, now);
      await notifyThreadChanged(tx, threadId);
      return viewThread(tx, await this.found(tx, threadId));
    });
  }

  async setFeedbackStatus(threadId: string, status: FeedbackStatus): Promise<FeedbackThread> {
    this.recipient();
    const wanted = validateStatus(status);
    const record = await this.db.transaction(async (tx) => {
      const thread = await this.found(tx, threadId, true);
      if (thread.status !== wanted) {
        await store.setStatus(tx, threadId, wanted);
        await recordChangedEvent(tx, 'feedback', threadId, this.settings.now());
        await notifyThreadChanged(tx, threadId);
      }
      return this.found(tx, threadId);
    });
    return viewThread(this.db, record);
  }
}
