import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { ChorusError, FieldError } from '../src/core/errors.js';
import { isChorusError, NotFoundError, ValidationError } from '../src/core/errors.js';
import type { Kudos } from '../src/core/kudos.js';
import type { PollDraft, PollVote } from '../src/core/poll.js';
import type { LiveEvent } from '../src/core/live.js';
import { schemaErrors, toFieldErrors, type SchemaName } from './contract.js';
import { MapStorage } from '../src/adapters/memory/map-storage.js';
import type { FeedbackDraft, FeedbackStatus } from '../src/core/feedback.js';

/*
 * Mock Service Worker handlers that implement the Chorus HTTP contract (contract/openapi.yaml)
 * in the browser, for the REST adapter's tests and stories: kudos, polls and feedback, one backend (one
 * MemoryAdapter and its storage) for both. Every rule comes from a
 * MemoryAdapter (the embedded reference backend) that each handler set owns, so the REST
 * adapter meets exactly the rules, errors and data the embedded adapter has. On top, the
 * handlers do what HTTP adds: status codes and ErrorBody, Idempotency-Key replay and conflicts,
 * ETags, Retry-After, the event stream, and knobs for slow, failing and rate-limited backends.
 * Bodies sent and answers given are checked against the contract's schemas; a mismatch is
 * recorded in `violations` (tests assert it stays empty).
 */

export interface KudosMockOptions {
  /** Where the contract is mounted. Default `/api/chorus`. */
  baseUrl?: string;
  /** The backing MemoryAdapter's options (always in memory, no latency). */
  adapter?: Omit<MemoryAdapterOptions, 'persist' | 'storage' | 'latency' | 'failureRate'>;
  /** Latency per request in ms, or a `[min, max]` range. Default 0. */
  delay?: number | readonly [number, number];
  /** 0..1: the share of requests answered `503` (nothing happens). Default 0. */
  failureRate?: number;
  /** At most `requests` per `windowMs` (all users together); beyond, `429` with Retry-After. */
  rateLimit?: { requests: number; windowMs: number };
  /** `required`: a request without `Authorization: Bearer <person id>` is 401. Default: the bearer is optional. */
  auth?: 'optional' | 'required';
  /** `retry:` sent on event streams (ms). Default 1000. */
  liveRetryMs?: number;
  /** Interval of `: ping` comments on event streams. Default 25 000 ms. */
  pingMs?: number;
  /** Replaces Math.random for the failure rate and latency. */
  random?: () => number;
}

/** A request as the mock saw it. */
export interface SeenRequest {
  method: string;
  /** After the base URL, with the query: `/kudos?limit=10`. */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  /** Filled in when answered. */
  status?: number;
  /** The answer was a replay of an earlier one with the same Idempotency-Key. */
  replayed?: boolean;
  /** The request's credentials mode and referrer as the browser reported them. */
  credentials?: RequestCredentials;
  referrer?: string;
}

/** A one-off misbehaviour for the next matching request(s). */
export interface Fault {
  /** `METHOD /path` must match (e.g. `/^POST \/kudos$/`). Default: any request but the event stream. */
  match?: RegExp;
  /** How many requests it affects. Default 1. */
  times?: number;
  /** Answer this status with an ErrorBody (and Retry-After if given). */
  status?: number;
  retryAfter?: number;
  /** Do the work first, then answer the fault: the answer is "lost" but the change happened. */
  afterHandling?: boolean;
  /** Fail at the network level (no HTTP answer). */
  network?: boolean;
  /** Never answer (until the client gives up). */
  stall?: boolean;
}

export interface KudosMock {
  readonly handlers: HttpHandler[];
  /** The backing store; change its data or user directly to set a scene. */
  readonly adapter: MemoryAdapter;
  readonly requests: SeenRequest[];
  /** Contract violations seen: bodies or answers that do not match the schemas. */
  readonly violations: string[];
  /** Knobs that may change while a story or test runs. */
  options: Required<Pick<KudosMockOptions, 'failureRate'>> & Pick<KudosMockOptions, 'delay' | 'rateLimit'>;
  failNext(fault: Fault): void;
  /** Ends every open event stream, as a proxy dropping idle connections would. */
  dropStreams(): void;
  readonly openStreams: number;
  /** Pushes a live event to every open stream, as is (as if another server instance made a change). */
  publish(event: LiveEvent): void;
}

