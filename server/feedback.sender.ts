import { Hono, type MiddlewareHandler } from 'hono';
import type { AnonymousEdgeEnv, AnonymousPorts } from '../edge/app.js';
import { feedbackSenderRoutes, SENDER_PATHS } from '../edge/routes/feedback.js';
import type { Deps } from './context.js';
import type { ChangeStreamOptions } from '../edge/sse.js';
import type { Db } from './db/db.js';
import { markAnonymous } from './errors.js';
import { feedbackSettings, SqlFeedbackSender } from './ports/feedback.port.js';
import { within } from './ports/index.js';
import { derive, sealedFind, sealedIdempotent } from './seal.js';

/*
 * The feedback sender's side as the server serves it (issue #5): the edge's routes
 * (edge/routes/feedback.ts), mounted by app.ts before the authentication middleware. It is made
 * as nobody and never asks who: no authenticator, no cookie, no Authorization header is read, no
 * cookie is set, nothing about the request is logged (a 500 logs the stack alone, errors.ts).
 * Each request gets a port of its own (SqlFeedbackSender: no user), its limiters counting the
 * client's network, and Idempotency-Key entries that name nobody: stored under a hash that needs
 * the client's secrets, sealed (seal.ts), at the hour rounded up rather than the moment.
 */

const HOUR_MS = 3_600_000;

/** An anonymous idempotency entry's time: the hour, rounded up (so it still lives 24 hours or more). */
function entryTime(now: number): number {
  return Math.ceil(now / HOUR_MS) * HOUR_MS;
}

/**
 * For the sender's paths, registered by app.ts ahead of everything else (so even a 413 from the
 * body limit gets it): marks the request anonymous for the error log, and sets the answer's
 * `Cache-Control: no-store` and `Referrer-Policy: no-referrer`.
 */
export const senderPolicy: MiddlewareHandler = async (c, next) => {
  markAnonymous(c);
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
};

/** The sender's routes over SQL, as nobody. */
export function feedbackSenderApp(deps: Deps, streams: Omit<ChangeStreamOptions, 'signal'> = {}): Hono<AnonymousEdgeEnv> {
  const app = new Hono<AnonymousEdgeEnv>();
  const asNobody: MiddlewareHandler<AnonymousEdgeEnv> = async (c, next) => {
    const settings = feedbackSettings(deps, () => deps.clientAddress(c));
    const portsOver = (db: Db): AnonymousPorts => ({ feedback: new SqlFeedbackSender(db, settings) });
    c.set('ports', portsOver(deps.db));
    c.set('idempotency', {
      run: (label, secret, hash, work) =>
        sealedIdempotent(
          deps.db,
          `feedback|${derive(label, secret).toString('base64url')}`,
          derive(`${label}-seal`, secret),
          hash,
          entryTime(deps.now()),
          (tx) => work(portsOver(within(tx, deps.db))),
          // The work counts in the per-network limiters (memory): a replay must not run it.
          true,
        ),
      find: (label, secret, hash) =>
        sealedFind(deps.db, `feedback|${derive(label, secret).toString('base64url')}`, derive(`${label}-seal`, secret), hash, entryTime(deps.now())),
    });
    await next();
  };
  for (const path of SENDER_PATHS) app.use(path, asNobody);
  app.route('/', feedbackSenderRoutes(streams));
  return app;
}
