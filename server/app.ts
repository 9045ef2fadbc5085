import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { REACTIONS, VALUES } from '../src/seed/index.js';
import { feedbackConfigFaults, kudosConfigFaults, pollLimitsFaults } from '../src/core/config.rules.js';
import type { FeedbackConfig } from '../src/core/feedback.js';
import { DEFAULT_FEEDBACK_CONFIG, DEFAULT_FEEDBACK_RATE_LIMIT } from '../src/core/feedback.rules.js';
import type { KudosConfig } from '../src/core/kudos.js';
import { DEFAULT_KUDOS_LIMITS, DEFAULT_RATE_LIMIT, type RateLimit } from '../src/core/kudos.rules.js';
import type { PollLimits } from '../src/core/poll.js';
import { DEFAULT_AUTO_HIDE_REPORTS } from '../src/core/moderation.rules.js';
import { DEFAULT_POLL_LIMITS } from '../src/core/poll.rules.js';
import { AnonymousRateLimiter, socketAddress } from './anonymous-rate-limit.js';
import type { Authenticator } from './auth/authenticator.js';
import { DevSessionAuth } from './auth/session.js';
import type { Deps, Env } from './context.js';
import type { Db } from './db/db.js';
import { refuseForgedRequests } from '../edge/forgery.js';
import type { OriginAllowed } from '../edge/origins.js';
import { corsFor } from './cors.js';
import { errorBody, payloadTooLarge, toErrorResponse, unauthenticated } from './errors.js';
import { IDEMPOTENCY_TTL_MS } from './idempotency.js';
import { LiveHub } from './live.js';
import { FeedbackThreadWatch } from './feedback.watch.js';
import { eventRoutes } from './routes/events.js';
import { edgeRoutes } from '../edge/routes/index.js';
import { SENDER_PATHS } from '../edge/routes/feedback.js';
import { feedbackSenderApp, senderPolicy } from './feedback.sender.js';
import { shareRedirectApp } from './share.redirect.js';
import { idempotencyFor, portsFor } from './ports/index.js';
import { sessionRoutes } from './routes/session.js';
import { ContractValidator } from './validation.js';
import { DEFAULT_FRAME_ANCESTORS } from './embed/frame-ancestors.js';
import { embedRoutes } from './embed/embed.routes.js';
import { fileURLToPath } from 'node:url';

/*
 * Builds the reference server from what it is given — a database, an authenticator, a clock —
 * so tests build it in-process (PGlite in memory, a pinned clock) and main.ts builds it from the
 * environment. The API is mounted under `basePath`; `staticDir`, when given, is served at `/`.
 */

/** Bodies larger than this are refused with 413; kudos allow more for a data:image URL (the contract caps it at 1.5 MB). */
export const BODY_LIMIT = 32 * 1024;
export const KUDOS_BODY_LIMIT = 2 * 1024 * 1024;
/** Reply-token lookups (reads and replies) per network: generous for people, slow for guessing. */
export const DEFAULT_FEEDBACK_LOOKUP_LIMIT: Readonly<RateLimit> = { max: 60, windowSeconds: 60 };
/** Live events are replayable this long; older ones are pruned. */
export const EVENTS_TTL_MS = 86_400_000;

/** The embedded adapter's defaults: the same values, reactions and limits. */
export const DEFAULT_CONFIG: Readonly<KudosConfig> = {
  values: VALUES.map((v) => ({ ...v })),
  reactions: [...REACTIONS],
  ...DEFAULT_KUDOS_LIMITS,
};