interface Answer {
  status: number;
  body?: JsonBodyType;
  schema?: SchemaName;
  headers?: Record<string, string>;
}

const CODES: Record<number, string> = {
  400: 'validation', 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 412: 'conflict',
  413: 'payload-too-large', 429: 'rate-limited',
};

function errorAnswer(status: number, message: string, fields?: FieldError[], headers?: Record<string, string>): Answer {
  const error: Record<string, unknown> = { code: CODES[status] ?? 'internal', message };
  if (fields?.length) error.fields = fields;
  return { status, body: { error }, schema: 'ErrorBody', headers };
}

/** A typed error of the MemoryAdapter → the contract's status and ErrorBody. */
function fromChorusError(error: ChorusError): Answer {
  switch (error.kind) {
    case 'validation':
      return errorAnswer(400, error.message, (error as ValidationError).fieldErrors);
    case 'forbidden':
      return errorAnswer(403, error.message);
    case 'not-found':
      return errorAnswer(404, error.message);
    case 'conflict':
      return errorAnswer(409, error.message);
    case 'rate-limited': {
      const seconds = (error as ChorusError & { retryAfterSeconds: number | null }).retryAfterSeconds;
      return errorAnswer(429, error.message, undefined, seconds === null ? undefined : { 'Retry-After': String(seconds) });
    }
    default:
      return errorAnswer(500, error.message);
  }
}


/** A weak ETag of a JSON body (FNV-1a): equal bodies, equal tags. */
function etagOf(body: unknown): string {
  let hash = 0x811c9dc5;
  for (const c of JSON.stringify(body)) hash = Math.imul(hash ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return `W/"${hash.toString(36)}"`;
}

function intParam(url: URL, name: string, min: number, max: number): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ValidationError([{ field: name, code: 'invalid', message: `${name} must be an integer from ${min} to ${max}.`, params: { min, max } }]);
  }
  return n;
}

