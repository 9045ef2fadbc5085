import type { ModerationPort } from '../../adapter/moderation.port.js';
import type { ChorusPorts } from '../../adapter/port-names.js';
import type { FeedbackPort, KudosPort, LivePort, MePort, PeoplePort, PollPort } from '../../adapter/port.js';
import { RestFeedbackPort } from './feedback.port.js';
import { HttpClient } from './http.js';
import { RestKudosPort } from './kudos.port.js';
import { KudosImages } from './images.js';
import { RestLivePort } from './live.js';
import { RestModerationPort } from './moderation.port.js';
import { RestMePort, RestPeoplePort } from './people.port.js';
import { RestPollPort } from './polls.port.js';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import { RestShareCardPort } from './share-card.port.js';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import { RestLeaderboardPort } from './leaderboard.port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import { RestInsightsPort } from './insights.port.js';
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
  /**
   * Share the live stream (cookies, EventSource) with the page's other REST adapters on the same
   * URL. A browser opens at most six HTTP/1.1 connections to a host, so six adapters with a stream
   * each leave none for requests. `<chorus-provider endpoint>` shares; default false.
   */
  shareLiveStream?: boolean;
  /** The fetch to use (a host's wrapper, or a test double). Default: the global fetch at call time. */
  fetch?: typeof fetch;
  /**
   * The fetch for the anonymous feedback sender's calls. Default: the global fetch — never the
   * `fetch` option, since a host's wrapper may add credentials. Those calls always go with
   * `credentials: 'omit'`, no `headers` hook, no Referer and no HTTP cache.
   */
  anonymousFetch?: typeof fetch;
}

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
  private readonly feedbackPort: RestFeedbackPort;
  readonly moderation: ModerationPort;
  readonly live: LivePort;
  readonly shareCard: ShareCardPort;
  readonly leaderboard: LeaderboardPort;
  readonly insights: InsightsPort;
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
    const http = new HttpClient({
      ...pacing,
      credentials: options.credentials ?? 'same-origin',
      headers: options.headers,
      fetch: options.fetch,
    });
    this.people = new RestPeoplePort(http);
    this.me = new RestMePort(http);
    const images = new KudosImages(http);
    this.kudos = new RestKudosPort(http, images);
    this.polls = new RestPollPort(http);
    // The feedback sender's own request path: nothing the host configured for identity goes along.
    const anonymous = new HttpClient({
      ...pacing,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      fetch: options.anonymousFetch,
    });
    const streams = { reconnectMs: options.reconnectMs ?? 1_000, maxReconnectMs: 30_000, shared: options.shareLiveStream ?? false };
    this.feedback = this.feedbackPort = new RestFeedbackPort(anonymous, http, streams);
    this.moderation = new RestModerationPort(http);
    this.shareCard = new RestShareCardPort(http);
    this.leaderboard = new RestLeaderboardPort(http);
    this.insights = new RestInsightsPort(http);
    /* create:port-instances */
    this.live = this.hub = new RestLivePort(http, images, streams);
  }

  /** Closes the live streams and drops their subscribers (a provider that switches backends). */
  dispose(): void {
    this.hub.close();
    this.feedbackPort.close();
  }
}
