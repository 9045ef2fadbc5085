import { Hono } from 'hono';
import { refuseForgedRequests } from '../edge/forgery.js';
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import { MapStorage } from '../src/adapters/memory/map-storage.js';
import { ValidationError } from '../src/core/errors.js';
import type { LiveEvent } from '../src/core/live.js';
import type { AnonymousEdgeEnv, EdgeEnv } from '../edge/app.js';
import { unauthenticated } from '../edge/errors.js';
import { sha256 } from '../edge/hash.js';
import { MemoryIdempotencyStore } from '../edge/idempotency.js';
import { parseJsonBody } from '../edge/request.js';
import { feedbackSenderRoutes, SENDER_PATHS } from '../edge/routes/feedback.js';
import { shareRedirectRoutes } from '../edge/routes/share-card.js';
import { edgeRoutes } from '../edge/routes/index.js';
import { lastEventId } from '../edge/sse.js';
import { contract, type CheckedRequest } from '../edge/validation.js';
import { fromError, statusAnswer, type Answer } from './answers.js';
import { schemaErrors } from './contract.js';
import { LiveStreams } from './live-streams.js';
import type { Fault, KudosMock, KudosMockOptions, SeenRequest } from './mock.types.js';

/*
 * Mock Service Worker handlers that implement the Chorus HTTP contract (contract/openapi.yaml)
 * in the browser, for the REST adapter's tests and stories: kudos, polls and feedback, one backend (one
 * MemoryAdapter and its storage) for both. Every rule comes from a
 * MemoryAdapter (the embedded reference backend) that each handler set owns, so the REST
 * adapter meets exactly the rules, errors and data the embedded adapter has. What HTTP adds is
 * the reference server's own code, from the HTTP edge (edge/): request checks against the
 * contract, the error kind ↔ status table and ErrorBody, Idempotency-Key replay and conflicts,
 * ETags, the event stream's framing. On top, knobs for slow, failing and rate-limited backends.
 * Bodies sent and answers given are checked against the contract's schemas; a mismatch is
 * recorded in `violations` (tests assert it stays empty).
 */

export type { Fault, KudosMock, KudosMockOptions, SeenRequest } from './mock.types.js';

