import type { Context } from 'hono';
import type { ChorusAdapter, FeedbackPort } from '../src/adapter/port.js';
import type { ShareClickPort } from '../src/adapter/share-card.port.js';
import { ChorusError } from '../src/core/errors.js';
import type { CurrentUser } from '../src/core/people.js';
import { etagMatches, etagOf } from './etag.js';
import { replayHeaders, type StoredResponse } from './idempotency.js';
import { parseJsonBody } from './request.js';
import { contract, type CheckedRequest } from './validation.js';

/*
 * What the edge's routes (edge/routes/) need from whoever mounts them, the server or the mock:
 * the signed-in user and the ports that act as them, set on the context by the mounting app
 * (`user`, `ports`) after it has authenticated the request. The routes are written once, over
 * the port (src/adapter/port.ts): the server gives ports over its SQL stores, the mock a
 * MemoryAdapter signed in as the bearer user.
 */

/**
 * Idempotency-Key entries of the caller, kept by the mounting app (a SQL table, a Map). `work`
 * gets the ports to act through: on the server, ports inside the entry's transaction. `sealed`
 * (the poll id of an anonymous vote): the entry must name nobody.
 */
export interface EdgeIdempotency {
  run(key: string, hash: string, work: (ports: ChorusAdapter) => Promise<{ status: number; body: unknown }>, sealed?: string): Promise<StoredResponse>;
}

export type EdgeEnv = { Variables: { user: CurrentUser; ports: ChorusAdapter; idempotency: EdgeIdempotency } };
export type EdgeContext = Context<EdgeEnv>;

/*
 * The feedback sender's side (edge/routes/feedback.ts) is made as nobody, and its env says so:
 * no `user`, and ports that are only the feedback port's sender calls, acting as nobody. The
 * server mounts these routes before authentication and builds that port per request, its
 * per-network limiters bound to the client's address (server/feedback.sender.ts); the mock gives
 * its MemoryAdapter's feedback port. Their idempotency entries name nobody either: an entry is
 * found by a secret only the client holds (the Idempotency-Key, and for a reply the token too).
 */

/** The calls of the feedback port a sender makes: none of them asks who. */
export type FeedbackSenderPort = Pick<FeedbackPort, 'getFeedbackConfig' | 'sendFeedback' | 'getFeedbackThread' | 'replyToFeedback' | 'watchFeedbackThread'>;
export interface AnonymousPorts {
  readonly feedback: FeedbackSenderPort;
  /** The share card's click-counting redirect (followed by anyone, signed in or not). */
  readonly shareClicks?: ShareClickPort;
}

/**
 * Idempotency entries of nobody: kept under `label` and `secret` alone (the server seals them and
 * keeps the hour only, server/seal.ts). `work` gets the ports to act through, as EdgeIdempotency's.
 */
export interface AnonymousIdempotency {
  run(label: string, secret: string, hash: string, work: (ports: AnonymousPorts) => Promise<{ status: number; body: unknown }>): Promise<StoredResponse>;
  /** The answer stored under `label` and `secret` for this very request (`hash`) within the TTL, else null; stores nothing. */
  find(label: string, secret: string, hash: string): Promise<StoredResponse | null>;
}

export type AnonymousEdgeEnv = { Variables: { ports: AnonymousPorts; idempotency: AnonymousIdempotency } };

/** The port a route needs; a backend that mounts the route without it has a bug, not the client. */
export function port<K extends keyof ChorusAdapter>(c: EdgeContext, name: K): NonNullable<ChorusAdapter[K]> {
  const found = c.get('ports')[name];
  if (!found) throw new ChorusError('unsupported', `This backend has no ${name} port.`);
  return found as NonNullable<ChorusAdapter[K]>;
}

/** Checks the request to `operationId` against the contract (path, query, headers, body). */
export async function checked(c: Context, operationId: string, withBody = false): Promise<CheckedRequest> {
  return contract.check(operationId, {
    path: c.req.param() as Record<string, string>,
    query: c.req.query(),
    header: (name) => c.req.header(name),
    body: withBody ? parseJsonBody(await c.req.text(), c.req.header('content-type')) : undefined,
  });
}

/** A JSON answer with its ETag, or 304 to a matching If-None-Match; never shared between users. */
export async function tagged(c: Context, value: unknown): Promise<Response> {
  const json = JSON.stringify(value);
  const tag = await etagOf(json);
  c.header('ETag', tag);
  c.header('Cache-Control', 'private, no-cache');
  if (etagMatches(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
  return c.body(json, 200, { 'Content-Type': 'application/json' });
}

/** The answer an idempotent request got, first or replayed. */
export function replay(c: Context, response: StoredResponse): Response {
  return c.body(response.body, response.status as 201, replayHeaders(response));
}
