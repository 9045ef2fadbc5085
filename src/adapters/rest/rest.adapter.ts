import type { ChorusPorts } from '../../adapter/port-names.js';
import type {
  CallOptions, CreateOptions, FeedbackPort, KudosPort, LivePort, MePort, PeoplePort, PollPort,
} from '../../adapter/port.js';
import type {
  FeedbackConfig, FeedbackDraft, FeedbackInboxQuery, FeedbackReceipt, FeedbackStatus, FeedbackSummary, FeedbackThread,
} from '../../core/feedback.js';
import type { Kudos, KudosComment, KudosConfig, KudosDraft, KudosQuery } from '../../core/kudos.js';
import type { CurrentUser, Page, Person, Team } from '../../core/people.js';
import type { Poll, PollDraft, PollLimits, PollVote, VoteReceipt } from '../../core/poll.js';
import { HttpClient } from './http.js';
import { RestLivePort } from './live.js';
import { call } from './operations.js';
import {
  toFeedbackConfig, toFeedbackPage, toFeedbackReceipt, toFeedbackSummary, toFeedbackThread, toWireFeedbackDraft,
  toComment, toComments, toCurrentUser, toKudos, toKudosConfig, toKudosPage, toPeople, toPoll, toPollLimits, toTeams, toVoteReceipt,
  toWireComment, toWireDraft, toWirePollDraft, toWireReport, toWireVote,
} from './mapping.js';
import type { ModerationPort } from '../../adapter/moderation.port.js';
import { RestModerationPort } from './moderation.port.js';
/* create:imports */

export interface RestAdapterOptions {
  /** Where the host mounts the contract, absolute or relative to the page: `/api/chorus`. */
  baseUrl: string;
  /**
   * Whether cookies go along: `same-origin` (default), `include` for an API on another origin
   * (it must allow credentials in CORS), or `omit` when a token in `headers` is the identity.
   */
  credentials?: RequestCredentials;
  /**
   * Headers added to every request, asked for again on each one (and each retry), so a host can
   * hand out a fresh token: `headers: async () => ({ Authorization: `Bearer ${await getToken()}` })`.
   * With a hook, live updates are read with fetch (EventSource cannot send headers).
   */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** Per attempt, including reading the answer. Default 10 000 ms. */
  timeoutMs?: number;
  /**
   * Extra tries after a network failure, a timeout, 408, 429 or 5xx, for requests that are
   * safe to repeat (GET, PUT, DELETE, and POSTs with an Idempotency-Key). Default 2.
   */
  retries?: number;
  /** The first backoff ceiling; it doubles per retry, the wait is random below it. Default 300 ms. */
  retryDelayMs?: number;
  /**
   * The longest wait before a retry. A `Retry-After` longer than this is not waited for: the
   * call fails with RateLimitedError at once, and the widget tells the user when to try again.
   * Default 5 000 ms.
   */
  maxRetryDelayMs?: number;
  /** First delay before reconnecting live updates when the server sent no `retry:`. Default 1 000 ms. */
  reconnectMs?: number;
  /** The fetch to use (a host's wrapper, or a test double). Default: the global fetch at call time. */
  fetch?: typeof fetch;
  /**
   * The fetch for the anonymous feedback sender's calls. Default: the global fetch — never the
   * `fetch` option, since a host's wrapper may add credentials. Those calls always go with
   * `credentials: 'omit'`, no `headers` hook, no Referer and no HTTP cache.
   */
  anonymousFetch?: typeof fetch;
}

const PEOPLE_LIMIT = 8;

/**
 * The adapter for a backend that implements the Chorus HTTP contract (`contract/openapi.yaml`),
 * such as the reference server. Maps the contract's wire shapes to domain types, turns HTTP
 * errors into the typed errors widgets show, retries what is safe to retry, and carries live
 * updates over Server-Sent Events.
 *
 * ```ts
 * provider.adapter = new RestAdapter({ baseUrl: '/api/chorus' });
 * // SPFx or OAuth: a token per request, no cookies.
 * new RestAdapter({ baseUrl, credentials: 'omit', headers: async () => ({ Authorization: `Bearer ${await token()}` }) });
 * ```
 */