export function kudosMock(init: KudosMockOptions = {}): KudosMock {
  const base = (init.baseUrl ?? '/api/chorus').replace(/\/+$/, '');
  const random = init.random ?? Math.random;
  // The data lives in a Storage of this mock's own: the adapter the routes write through and the
  // per-user views of the event streams share it, as tabs share localStorage.
  const storage = new MapStorage();
  const adapter = new MemoryAdapter({ ...init.adapter, persist: true, storage, latency: 0 });
  const defaultUser = adapter.currentUserId;
  const requests: SeenRequest[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  const options: KudosMock['options'] = { failureRate: init.failureRate ?? 0, delay: init.delay, rateLimit: init.rateLimit };
  const recent: number[] = [];
  const idempotency = new MemoryIdempotencyStore(init.adapter?.now);
  const live = new LiveStreams({
    adapter: init.adapter,
    storage,
    storageKey: adapter.storageKey,
    retryMs: init.liveRetryMs,
    pingMs: init.pingMs,
    onEvent: (event) => {
      const errors = schemaErrors('LiveEvent', event);
      if (errors.length) violations.push(`live event ${event.type}: ${JSON.stringify(errors)}`);
    },
  });

  // One request at a time touches the store, so "who is signed in" cannot change mid-call.
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lock.then(work, work);
    lock = run.catch(() => undefined);
    return run;
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
    if (!bearer) return init.auth === 'required' ? fromError(unauthenticated())! : defaultUser;
    return adapter.listUsers().some((u) => u.id === bearer) ? bearer : fromError(unauthenticated())!;
  };

  /** The request checked against the contract's operation, as the server checks it. */
  const check = async (operationId: string, request: Request, url: URL, params: Record<string, string>, signature: string): Promise<CheckedRequest> => {
    try {
      const body = parseJsonBody(await request.clone().text(), request.headers.get('content-type'));
      return contract.check(operationId, {
        path: params,
        query: Object.fromEntries(url.searchParams),
        header: (name) => request.headers.get(name),
        body,
      });
    } catch (error) {
      // A well-behaved client sends no body or header the contract refuses (bad queries are the user's).
      const declared = new Set(contract.parameterNames(operationId).filter((n) => n !== 'Idempotency-Key'));
      const fields = error instanceof ValidationError ? error.fieldErrors : [];
      if (fields.some((f) => !declared.has(f.field))) violations.push(`${signature}: breaks ${operationId}: ${JSON.stringify(fields)}`);
      throw error;
    }
  };

  type Context = {
    request: Request;
    url: URL;
    params: Record<string, string>;
    q: Record<string, unknown>;
    body: unknown;
    seen: SeenRequest;
    user: string;
  };
  type Work = (ctx: Context) => Promise<Answer>;

  /**
   * Wraps a route with what every request goes through. `anonymous`: the feedback sender's path,
   * made as nobody — the handler never asks who, and a request that carries credentials, a
   * bearer token or a referrer is a contract violation.
   */
  const served = new Set<string>();
  const route = (operationId: string, work: Work, { anonymous = false } = {}) => {
    served.add(operationId);
    const { method, path } = contract.operation(operationId);
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    return http[verb](`${base}${path.replace(/\{(\w+)\}/g, ':$1')}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const seen: SeenRequest = {
        method: request.method,
        path: url.pathname.slice(url.pathname.indexOf(base) + base.length) + url.search,
        headers: Object.fromEntries(request.headers.entries()),
        credentials: request.credentials,
        referrer: request.referrer,
      };
      requests.push(seen);
      // A shared link is followed by anyone, cookies and all: the redirect ignores them rather than refusing them.
      if (anonymous && operationId !== 'followShareLink') {
        const signature = `${seen.method} ${seen.path}`;
        if (request.credentials !== 'omit') violations.push(`${signature}: anonymous request sent with credentials "${request.credentials}"`);
        if (request.headers.has('Authorization')) violations.push(`${signature}: anonymous request carried Authorization`);
        if (request.headers.has('Cookie')) violations.push(`${signature}: anonymous request carried a Cookie`);
        if (request.referrer && request.referrer !== 'about:client') violations.push(`${signature}: anonymous request carried a referrer`);
      }
      const answer = await respond(operationId, request, url, params as Record<string, string>, seen, work, anonymous);
      if (answer === 'network') return HttpResponse.error();
      seen.status = answer.status;
      if (answer.schema) {
        const errors = schemaErrors(answer.schema, answer.body);
        if (errors.length) violations.push(`${seen.method} ${seen.path} → ${answer.status} breaks ${answer.schema}: ${JSON.stringify(errors)}`);
      }
      if (answer.stream) return answer.stream as HttpResponse<never>;
      if (answer.bytes) return new HttpResponse(answer.bytes, { status: answer.status, headers: answer.headers });
      if (answer.body === undefined) return new HttpResponse(null, { status: answer.status, headers: answer.headers });
      return HttpResponse.json(answer.body, { status: answer.status, headers: answer.headers });
    });
  };

  async function respond(
    operationId: string,
    request: Request,
    url: URL,
    params: Record<string, string>,
    seen: SeenRequest,
    work: Work,
    anonymous: boolean,
  ): Promise<Answer | 'network'> {
    const wait = pickDelay();
    if (wait > 0) await delay(wait);
    const path = url.pathname.slice(url.pathname.indexOf(base) + base.length);
    const signature = `${seen.method} ${path}`;
    // A fault without `match` is for any request but an event stream (the feedback sender's channel too).
    const fault = faults.find((f) => (f.match ? f.match.test(signature) : operationId !== 'watchFeedbackThread') && (f.times ?? 1) > 0);
    if (fault) fault.times = (fault.times ?? 1) - 1;
    if (fault?.stall) {
      await delay('infinite');
    }
    if (fault?.network && !fault.afterHandling) return 'network';
    const faultAnswer = fault?.status
      ? statusAnswer(
          fault.status,
          `Injected ${fault.status}.`,
          undefined,
          fault.retryAfter === undefined ? undefined : { 'Retry-After': String(fault.retryAfter) },
        )
      : null;
    if (faultAnswer && !fault!.afterHandling) return faultAnswer;

    if (options.failureRate > 0 && random() < options.failureRate) {
      return statusAnswer(503, 'The mock backend failed on purpose (failureRate).');
    }
    if (options.rateLimit) {
      const now = Date.now();
      const { requests: max, windowMs } = options.rateLimit;
      while (recent.length && recent[0]! <= now - windowMs) recent.shift();
      if (recent.length >= max) {
        const seconds = Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
        return statusAnswer(429, 'Too many requests. Try again shortly.', undefined, { 'Retry-After': String(seconds) });
      }
      recent.push(now);
    }
    // Nobody, for the anonymous path: the MemoryAdapter's feedback sender calls never read the user.
    const user = anonymous ? '' : whoIs(request);
    if (typeof user !== 'string') return user;

    const answer = await exclusive(async (): Promise<Answer> => {
      try {
        const checked = await check(operationId, request, url, params, signature);
        const ctx: Context = { request, url, params, q: checked.params, body: checked.body, seen, user };
        if (!anonymous) adapter.setCurrentUser(user);
        return await work(ctx);
      } catch (error) {
        const known = fromError(error);
        if (known) return known;
        violations.push(`${signature}: the mock failed: ${String(error)}`);
        return statusAnswer(500, 'The mock backend failed.');
      }
    });
    if (fault?.afterHandling) return fault.network ? 'network' : (faultAnswer ?? answer);
    return answer;
  }

  // The routes written once (edge/routes/), run over this mock's adapter, signed in as the caller
  // by `respond` before it hands the request over. Their errors come back to `respond`, which
  // answers them with the edge's table, as the server does.
  const edge = new Hono<EdgeEnv>();
  edge.use(refuseForgedRequests());
  edge.use(async (c, next) => {
    c.set('user', await adapter.me.getCurrentUser());
    c.set('ports', adapter);
    const scope = adapter.currentUserId;
    c.set('idempotency', {
      run: (key, hash, work, sealed) => idempotency.run(sealed === undefined ? scope : `${scope}|vote|${sealed}`, key, hash, () => work(adapter)),
    });
    await next();
  });
  for (const routes of edgeRoutes) edge.route('/', routes());
  // The feedback sender's routes, made as nobody (edge/app.ts): the adapter's feedback port, whose
  // sender calls never read the user, and entries found by a hash of the client's secrets alone.
  const nobody = new Hono<AnonymousEdgeEnv>();
  nobody.use(refuseForgedRequests());
  nobody.use(async (c, next) => {
    c.set('ports', { feedback: adapter.feedback, shareClicks: adapter.shareCard });
    c.set('idempotency', {
      run: async (label, secret, hash, work) => idempotency.run(`nobody|${label}`, await sha256(secret), hash, () => work({ feedback: adapter.feedback })),
      find: async (label, secret, hash) => idempotency.find(`nobody|${label}`, await sha256(secret), hash),
    });
    await next();
  });
  nobody.route('/', feedbackSenderRoutes({ retryMs: init.liveRetryMs, pingMs: init.pingMs }));
  // The share card's click-counting redirect: followed by anyone, made as nobody too.
  nobody.route('/', shareRedirectRoutes());
  // A route's error goes back to `respond` as thrown (one request at a time: one slot is enough).
  let thrown: { error: unknown } | null = null;
  const rethrow = (error: Error) => {
    thrown = { error };
    return new Response(null, { status: 500 });
  };
  const basePath = new URL(base, 'http://mock.invalid').pathname;
  const edgeApp = new Hono().route(basePath, edge).onError(rethrow);
  const nobodyApp = new Hono().route(basePath, nobody).onError(rethrow);
  /** Hands the request to the edge's route for the operation; its answer is checked against the contract's. */
  const viaEdge =
    (operationId: string, app = edgeApp): Work =>
    async ({ request, seen }) => {
      const res = await app.fetch(request);
      const failed = thrown as { error: unknown } | null;
      thrown = null;
      if (failed) throw failed.error;
      seen.replayed = res.headers.get('Idempotent-Replayed') === 'true';
      // The feedback sender's live channel: the stream as it is (reading it here would never end).
      if (res.ok && /^text\/event-stream\b/.test(res.headers.get('Content-Type') ?? '')) return { status: res.status, stream: res };
      // A kudos' image (GET /kudos/{kudosId}/image): its bytes and every header the edge gave them.
      if (res.ok && /^image\//.test(res.headers.get('Content-Type') ?? '')) {
        return { status: res.status, bytes: await res.arrayBuffer(), headers: Object.fromEntries(res.headers.entries()) };
      }
      const headers: Record<string, string> = {};
      for (const name of ['ETag', 'Retry-After', 'Idempotent-Replayed', 'Location']) if (res.headers.has(name)) headers[name] = res.headers.get(name)!;
      const text = await res.text();
      const body = text ? (JSON.parse(text) as JsonBodyType) : undefined;
      const errors = body === undefined ? [] : contract.responseErrors(operationId, res.status, body);
      if (errors.length) violations.push(`${seen.method} ${seen.path} → ${res.status} breaks ${operationId}: ${JSON.stringify(errors)}`);
      return { status: res.status, body, headers };
    };

  const handlers: HttpHandler[] = [
    http.get(`${base}/events`, async ({ request }) => {
      const url = new URL(request.url);
      const seen: SeenRequest = { method: 'GET', path: `/events${url.search}`, headers: Object.fromEntries(request.headers.entries()) };
      requests.push(seen);
      const refuse = (answer: Answer) => {
        seen.status = answer.status;
        return HttpResponse.json(answer.body, { status: answer.status });
      };
      const user = whoIs(request);
      if (typeof user !== 'string') return refuse(user);
      let checked: CheckedRequest;
      try {
        checked = await check('streamEvents', request, url, {}, 'GET /events');
      } catch (error) {
        return refuse(fromError(error)!);
      }
      seen.status = 200;
      const topics = String(checked.params.topics).split(',');
      const after = lastEventId(checked.params['Last-Event-ID'] as string | undefined, checked.params.lastEventId as string | undefined);
      return live.response(user, topics, after, request.signal) as HttpResponse<never>;
    }),
  ];
  // Every operation but the event stream is answered by the routes written once in edge/routes/; fixed paths first (`/polls/limits` before `/polls/:pollId`).
  const params = (id: string) => (contract.operation(id).path.match(/\{/g) ?? []).length;
  const fromEdge = contract.operationIds.filter((id) => !served.has(id) && id !== 'streamEvents');
  // The feedback sender's operations are made as nobody (`route`'s `anonymous`).
  const anonymous = (id: string) => (SENDER_PATHS as readonly string[]).includes(contract.operation(id).path) || id === 'followShareLink';
  handlers.push(
    ...fromEdge
      .sort((a, b) => params(a) - params(b))
      .map((id) => (anonymous(id) ? route(id, viaEdge(id, nobodyApp), { anonymous: true }) : route(id, viaEdge(id)))),
  );

  return {
    handlers,
    adapter,
    requests,
    violations,
    options,
    failNext: (fault) => void faults.push({ ...fault }),
    dropStreams: () => live.dropAll(),
    get openStreams() {
      return live.open;
    },
    publish: (event: LiveEvent) => live.publish(event),
  };
}

/** Just the handlers, for `parameters.msw` in a story. */
export const kudosHandlers = (options?: KudosMockOptions): HttpHandler[] => kudosMock(options).handlers;
