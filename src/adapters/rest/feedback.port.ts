import type { CallOptions, CreateOptions, FeedbackPort } from '../../adapter/port.js';
import type {
  FeedbackConfig,
  FeedbackDraft,
  FeedbackInboxQuery,
  FeedbackReceipt,
  FeedbackStatus,
  FeedbackSummary,
  FeedbackThread,
} from '../../core/feedback.js';
import type { Page } from '../../core/people.js';
import { NotFoundError } from '../../core/errors.js';
import { isPlausibleToken } from '../../core/feedback.rules.js';
import type { HttpClient } from './http.js';
import { FetchStream, type LiveSettings } from './live.js';
import { call, keyOf, pathOf } from './operations.js';
import { toFeedbackConfig, toFeedbackPage, toFeedbackReceipt, toFeedbackSummary, toFeedbackThread, toWireFeedbackDraft } from './mapping.js';

/** The header that carries a feedback sender's reply token (never the URL: URLs are logged). */
const REPLY_TOKEN_HEADER = 'Chorus-Reply-Token';

/**
 * Feedback: the sender's calls go through `anonymous` (an HttpClient with no cookies, no host
 * headers, no Referer), the recipients' through the adapter's usual, signed-in client.
 */
export class RestFeedbackPort implements FeedbackPort {
  constructor(
    private readonly anonymous: HttpClient,
    private readonly http: HttpClient,
    /** Reconnection pacing of the sender's live channel (the adapter's, as for `live`). */
    private readonly streams: LiveSettings,
  ) {}

  /** The senders' channels open on this adapter, so `close` can end them. */
  private readonly open = new Set<() => void>();

  /** Ends every live channel (the adapter is disposed of). */
  close(): void {
    for (const stop of [...this.open]) stop();
  }

  async getFeedbackConfig(options?: CallOptions): Promise<FeedbackConfig> {
    const { body } = await call(this.anonymous, 'getFeedbackConfig', { signal: options?.signal });
    return toFeedbackConfig(body);
  }

  async sendFeedback(draft: FeedbackDraft, options: CreateOptions): Promise<FeedbackReceipt> {
    const { body } = await call(this.anonymous, 'sendFeedback', {
      body: toWireFeedbackDraft(draft),
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toFeedbackReceipt(body);
  }

  async findSentFeedback(draft: FeedbackDraft, options: CreateOptions): Promise<FeedbackReceipt | null> {
    try {
      const { body } = await call(this.anonymous, 'findSentFeedback', {
        body: toWireFeedbackDraft(draft),
        idempotencyKey: keyOf(options),
        signal: options?.signal,
      });
      return toFeedbackReceipt(body);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async getFeedbackThread(replyToken: string, options?: CallOptions): Promise<FeedbackThread> {
    const { body } = await call(this.anonymous, 'getFeedbackThread', {
      headers: { [REPLY_TOKEN_HEADER]: String(replyToken ?? '').trim() },
      signal: options?.signal,
    });
    return toFeedbackThread(body);
  }

  async replyToFeedback(replyToken: string, message: string, options: CreateOptions): Promise<FeedbackThread> {
    const { body } = await call(this.anonymous, 'replyToFeedback', {
      headers: { [REPLY_TOKEN_HEADER]: String(replyToken ?? '').trim() },
      body: { message },
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toFeedbackThread(body);
  }

  /**
   * `GET /feedback/thread/events` on the anonymous client, read with fetch (EventSource cannot send
   * the token header): a stream per watched thread, reopened after a drop with the live port's
   * backoff. Changes made while it was closed (or before a failed first try) are not replayed, so
   * a stream opened on a later try counts as one; a token that opens nothing (404) stops it.
   */
  watchFeedbackThread(replyToken: string, onChange: () => void): () => void {
    const token = String(replyToken ?? '').trim();
    if (!isPlausibleToken(token)) return () => {};
    let watching = true;
    const changed = () => {
      if (watching) onChange();
    };
    const stream = new FetchStream(
      {
        path: pathOf('watchFeedbackThread'),
        headers: { [REPLY_TOKEN_HEADER]: token },
        reopened: changed,
        final: (status) => status === 400 || status === 404,
      },
      this.anonymous,
      this.streams,
      (type) => type === 'changed' && changed(),
      '',
    );
    const stop = () => {
      watching = false;
      this.open.delete(stop);
      stream.close();
    };
    this.open.add(stop);
    return stop;
  }

  async listFeedback(query: FeedbackInboxQuery, options?: CallOptions): Promise<Page<FeedbackThread>> {
    const limit = query?.limit === undefined ? undefined : Math.max(1, Math.min(100, Math.floor(query.limit)));
    const { body } = await call(this.http, 'listFeedback', {
      query: { categoryId: query?.categoryId, status: query?.status, cursor: query?.cursor, limit },
      signal: options?.signal,
    });
    return toFeedbackPage(body);
  }

  async getFeedbackSummary(options?: CallOptions): Promise<FeedbackSummary> {
    const { body } = await call(this.http, 'getFeedbackSummary', { signal: options?.signal });
    return toFeedbackSummary(body);
  }

  async getFeedbackById(threadId: string, options?: CallOptions): Promise<FeedbackThread> {
    const { body } = await call(this.http, 'getFeedbackById', { params: { threadId }, signal: options?.signal });
    return toFeedbackThread(body);
  }

  async answerFeedback(threadId: string, message: string, options: CreateOptions): Promise<FeedbackThread> {
    const { body } = await call(this.http, 'answerFeedback', {
      params: { threadId },
      body: { message },
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toFeedbackThread(body);
  }

  async setFeedbackStatus(threadId: string, status: FeedbackStatus, options?: CallOptions): Promise<FeedbackThread> {
    const { body } = await call(this.http, 'setFeedbackStatus', {
      params: { threadId },
      body: { status },
      signal: options?.signal,
    });
    return toFeedbackThread(body);
  }
}