export class RestAdapter implements ChorusPorts {
  readonly people: PeoplePort;
  readonly me: MePort;
  readonly kudos: KudosPort;
  readonly polls: PollPort;
  readonly feedback: FeedbackPort;
  readonly moderation: ModerationPort;
  readonly live: LivePort;
  /* create:ports */
  readonly baseUrl: string;
  private readonly hub: RestLivePort;

  constructor(options: RestAdapterOptions) {
    if (!options?.baseUrl) throw new TypeError('RestAdapter: `baseUrl` is required.');
    this.baseUrl = options.baseUrl;
    // Timeouts and retries are the same on both request paths; only identity differs.
    const pacing = {
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: Math.max(0, options.retries ?? 2),
      retryDelayMs: options.retryDelayMs ?? 300,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 5_000,
    };
    const http = new HttpClient({ ...pacing, credentials: options.credentials ?? 'same-origin', headers: options.headers, fetch: options.fetch });
    this.people = new RestPeoplePort(http);
    this.me = new RestMePort(http);
    this.kudos = new RestKudosPort(http);
    this.polls = new RestPollPort(http);
    // The feedback sender's own request path: nothing the host configured for identity goes along.
    const anonymous = new HttpClient({ ...pacing, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', fetch: options.anonymousFetch });
    this.feedback = new RestFeedbackPort(anonymous, http);
    this.moderation = new RestModerationPort(http);
    /* create:port-instances */
    this.live = this.hub = new RestLivePort(http, { reconnectMs: options.reconnectMs ?? 1_000, maxReconnectMs: 30_000 });
  }

  /** Closes the live stream and drops its subscribers (a provider that switches backends). */
  dispose(): void {
    this.hub.close();
  }
}

/** A caller that forgot the key still gets a create that is safe to retry. */
function keyOf(options: CreateOptions | undefined): string {
  if (options?.idempotencyKey) return options.idempotencyKey;
  // crypto.randomUUID exists only in secure contexts; intranet pages are often plain http.
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

class RestPeoplePort implements PeoplePort {
  constructor(private readonly http: HttpClient) {}

  async searchPeople(query: string, options?: CallOptions & { limit?: number }): Promise<Person[]> {
    const q = String(query ?? '').trim();
    // The contract answers an empty query with nobody; no need to ask.
    if (!q) return [];
    const limit = Math.max(1, Math.min(50, Math.floor(options?.limit ?? PEOPLE_LIMIT)));
    const { body } = await call(this.http, 'searchPeople', { query: { q, limit }, signal: options?.signal });
    return toPeople(body);
  }

  async listTeams(options?: CallOptions): Promise<Team[]> {
    const { body } = await call(this.http, 'listTeams', { signal: options?.signal });
    return toTeams(body);
  }
}

class RestMePort implements MePort {
  constructor(private readonly http: HttpClient) {}

  async getCurrentUser(options?: CallOptions): Promise<CurrentUser> {
    const { body } = await call(this.http, 'getCurrentUser', { signal: options?.signal });
    return toCurrentUser(body);
  }
}

class RestKudosPort implements KudosPort {
  /** The last configuration and its ETag: a revalidation answered 304 costs no body. */
  private config: { etag: string; value: KudosConfig } | null = null;

  constructor(private readonly http: HttpClient) {}

  async getKudosConfig(options?: CallOptions): Promise<KudosConfig> {
    const cached = this.config;
    const { status, headers, body } = await call(this.http, 'getKudosConfig', {
      headers: cached ? { 'If-None-Match': cached.etag } : {},
      signal: options?.signal,
    });
    if (status === 304 && cached) return structuredClone(cached.value);
    const value = toKudosConfig(body);
    const etag = headers.get('ETag');
    this.config = etag ? { etag, value: structuredClone(value) } : null;
    return value;
  }

  async listKudos(query: KudosQuery, options?: CallOptions): Promise<Page<Kudos>> {
    const filter = query?.filter ?? {};
    const limit = query?.limit === undefined ? undefined : Math.max(1, Math.min(100, Math.floor(query.limit)));
    const { body } = await call(this.http, 'listKudos', {
      query: { valueId: filter.valueId, teamId: filter.teamId, personId: filter.personId, cursor: query?.cursor, limit },
      signal: options?.signal,
    });
    return toKudosPage(body);
  }

  async getKudos(kudosId: string, options?: CallOptions): Promise<Kudos> {
    const { body } = await call(this.http, 'getKudos', { params: { kudosId }, signal: options?.signal });
    return toKudos(body);
  }

  async giveKudos(draft: KudosDraft, options: CreateOptions): Promise<Kudos> {
    const { body } = await call(this.http, 'giveKudos', {
      body: toWireDraft(draft),
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toKudos(body);
  }

  async setReaction(kudosId: string, emoji: string, active: boolean, options?: CallOptions): Promise<Kudos> {
    const request = { params: { kudosId, emoji }, signal: options?.signal };
    const { body } = await (active ? call(this.http, 'addReaction', request) : call(this.http, 'removeReaction', request));
    return toKudos(body);
  }

  async listComments(kudosId: string, options?: CallOptions): Promise<KudosComment[]> {
    const { body } = await call(this.http, 'listComments', { params: { kudosId }, signal: options?.signal });
    return toComments(body);
  }

  async addComment(kudosId: string, message: string, options: CreateOptions): Promise<KudosComment> {
    const { body } = await call(this.http, 'addComment', {
      params: { kudosId },
      body: toWireComment(message),
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toComment(body);
  }

  async reportKudos(kudosId: string, reason: string, options?: CallOptions): Promise<void> {
    await call(this.http, 'reportKudos', {
      params: { kudosId },
      body: toWireReport(reason),
      // Reporting twice keeps the first report (the contract says so), so a retry is harmless.
      idempotent: true,
      signal: options?.signal,
    });
  }

  async deleteKudos(kudosId: string, options?: CallOptions): Promise<void> {
    await call(this.http, 'deleteKudos', { params: { kudosId }, signal: options?.signal });
  }
}

/** The header that carries an anonymous voter's receipt, to change their vote. */
const VOTE_RECEIPT_HEADER = 'Chorus-Vote-Receipt';

class RestPollPort implements PollPort {
  constructor(private readonly http: HttpClient) {}

  async getPollLimits(options?: CallOptions): Promise<PollLimits> {
    const { body } = await call(this.http, 'getPollLimits', { signal: options?.signal });
    return toPollLimits(body);
  }

  async getPoll(pollId: string, options?: CallOptions): Promise<Poll> {
    const { body } = await call(this.http, 'getPoll', { params: { pollId }, signal: options?.signal });
    return toPoll(body);
  }

  async vote(pollId: string, vote: PollVote, options: CreateOptions & { receipt?: string | null }): Promise<VoteReceipt> {
    const { body } = await call(this.http, 'votePoll', {
      params: { pollId },
      body: toWireVote(vote),
      idempotencyKey: keyOf(options),
      headers: options?.receipt ? { [VOTE_RECEIPT_HEADER]: options.receipt } : {},
      signal: options?.signal,
    });
    return toVoteReceipt(body);
  }

  async createPoll(draft: PollDraft, options: CreateOptions): Promise<Poll> {
    const { body } = await call(this.http, 'createPoll', {
      body: toWirePollDraft(draft),
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toPoll(body);
  }

  async approveWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll> {
    const { body } = await call(this.http, 'approveWriteIn', {
      params: { pollId, writeInId },
      // Approving twice is the same as once (the contract says so), so a retry is harmless.
      idempotent: true,
      signal: options?.signal,
    });
    return toPoll(body);
  }

  async closePoll(pollId: string, options?: CallOptions): Promise<Poll> {
    const { body } = await call(this.http, 'closePoll', {
      params: { pollId },
      // Closing a closed poll changes nothing, so a retry is harmless.
      idempotent: true,
      signal: options?.signal,
    });
    return toPoll(body);
  }
}

/** The header that carries a feedback sender's reply token (never the URL: URLs are logged). */
const REPLY_TOKEN_HEADER = 'Chorus-Reply-Token';

/**
 * Feedback: the sender's calls go through `anonymous` (an HttpClient with no cookies, no host
 * headers, no Referer), the recipients' through the adapter's usual, signed-in client.
 */
class RestFeedbackPort implements FeedbackPort {
  constructor(
    private readonly anonymous: HttpClient,
    private readonly http: HttpClient,
  ) {}

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
