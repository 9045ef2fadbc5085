import type { Context } from 'hono';
import type { EdgeIdempotency } from '../edge/app.js';
import type { ChorusAdapter } from '../src/adapter/port.js';
import type { FeedbackConfig } from '../src/core/feedback.js';
import type { KudosConfig } from '../src/core/kudos.js';
import type { RateLimit } from '../src/core/kudos.rules.js';
import type { CurrentUser } from '../src/core/people.js';
import type { PollLimits } from '../src/core/poll.js';
import type { AnonymousRateLimiter } from './anonymous-rate-limit.js';
import type { Authenticator } from './auth/authenticator.js';
import type { Db } from './db/db.js';
import { parseJsonBody } from '../edge/request.js';
import type { LiveHub } from './live.js';
import type { FeedbackThreadWatch } from './feedback.watch.js';
import type { CheckedRequest, ContractValidator } from './validation.js';

/** What routes share: built once by app.ts from the injected database, authenticator and clock. */
export interface Deps {
  db: Db;
  auth: Authenticator;
  now: () => number;
  config: KudosConfig;
  /** Hosts kudos images may come from (AppOptions.imageHosts). */
  imageHosts: readonly string[];
  rateLimit: RateLimit;
  /** Reports that hide a kudos or comment until a moderator looks at it (0: never). */
  autoHideReports: number;
  pollLimits: PollLimits;
  contract: ContractValidator;
  live: LiveHub;
  feedbackConfig: FeedbackConfig;
  /** Sends and replies per network (anonymous: an in-memory HMAC of the address, see anonymous-rate-limit.ts). */
  feedbackLimiter: AnonymousRateLimiter;
  /** Reply-token lookups per network (reads and replies), to slow token guessing. */
  feedbackLookupLimiter: AnonymousRateLimiter;
  /** The feedback senders' live channels in this process. */
  feedbackThreads: FeedbackThreadWatch;
  /** The client's network address, for the anonymous limiters only; null when unknown. */
  clientAddress: (c: Context) => string | null;
}

/** The signed-in user, and the ports acting as them (edge/app.ts's EdgeEnv). */
export type Env = { Variables: { user: CurrentUser; ports: ChorusAdapter; idempotency: EdgeIdempotency } };
export type Ctx = Context<Env>;

/** A JSON request body; undefined when there is none. Anything but JSON is a validation error. */
export async function jsonBody(c: Context): Promise<unknown> {
  return parseJsonBody(await c.req.text(), c.req.header('content-type'));
}

/** Checks the request to `operationId` against the contract (path, query, headers, body). */
export async function checked(deps: Deps, c: Context, operationId: string, withBody = false): Promise<CheckedRequest> {
  return deps.contract.check(operationId, {
    path: c.req.param() as Record<string, string>,
    query: c.req.query(),
    header: (name) => c.req.header(name),
    body: withBody ? await jsonBody(c) : undefined,
  });
}