export interface AppOptions {
  db: Db;
  auth: Authenticator;
  /** Epoch ms. Default Date.now. */
  now?: () => number;
  config?: Partial<KudosConfig>;
  rateLimit?: Partial<RateLimit>;
  /** Reports that hide a kudos or comment until a moderator looks at it; default 3 (core's DEFAULT_AUTO_HIDE_REPORTS), 0 never. */
  autoHideReports?: number;
  /** Poll limits; default the embedded adapter's (core's DEFAULT_POLL_LIMITS). */
  pollLimits?: Partial<PollLimits>;
  /** Where the API lives. Default `/api/chorus`. */
  basePath?: string;
  /** A folder served at `/` (the built demo page). */
  staticDir?: string;
  /** Milliseconds between SSE pings. Default 25 000. */
  pingMs?: number;
  /** How long a feedback sender's live channel stays open before it ends by itself (edge/sse.ts WATCH_MAX_MS). */
  feedbackWatchMaxMs?: number;
  /** Bytes an event stream may have waiting before its client is dropped (live.ts DEFAULT_MAX_QUEUED_BYTES). */
  liveMaxQueuedBytes?: number;
  contract?: ContractValidator;
  /** The feedback box; default core's DEFAULT_FEEDBACK_CONFIG. */
  feedbackConfig?: Partial<FeedbackConfig>;
  /** Anonymous sends and replies per network; default core's DEFAULT_FEEDBACK_RATE_LIMIT (10 per 600 s). */
  feedbackRateLimit?: Partial<RateLimit>;
  /** Anonymous reply-token lookups per network; default DEFAULT_FEEDBACK_LOOKUP_LIMIT (60 per minute). */
  feedbackLookupLimit?: Partial<RateLimit>;
  /**
   * The client's network address, used only as input to the anonymous limiters' HMAC and then
   * dropped. Default: the socket's remote address (null without a Node socket, as in
   * `app.request()`); main.ts reads X-Forwarded-For with CHORUS_TRUST_PROXY.
   */
  clientAddress?: (c: Context) => string | null;
  /** Other origins whose pages may call the API with credentials (CHORUS_CORS_ORIGINS, edge/origins.ts). Default none. */
  corsOrigins?: OriginAllowed;
  /** Hosts kudos images may come from (CHORUS_IMAGE_HOSTS; core/image.rules.ts). Default none: only small data: images. */
  imageHosts?: readonly string[];
  /**
   * The `/embed/<widget>` pages: who may frame them (CHORUS_FRAME_ANCESTORS; default `'self'`)
   * and the folder of the widget bundle chorus.js (CHORUS_EMBED_DIR; default the package's dist/cdn).
   */
  embed?: { frameAncestors?: readonly string[]; bundleDir?: string };
}

/** Where `npm run build` writes the one-file widget bundle the /embed pages load. */
export const DEFAULT_EMBED_DIR = fileURLToPath(new URL('../dist/cdn', import.meta.url));

export interface ServerApp {
  app: Hono;
  live: LiveHub;
  deps: Deps;
  /** Stops the live fan-out and housekeeping (the database is the caller's to close). */
  close(): Promise<void>;
}

/** Deletes what has outlived its use: old events, idempotency keys, rate-limit entries and revoked sessions past their expiry. */
export async function housekeeping(db: Db, now: number, rateWindowS: number): Promise<void> {
  await db.query('delete from events where created_at < $1', [new Date(now - EVENTS_TTL_MS)]);
  await db.query('delete from idempotency_keys where created_at < $1', [new Date(now - IDEMPOTENCY_TTL_MS)]);
  await db.query('delete from rate_hits where at < $1', [new Date(now - rateWindowS * 1000)]);
  await db.query('delete from revoked_sessions where expires_at < $1', [new Date(now)]);
}

