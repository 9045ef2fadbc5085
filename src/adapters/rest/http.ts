import { isAbort, isChorusError, NetworkError, type ChorusError } from '../../core/errors.js';
import { abortError, sleep } from '../../core/abort.js';
import { errorFromResponse, retryAfterSeconds, UnauthenticatedError } from './errors.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpSettings {
  baseUrl: string;
  credentials: RequestCredentials;
  headers?: () => HeadersInit | Promise<HeadersInit>;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  fetch?: typeof fetch;
  /** 0..1, for the jitter; tests may pin it. */
  random?: () => number;
  /** `no-referrer` for the anonymous path: the page's address may name the sender (a personal site). */
  referrerPolicy?: ReferrerPolicy;
  /** `no-store` for the anonymous path: nothing of it kept in the HTTP cache of a shared device. */
  cache?: RequestCache;
}

export interface HttpRequest {
  method: Method;
  /** Relative to the base URL, segments already encoded (`kudos/k-1/comments`). */
  path: string;
  query?: Record<string, string | number | null | undefined>;
  body?: unknown;
  /** Sent as `Idempotency-Key`; it also makes a POST safe to retry. */
  idempotencyKey?: string;
  /** A POST the contract makes idempotent by itself (reporting twice keeps the first report). */
  idempotent?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty answer (204, 304). */
  body: unknown;
}

type Attempt = { ok: true; response: HttpResponse } | { ok: false; error: ChorusError; status: number; retryAfter: number | null };

/** Statuses worth another try: the request may succeed unchanged a moment later. */
const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

/** "Full jitter": a random wait up to an exponentially growing ceiling, so clients that failed together do not retry together. */
export function backoff(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}

function isJson(headers: Headers): boolean {
  return /^application\/([\w.+-]*\+)?json\b/i.test(headers.get('Content-Type') ?? '');
}

/**
 * fetch with what every call of the REST adapter needs: the base URL, the host's headers
 * (asked for again on each attempt, so a refreshed token is used), a timeout per attempt,
 * retries with backoff for requests that are safe to repeat, and typed errors.
 */
export class HttpClient {
  private readonly base: URL;

  constructor(private readonly settings: HttpSettings) {
    const baseUrl = settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`;
    const page = globalThis.document?.baseURI ?? globalThis.location?.href;
    if (!page && !/^[a-z][a-z\d+.-]*:/i.test(baseUrl)) throw new TypeError('RestAdapter: outside a page, `baseUrl` must be absolute.');
    this.base = new URL(baseUrl, page);
  }

  get credentials(): RequestCredentials {
    return this.settings.credentials;
  }

  /** How long one attempt may take. */
  get timeoutMs(): number {
    return this.settings.timeoutMs;
  }

  /** `no-referrer` on the anonymous path (HttpSettings.referrerPolicy), for requests made outside `send` (streams). */
  get referrerPolicy(): ReferrerPolicy | undefined {
    return this.settings.referrerPolicy;
  }

  get hasHeadersHook(): boolean {
    return !!this.settings.headers;
  }

  url(path: string, query: HttpRequest['query'] = {}): string {
    const url = new URL(path.replace(/^\/+/, ''), this.base);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
    }
    return url.href;
  }

  /** Whether `url` is under the API's base (its own resources, which need its credentials). */
  isOwn(url: string): boolean {
    return url.startsWith(this.base.href);
  }

  /** The host's headers (the `headers` hook) under ours; a failing hook means no credentials. */
  async headers(own: Record<string, string> = {}): Promise<Headers> {
    let headers: Headers;
    try {
      headers = new Headers(this.settings.headers ? await this.settings.headers() : undefined);
    } catch (error) {
      if (isChorusError(error) || isAbort(error)) throw error;
      throw new UnauthenticatedError('Could not get credentials for the service.');
    }
    for (const [name, value] of Object.entries(own)) headers.set(name, value);
    return headers;
  }

  /** The global fetch, looked up per call (a page may patch it after the adapter was made). */
  fetch(input: string, init: RequestInit): Promise<Response> {
    return this.settings.fetch ? this.settings.fetch(input, init) : globalThis.fetch(input, init);
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const { retries, retryDelayMs, maxRetryDelayMs } = this.settings;
    const random = this.settings.random ?? Math.random;
    const repeatable = request.method !== 'POST' || !!request.idempotencyKey || !!request.idempotent;
    for (let attempt = 0; ; attempt++) {
      let outcome: Attempt;
      try {
        outcome = await this.attempt(request);
      } catch (error) {
        if (!(error instanceof NetworkError) || !repeatable || attempt >= retries) throw error;
        await sleep(backoff(attempt, retryDelayMs, maxRetryDelayMs, random), request.signal);
        continue;
      }
      if (outcome.ok) return outcome.response;
      const { error, status, retryAfter } = outcome;
      if (!repeatable || attempt >= retries || !TRANSIENT.has(status)) throw error;
      // The server said when to come back: wait that long if it is short, else report it now
      // (the widget shows "try again in N seconds" rather than a spinner that lasts a minute).
      const wait = retryAfter !== null ? retryAfter * 1000 : backoff(attempt, retryDelayMs, maxRetryDelayMs, random);
      if (wait > maxRetryDelayMs) throw error;
      await sleep(wait, request.signal);
    }
  }

  /** One try: the response, or the typed error its status means. Throws for network failures. */
  private async attempt(request: HttpRequest): Promise<Attempt> {
    const { signal } = request;
    if (signal?.aborted) throw abortError();
    const own: Record<string, string> = { Accept: 'application/json', ...request.headers };
    // Every change is JSON, body or not: the server refuses a change a form could have forged (edge/forgery.ts).
    if (request.body !== undefined || request.method !== 'GET') own['Content-Type'] = 'application/json';
    if (request.idempotencyKey) own['Idempotency-Key'] = request.idempotencyKey;
    const headers = await this.headers(own);
    // The hook may have awaited a token while the caller gave up.
    if (signal?.aborted) throw abortError();

    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.settings.timeoutMs);
    try {
      const response = await this.fetch(this.url(request.path, request.query), {
        method: request.method,
        headers,
        credentials: this.settings.credentials,
        ...(this.settings.referrerPolicy ? { referrerPolicy: this.settings.referrerPolicy } : {}),
        ...(this.settings.cache ? { cache: this.settings.cache } : {}),
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      // The body is read within the same timeout: a server that stalls mid-answer is a failure too.
      const body = await readBody(response);
      if (response.ok || response.status === 304) {
        if (body === NOT_JSON) {
          throw new NetworkError('The service answered with something other than JSON (a sign-in page in the way?).');
        }
        return { ok: true, response: { status: response.status, headers: response.headers, body } };
      }
      return {
        ok: false,
        error: errorFromResponse(response.status, response.headers, body === NOT_JSON ? null : body),
        status: response.status,
        // Honoured for 429 and 503 only, as HTTP defines it for them.
        retryAfter: response.status === 429 || response.status === 503 ? retryAfterSeconds(response.headers) : null,
      };
    } catch (error) {
      if (signal?.aborted) throw abortError();
      if (timedOut) throw new NetworkError(`The service did not answer within ${this.settings.timeoutMs} ms.`, { cause: error });
      if (isChorusError(error)) throw error;
      // fetch rejects with a TypeError when the network fails (offline, DNS, CORS, reset).
      throw new NetworkError(undefined, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

const NOT_JSON = Symbol('not-json');

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205 || response.status === 304) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  if (!isJson(response.headers)) return NOT_JSON;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