export function kudosMock(init: KudosMockOptions = {}): KudosMock {
  const base = (init.baseUrl ?? '/api/chorus').replace(/\/+$/, '');
  const random = init.random ?? Math.random;
  // The data lives in a Storage of this mock's own: the adapter the routes write through and the
  // per-user views of the event streams (below) share it, as tabs share localStorage.
  const storage = new MapStorage();
  const adapter = new MemoryAdapter({ ...init.adapter, persist: true, storage, latency: 0 });
  const defaultUser = adapter.currentUserId;
  const requests: SeenRequest[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  const options: KudosMock['options'] = { failureRate: init.failureRate ?? 0, delay: init.delay, rateLimit: init.rateLimit };
  const recent: number[] = [];
  /** Idempotency: `user|METHOD path|key` → the body sent and the answer given. */
  const replays = new Map<string, { body: string; answer: Answer }>();
  const reports: { kudosId: string; reason: string; reportedAt: string; personId: string }[] = [];

  // One request at a time touches the store, so "who is signed in" cannot change mid-call.
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lock.then(work, work);
    lock = run.catch(() => undefined);
    return run;
  };

  // ---- live: events computed for each user, one id sequence, one history --------------------
  // Each user with an event stream gets a view: a MemoryAdapter signed in as them over the shared
  // storage, which hears every change and computes its events as that user sees it (private
  // kudos only to those who may see them, `mine` theirs). A view outlives its streams, so what
  // happens between a drop and the reconnection is in the history for Last-Event-ID.
  let nextEventId = 1;
  /** `user` null: for every stream (`publish`). */
  const history: { id: number; event: LiveEvent; user: string | null }[] = [];
  type Stream = { user: string; topics: ReadonlySet<string>; send: (id: number, event: LiveEvent) => void; end: () => void };
  const streams = new Set<Stream>();
  const views = new Map<string, MemoryAdapter>();
  const record = (event: LiveEvent, user: string | null) => {
    const errors = schemaErrors('LiveEvent', event);
    if (errors.length) violations.push(`live event ${event.type}: ${JSON.stringify(errors)}`);
    const entry = { id: nextEventId++, event, user };
    history.push(entry);
    if (history.length > 1000) history.shift();
    for (const stream of streams) if ((user === null || stream.user === user) && stream.topics.has(event.topic)) stream.send(entry.id, event);
  };
  const publish = (event: LiveEvent) => record(event, null);
  const watch = (user: string) => {
    if (views.has(user)) return;
    const view = new MemoryAdapter({ ...init.adapter, persist: true, storage, storageKey: adapter.storageKey, userId: user, latency: 0 });
    view.live.subscribe('kudos', (event) => record(event, user));
    // Poll events name the poll only (results depend on the viewer; clients refetch).
    view.live.subscribe('poll', (event) => record(event, user));
    views.set(user, view);
  };

  const pickDelay = (): number => {
    const d = options.delay;
    if (d === undefined) return 0;
    if (typeof d === 'number') return d;
    return d[0] + random() * Math.max(0, d[1] - d[0]);
  };

  /** The user a request is made as, or an error answer. */
  const whoIs = (request: Request): string | Answer => {
    const auth = request.headers.get('Authorization');
    const bearer = /^Bearer\s+(\S+)$/i.exec(auth ?? '')?.[1];
    if (!bearer) return init.auth === 'required' ? errorAnswer(401, 'Sign in to continue.') : defaultUser;
    return adapter.listUsers().some((u) => u.id === bearer) ? bearer : errorAnswer(401, 'This token is not valid.');
  };

  const findKudos = async (id: string): Promise<Kudos> => {
    let cursor: string | null = null;
    do {
      const page = await adapter.kudos.listKudos({ cursor, limit: 100 });
      const found = page.items.find((k) => k.id === id);
      if (found) return found;
      cursor = page.nextCursor;
    } while (cursor);
    throw new NotFoundError();
  };

  const readBody = async (request: Request, schema: SchemaName): Promise<unknown> => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      violations.push(`${request.method} ${request.url}: the body is not JSON`);
      throw new ValidationError([{ field: 'body', code: 'invalid', message: 'The body must be JSON.' }]);
    }
    const errors = schemaErrors(schema, body);
    if (errors.length) {
      violations.push(`${request.method} ${request.url}: body breaks ${schema}: ${JSON.stringify(errors)}`);
      throw new ValidationError(toFieldErrors(errors));
    }
    return body;
  };

  type Context = { request: Request; url: URL; params: Record<string, string>; seen: SeenRequest; user: string };
  type Work = (ctx: Context) => Promise<Answer>;

  /** Wraps a route with what every request goes through. */
  /**
   * Wraps a route with what every request goes through. `anonymous`: the feedback sender's path,
   * made as nobody — the handler never asks who, and a request that carries credentials, a
   * bearer token or a referrer is a contract violation.
   */
  const route = (method: 'get' | 'post' | 'put' | 'delete', path: string, work: Work, { idempotent = false, anonymous = false } = {}) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const seen: SeenRequest = {
        method: request.method,
        path: url.pathname.slice(url.pathname.indexOf(base) + base.length) + url.search,
        headers: Object.fromEntries(request.headers.entries()),
        credentials: request.credentials,
        referrer: request.referrer,
      };
      requests.push(seen);
      if (anonymous) {
        const signature = `${seen.method} ${seen.path}`;
        if (request.credentials !== 'omit') violations.push(`${signature}: anonymous request sent with credentials "${request.credentials}"`);
        if (request.headers.has('Authorization')) violations.push(`${signature}: anonymous request carried Authorization`);
        if (request.headers.has('Cookie')) violations.push(`${signature}: anonymous request carried a Cookie`);
        if (request.referrer && request.referrer !== 'about:client') violations.push(`${signature}: anonymous request carried a referrer`);
      }
      const answer = await respond(request, url, params as Record<string, string>, seen, work, idempotent, anonymous);
      if (answer === 'network') return HttpResponse.error();
      seen.status = answer.status;
      if (answer.schema) {
        const errors = schemaErrors(answer.schema, answer.body);
        if (errors.length) violations.push(`${seen.method} ${seen.path} → ${answer.status} breaks ${answer.schema}: ${JSON.stringify(errors)}`);
      }
      if (answer.body === undefined) return new HttpResponse(null, { status: answer.status, headers: answer.headers });
      return HttpResponse.json(answer.body, { status: answer.status, headers: answer.headers });
    });

  async function respond(
    request: Request, url: URL, params: Record<string, string>, seen: SeenRequest, work: Work, idempotent: boolean, anonymous: boolean,
  ): Promise<Answer | 'network'> {
    const wait = pickDelay();
    if (wait > 0) await delay(wait);
    const signature = `${seen.method} ${url.pathname.slice(url.pathname.indexOf(base) + base.length)}`;
    const fault = faults.find((f) => (f.match ? f.match.test(signature) : true) && (f.times ?? 1) > 0);
    if (fault) fault.times = (fault.times ?? 1) - 1;
    if (fault?.stall) {
      await delay('infinite');
    }
    if (fault?.network && !fault.afterHandling) return 'network';
    const faultAnswer = fault?.status
      ? errorAnswer(fault.status, `Injected ${fault.status}.`, undefined, fault.retryAfter === undefined ? undefined : { 'Retry-After': String(fault.retryAfter) })
      : null;
    if (faultAnswer && !fault!.afterHandling) return faultAnswer;

    if (options.failureRate > 0 && random() < options.failureRate) {
      return errorAnswer(503, 'The mock backend failed on purpose (failureRate).');
    }
    if (options.rateLimit) {
      const now = Date.now();
      const { requests: max, windowMs } = options.rateLimit;
      while (recent.length && recent[0]! <= now - windowMs) recent.shift();
      if (recent.length >= max) {
        const seconds = Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
        return errorAnswer(429, 'Too many requests. Try again shortly.', undefined, { 'Retry-After': String(seconds) });
      }
      recent.push(now);
    }
    // Nobody, for the anonymous path: the MemoryAdapter's feedback sender calls never read the user.
    const user = anonymous ? '' : whoIs(request);
    if (typeof user !== 'string') return user;

    let answer: Answer;
    const key = request.headers.get('Idempotency-Key');
    const replayKey = idempotent && key ? `${anonymous ? 'anonymous' : user}|${signature}|${key}` : null;
    if (idempotent && !key) {
      violations.push(`${signature}: no Idempotency-Key`);
      answer = errorAnswer(400, 'The Idempotency-Key header is required.', [{ field: 'Idempotency-Key', code: 'required', message: 'Send an Idempotency-Key.' }]);
    } else if (key && (key.length > 200)) {
      answer = errorAnswer(400, 'The Idempotency-Key is too long.', [{ field: 'Idempotency-Key', code: 'too-long', message: 'Use at most 200 characters.', params: { max: 200 } }]);
    } else {
      const bodyText = idempotent ? await request.clone().text() : '';
      const earlier = replayKey ? replays.get(replayKey) : undefined;
      if (earlier && earlier.body !== bodyText) {
        answer = errorAnswer(409, 'This Idempotency-Key was used for a different request.');
      } else if (earlier) {
        seen.replayed = true;
        answer = earlier.answer;
      } else {
        answer = await exclusive(async () => {
          if (!anonymous) adapter.setCurrentUser(user);
          try {
            return await work({ request, url, params, seen, user });
          } catch (error) {
            if (isChorusError(error)) return fromChorusError(error);
            violations.push(`${signature}: the mock failed: ${String(error)}`);
            return errorAnswer(500, 'The mock backend failed.');
          }
        });
        // Only what happened is replayed; a failure may be retried with the same key.
        if (replayKey && answer.status < 300) replays.set(replayKey, { body: bodyText, answer });
      }
    }
    if (fault?.afterHandling) return fault.network ? 'network' : faultAnswer ?? answer;
    return answer;
  }

  /** The sender's reply token from its header (a missing one opens nothing). */
  const replyToken = (request: Request): string => {
    const token = request.headers.get('Chorus-Reply-Token');
    if (!token || token.length > 200) {
      throw new ValidationError([{ field: 'Chorus-Reply-Token', code: 'required', message: 'Send the reply token in the Chorus-Reply-Token header.' }]);
    }
    return token;
  };

  const ok = (body: JsonBodyType, schema: SchemaName, status = 200, headers?: Record<string, string>): Answer => ({ status, body, schema, headers });

  const handlers: HttpHandler[] = [
    route('get', '/me', async () => ok(await adapter.me.getCurrentUser(), 'CurrentUser')),

    route('get', '/people', async ({ url }) => {
      const limit = intParam(url, 'limit', 1, 50);
      const items = await adapter.people.searchPeople(url.searchParams.get('q') ?? '', { limit });
      return ok({ items }, 'PersonList');
    }),

    route('get', '/teams', async () => ok({ items: await adapter.people.listTeams() }, 'TeamList')),

    route('get', '/kudos/config', async ({ request }) => {
      const config = await adapter.kudos.getKudosConfig();
      const etag = etagOf(config);
      if (request.headers.get('If-None-Match') === etag) return { status: 304, headers: { ETag: etag } };
      return ok(config, 'KudosConfig', 200, { ETag: etag });
    }),

    route('get', '/kudos', async ({ url }) => {
      const get = (name: string) => url.searchParams.get(name) || undefined;
      const page = await adapter.kudos.listKudos({
        filter: { valueId: get('valueId'), teamId: get('teamId'), personId: get('personId') },
        cursor: get('cursor') ?? null,
        limit: intParam(url, 'limit', 1, 100),
      });
      return ok(page, 'KudosPage');
    }),

    route('post', '/kudos', async ({ request }) => {
      const draft = (await readBody(request, 'KudosDraft')) as Parameters<MemoryAdapter['kudos']['giveKudos']>[0];
      const key = request.headers.get('Idempotency-Key')!;
      return ok(await adapter.kudos.giveKudos(draft, { idempotencyKey: key }), 'Kudos', 201);
    }, { idempotent: true }),

    route('get', '/kudos/:kudosId', async ({ request, params }) => {
      const kudos = await findKudos(params.kudosId!);
      const etag = etagOf(kudos);
      if (request.headers.get('If-None-Match') === etag) return { status: 304, headers: { ETag: etag } };
      return ok(kudos, 'Kudos', 200, { ETag: etag });
    }),

    route('delete', '/kudos/:kudosId', async ({ request, params }) => {
      const ifMatch = request.headers.get('If-Match');
      if (ifMatch && etagOf(await findKudos(params.kudosId!)) !== ifMatch) return errorAnswer(412, 'It was changed by someone else.');
      await adapter.kudos.deleteKudos(params.kudosId!);
      return { status: 204 };
    }),

    route('put', '/kudos/:kudosId/reactions/:emoji', async ({ params }) =>
      ok(await adapter.kudos.setReaction(params.kudosId!, params.emoji!, true), 'Kudos')),

    route('delete', '/kudos/:kudosId/reactions/:emoji', async ({ params }) =>
      ok(await adapter.kudos.setReaction(params.kudosId!, params.emoji!, false), 'Kudos')),

    route('get', '/kudos/:kudosId/comments', async ({ params }) =>
      ok({ items: await adapter.kudos.listComments(params.kudosId!) }, 'CommentList')),

    route('post', '/kudos/:kudosId/comments', async ({ request, params }) => {
      const { message } = (await readBody(request, 'CommentDraft')) as { message: string };
      const key = request.headers.get('Idempotency-Key')!;
      return ok(await adapter.kudos.addComment(params.kudosId!, message, { idempotencyKey: key }), 'KudosComment', 201);
    }, { idempotent: true }),

    route('post', '/kudos/:kudosId/reports', async ({ request, params, user }) => {
      const { reason } = (await readBody(request, 'ReportDraft')) as { reason: string };
      const before = await findKudos(params.kudosId!);
      await adapter.kudos.reportKudos(params.kudosId!, reason);
      if (!before.reportedByMe) reports.unshift({ kudosId: params.kudosId!, reason: reason.trim(), reportedAt: new Date().toISOString(), personId: user });
      return { status: 204 };
    }),

    route('get', '/admin/reports', async () => {
      const me = await adapter.me.getCurrentUser();
      if (!me.roles.includes('moderator') && !me.roles.includes('admin')) return errorAnswer(403, 'Only moderators can see reports.');
      return ok({ items: reports.map(({ kudosId, reason, reportedAt }) => ({ kudosId, reason, reportedAt })) }, 'ReportList');
    }),

    // ---- polls ----------------------------------------------------------------------------
    // `/polls/limits` before `/polls/:pollId`, which would match it too.
    route('get', '/polls/limits', async () => ok(await adapter.polls.getPollLimits(), 'PollLimits')),

    route('post', '/polls', async ({ request }) => {
      const draft = (await readBody(request, 'PollDraft')) as PollDraft;
      const key = request.headers.get('Idempotency-Key')!;
      return ok(await adapter.polls.createPoll(draft, { idempotencyKey: key }), 'Poll', 201);
    }, { idempotent: true }),

    route('get', '/polls/:pollId', async ({ request, params }) => {
      const poll = await adapter.polls.getPoll(params.pollId!);
      // The poll as this user sees it: the tag is of their representation.
      const etag = etagOf(poll);
      if (request.headers.get('If-None-Match') === etag) return { status: 304, headers: { ETag: etag } };
      return ok(poll, 'Poll', 200, { ETag: etag });
    }),

    route('post', '/polls/:pollId/votes', async ({ request, params }) => {
      const receipt = request.headers.get('Chorus-Vote-Receipt');
      if (receipt !== null && (!receipt || receipt.length > 500)) {
        return errorAnswer(400, 'The receipt is not valid.', [{ field: 'receipt', code: 'invalid', message: 'This receipt does not match a vote in this poll.' }]);
      }
      const vote = (await readBody(request, 'PollVote')) as PollVote;
      const key = request.headers.get('Idempotency-Key')!;
      return ok(await adapter.polls.vote(params.pollId!, vote, { idempotencyKey: key, receipt }), 'VoteReceipt');
    }, { idempotent: true }),

    route('post', '/polls/:pollId/write-ins/:writeInId/approve', async ({ params }) =>
      ok(await adapter.polls.approveWriteIn(params.pollId!, params.writeInId!), 'Poll')),

    route('post', '/polls/:pollId/close', async ({ params }) => ok(await adapter.polls.closePoll(params.pollId!), 'Poll')),

    // ---- feedback --------------------------------------------------------------------------
    // The sender's side is anonymous: no user, and replays keyed on the Idempotency-Key alone.
    route('get', '/feedback/config', async () => ok(await adapter.feedback.getFeedbackConfig(), 'FeedbackConfig'), { anonymous: true }),

    route('post', '/feedback', async ({ request }) => {
      const draft = (await readBody(request, 'FeedbackDraft')) as FeedbackDraft;
      const key = request.headers.get('Idempotency-Key')!;
      return ok(await adapter.feedback.sendFeedback(draft, { idempotencyKey: key }), 'FeedbackReceipt', 201);
    }, { idempotent: true, anonymous: true }),

    route('get', '/feedback/thread', async ({ request }) =>
      ok(await adapter.feedback.getFeedbackThread(replyToken(request)), 'FeedbackThread'), { anonymous: true }),

    route('post', '/feedback/thread/replies', async ({ request }) => {
      const token = replyToken(request);
      const { message } = (await readBody(request, 'FeedbackReply')) as { message: string };
      const key = request.headers.get('Idempotency-Key')!;
      return ok(await adapter.feedback.replyToFeedback(token, message, { idempotencyKey: key }), 'FeedbackThread', 201);
    }, { idempotent: true, anonymous: true }),

    route('get', '/feedback/inbox', async ({ url }) => {
      const get = (name: string) => url.searchParams.get(name) || undefined;
      const status = get('status');
      if (status !== undefined && !['open', 'answered', 'closed'].includes(status)) {
        return errorAnswer(400, 'Unknown status.', [{ field: 'status', code: 'invalid', message: 'Choose open, answered or closed.' }]);
      }
      const page = await adapter.feedback.listFeedback({
        categoryId: get('categoryId'),
        status: status as FeedbackStatus | undefined,
        cursor: get('cursor'),
        limit: intParam(url, 'limit', 1, 100),
      });
      return ok(page, 'FeedbackThreadPage');
    }),

    route('get', '/feedback/summary', async () => ok(await adapter.feedback.getFeedbackSummary(), 'FeedbackSummary')),

    route('get', '/feedback/inbox/:threadId', async ({ params }) => ok(await adapter.feedback.getFeedbackById(params.threadId!), 'FeedbackThread')),

    route('post', '/feedback/inbox/:threadId/answers', async ({ request, params }) => {
      const { message } = (await readBody(request, 'FeedbackReply')) as { message: string };
      const key = request.headers.get('Idempotency-Key')!;
      return ok(await adapter.feedback.answerFeedback(params.threadId!, message, { idempotencyKey: key }), 'FeedbackThread', 201);
    }, { idempotent: true }),

    route('put', '/feedback/inbox/:threadId/status', async ({ request, params }) => {
      const { status } = (await readBody(request, 'FeedbackStatusChange')) as { status: FeedbackStatus };
      return ok(await adapter.feedback.setFeedbackStatus(params.threadId!, status), 'FeedbackThread');
    }),
    /* create:routes */

    http.get(`${base}/events`, ({ request }) => {
      const url = new URL(request.url);
      const seen: SeenRequest = { method: 'GET', path: `/events${url.search}`, headers: Object.fromEntries(request.headers.entries()) };
      requests.push(seen);
      const topics = (url.searchParams.get('topics') ?? '').split(',').filter(Boolean);
      if (!topics.length || topics.some((t) => t !== 'kudos' && t !== 'poll')) {
        seen.status = 400;
        return HttpResponse.json(errorAnswer(400, 'Ask for known topics.', [{ field: 'topics', code: 'invalid', message: 'Use topics=kudos,poll.' }]).body, { status: 400 });
      }
      const user = whoIs(request);
      if (typeof user !== 'string') {
        seen.status = 401;
        return HttpResponse.json(user.body, { status: 401 });
      }
      seen.status = 200;
      const after = Number(request.headers.get('Last-Event-ID') ?? url.searchParams.get('lastEventId') ?? NaN);
      const encoder = new TextEncoder();
      let stop = () => {};
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const write = (text: string) => {
            try {
              controller.enqueue(encoder.encode(text));
            } catch {
              stop();
            }
          };
          const stream: Stream = {
            user,
            topics: new Set(topics),
            send: (id: number, event: LiveEvent) => write(`id: ${id}\nevent: ${event.topic}\ndata: ${JSON.stringify(event)}\n\n`),
            end: () => {
              stop();
              try {
                controller.close();
              } catch {
                // Already closed by the client.
              }
            },
          };
          write(`retry: ${init.liveRetryMs ?? 1000}\n\n`);
          watch(user);
          if (Number.isFinite(after)) {
            for (const entry of history) {
              if (entry.id > after && (entry.user === null || entry.user === user) && stream.topics.has(entry.event.topic)) stream.send(entry.id, entry.event);
            }
          }
          streams.add(stream);
          const ping = setInterval(() => write(': ping\n\n'), init.pingMs ?? 25_000);
          stop = () => {
            clearInterval(ping);
            streams.delete(stream);
          };
          request.signal?.addEventListener('abort', () => stream.end());
        },
        cancel() {
          stop();
        },
      });
      return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' } });
    }),
  ];

  return {
    handlers,
    adapter,
    requests,
    violations,
    options,
    failNext: (fault) => void faults.push({ ...fault }),
    dropStreams: () => {
      for (const stream of [...streams]) stream.end();
    },
    get openStreams() {
      return streams.size;
    },
    publish,
  };
}

/** Just the handlers, for `parameters.msw` in a story. */
export const kudosHandlers = (options?: KudosMockOptions): HttpHandler[] => kudosMock(options).handlers;