export async function createApp(options: AppOptions): Promise<ServerApp> {
  const basePath = (options.basePath ?? '/api/chorus').replace(/\/$/, '');
  const config: KudosConfig = { ...structuredClone(DEFAULT_CONFIG), ...structuredClone(options.config ?? {}) };
  const rateLimit = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
  const now = options.now ?? Date.now;
  const pollLimits: PollLimits = { ...DEFAULT_POLL_LIMITS, ...options.pollLimits };
  const feedbackConfig: FeedbackConfig = { ...structuredClone(DEFAULT_FEEDBACK_CONFIG), ...structuredClone(options.feedbackConfig ?? {}) };
  // Numbers the widgets show must make sense (a minimum over its maximum is a configuration mistake): refused before anything starts.
  for (const [what, found] of [
    ['kudos configuration', kudosConfigFaults(config)],
    ['poll limits', pollLimitsFaults(pollLimits)],
    ['feedback configuration', feedbackConfigFaults(feedbackConfig)],
  ] as const) {
    if (found.length) throw new Error(`chorus: the ${what} cannot work: ${found.join(' ')}`);
  }
  const live = new LiveHub(options.db, { reactions: config.reactions, pingMs: options.pingMs, maxQueuedBytes: options.liveMaxQueuedBytes });
  await live.start();
  const feedbackThreads = new FeedbackThreadWatch(options.db);
  await feedbackThreads.start();
  // Ends the feedback senders' open channels when the server stops, as live.close() ends /events.
  const stopping = new AbortController();
  const feedbackLimiter = new AnonymousRateLimiter({ ...DEFAULT_FEEDBACK_RATE_LIMIT, ...options.feedbackRateLimit }, now);
  const feedbackLookupLimiter = new AnonymousRateLimiter({ ...DEFAULT_FEEDBACK_LOOKUP_LIMIT, ...options.feedbackLookupLimit }, now);
  const deps: Deps = {
    db: options.db,
    auth: options.auth,
    now,
    config,
    imageHosts: [...(options.imageHosts ?? [])],
    rateLimit,
    autoHideReports: Math.max(0, Math.floor(options.autoHideReports ?? DEFAULT_AUTO_HIDE_REPORTS)),
    pollLimits,
    contract: options.contract ?? ContractValidator.fromFile(),
    live,
    feedbackConfig,
    feedbackLimiter,
    feedbackLookupLimiter,
    feedbackThreads,
    clientAddress: options.clientAddress ?? socketAddress,
  };

  const api = new Hono<Env>();
  if (options.corsOrigins) api.use(corsFor(options.corsOrigins));
  api.use(refuseForgedRequests(options.corsOrigins));
  for (const path of SENDER_PATHS) api.use(path, senderPolicy);
  api.use(async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw payloadTooLarge();
      },
    });
  api.post('/kudos', limit(KUDOS_BODY_LIMIT));
  api.use(async (c, next) => {
    if (c.req.method === 'POST' && c.req.path === `${basePath}/kudos`) return next();
    return limit(BODY_LIMIT)(c, next);
  });

  // The sender's side of feedback is made as nobody: mounted before anything that asks who.
  api.route('/', feedbackSenderApp(deps, { pingMs: options.pingMs, maxMs: options.feedbackWatchMaxMs, stop: stopping.signal }));
  // So is the share card's click-counting redirect: anyone follows a shared link.
  api.route('/', shareRedirectApp(deps));
  if (options.auth instanceof DevSessionAuth) api.route('/', sessionRoutes(deps, options.auth));
  api.use(async (c, next) => {
    const user = await options.auth.authenticate(c, options.db);
    if (!user) throw unauthenticated();
    c.set('user', user);
    // The ports acting as this user, for the routes written once in edge/routes/.
    c.set('ports', portsFor(deps, user));
    c.set('idempotency', idempotencyFor(deps, user));
    await next();
  });
  // The routes written once (edge/routes/): people, kudos, polls, the feedback inbox and every feature added since.
  for (const routes of edgeRoutes) api.route('/', routes());
  api.route('/', eventRoutes(deps));
  api.notFound((c) => c.json(errorBody('not-found', 'There is nothing here.'), 404));
  api.onError((error, c) => toErrorResponse(c, error));

  const app = new Hono();
  app.route(basePath, api);
  app.route(
    '/',
    embedRoutes({
      frameAncestors: options.embed?.frameAncestors ?? DEFAULT_FRAME_ANCESTORS,
      bundleDir: options.embed?.bundleDir ?? DEFAULT_EMBED_DIR,
      apiPath: basePath,
    }),
  );
  if (options.staticDir) {
    app.use('*', serveStatic({ root: options.staticDir }));
    // Any other page of the demo: its index.html.
    app.get('*', serveStatic({ root: options.staticDir, path: 'index.html' }));
  }
  app.notFound((c) => c.json(errorBody('not-found', 'There is nothing here.'), 404));
  app.onError((error, c) => toErrorResponse(c, error));

  await housekeeping(options.db, now(), rateLimit.windowSeconds).catch((e: unknown) => console.error('chorus: housekeeping failed:', e));
  const timer = setInterval(() => {
    housekeeping(options.db, now(), rateLimit.windowSeconds).catch((e: unknown) => console.error('chorus: housekeeping failed:', e));
  }, 10 * 60_000);
  timer.unref();
  // The limiters' keys are replaced on the hour even when no request comes to do it.
  const rotation = setInterval(() => {
    feedbackLimiter.rotateIfDue();
    feedbackLookupLimiter.rotateIfDue();
  }, 60_000);
  rotation.unref();

  return {
    app,
    live,
    deps,
    async close() {
      clearInterval(timer);
      clearInterval(rotation);
      await live.close();
      stopping.abort();
      await feedbackThreads.close();
    },
  };
}
