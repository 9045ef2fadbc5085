import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { newReplyToken, replyTokenHash } from '../../src/core/secret.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../src/core/errors.js';
import type { FeedbackDraft, FeedbackReceipt, FeedbackStatus } from '../../src/core/feedback.js';
import {
  coarseTime, isFeedbackRecipient, isPlausibleToken, statusAfter, summarize, validateFeedback, validateReply, validateStatus,
} from '../../src/core/feedback.rules.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Ctx, Deps, Env } from '../context.js';
import { checked } from '../context.js';
import { markAnonymous } from '../errors.js';
import * as store from '../feedback.store.js';
import { viewThread, viewThreads } from '../feedback.view.js';
import { idempotent, requestHash, type StoredResponse } from '../idempotency.js';
import { derive, sealedIdempotent } from '../seal.js';

/*
 * Anonymous feedback (issue #5). Two halves, mounted apart in app.ts:
 *
 * The sender's side (`feedbackSenderRoutes`) is mounted before the authentication middleware: it
 * is made as nobody, and never asks who — no authenticator, no cookie, no Authorization header
 * is read, no cookie is set, nothing about the request is logged (a 500 logs the stack alone,
 * errors.ts). Its answers say `Cache-Control: no-store` and `Referrer-Policy: no-referrer`.
 * What it stores is in db/migrations/003_feedback.sql: the reply token's hash, never the token;
 * the sender's times rounded down to the hour. Its Idempotency-Key entries name nobody (seal.ts)
 * and carry the hour, rounded up, not the moment. Abuse control is anonymous-rate-limit.ts: sends
 * and replies count against `feedbackRateLimit` per network, and every reply-token lookup (a
 * read or a reply) against a more generous limit, so guessing tokens is slow as well as hopeless.
 *
 * The recipients' side (`feedbackInboxRoutes`) is an ordinary signed-in API for users with the
 * `feedback-recipient` or `admin` role. Order of checks, as elsewhere: shape (the contract), then
 * permission (403), existence (404), state (409: closed), the rules (400).
 */

const NO_TOKEN_MATCH = 'No conversation matches this reply token.';
const NO_THREAD = 'No feedback with this id.';
const CLOSED = 'This conversation is closed.';
const HOUR_MS = 3_600_000;

/** The paths of the sender's side, each given the anonymous headers. */
export const SENDER_PATHS = ['/feedback/config', '/feedback', '/feedback/thread', '/feedback/thread/replies'] as const;

/** An anonymous idempotency entry's time: the hour, rounded up (so it still lives 24 hours or more). */
function entryTime(now: number): number {
  return Math.ceil(now / HOUR_MS) * HOUR_MS;
}

/** The stored key of an anonymous entry: a hash that needs the client's secret(s) to compute. */
function entryKey(label: string, secret: string): string {
  return `feedback|${derive(label, secret).toString('base64url')}`;
}

function send(c: Context, response: StoredResponse): Response {
  if (response.replayed) c.header('Idempotent-Replayed', 'true');
  return c.body(response.body, response.status as 201, { 'Content-Type': 'application/json' });
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

/** The sender's side: config, send, the thread by token, replies. Never authenticated. */
export function feedbackSenderRoutes(deps: Deps): Hono {
  // Plain Hono, not Hono<Env>: there is no user here to read, by construction.
  const app = new Hono();
  const config = deps.feedbackConfig;

  /** The thread a presented token opens, counted against the lookup limit; 404 for any other. */
  function tokenHashOf(c: Context, token: string): string {
    deps.feedbackLookupLimiter.take(deps.clientAddress(c));
    if (!isPlausibleToken(token)) throw new NotFoundError(NO_TOKEN_MATCH);
    return replyTokenHash(token);
  }

  app.get('/feedback/config', async (c) => {
    await checked(deps, c, 'getFeedbackConfig');
    return c.json(config);
  });

  app.post('/feedback', async (c) => {
    const { params, body } = await checked(deps, c, 'sendFeedback', true);
    const draft = body as FeedbackDraft;
    const idempotencyKey = String(params['Idempotency-Key']);
    const now = deps.now();
    const response = await sealedIdempotent(
      deps.db, entryKey('feedback-send', idempotencyKey), derive('feedback-send-seal', idempotencyKey),
      await requestHash('POST', '/feedback', draft), entryTime(now),
      async (tx) => {
        const valid = validateFeedback(draft, config);
        deps.feedbackLimiter.take(deps.clientAddress(c));
        const replyToken = newReplyToken();
        const id = await store.insertThread(tx, replyTokenHash(replyToken), valid, coarseTime(now));
        const receipt: FeedbackReceipt = { thread: await viewThread(tx, (await store.loadThread(tx, id))!), replyToken };
        return { status: 201, body: receipt };
      },
    );
    return send(c, response);
  });

  app.get('/feedback/thread', async (c) => {
    const { params } = await checked(deps, c, 'getFeedbackThread');
    const record = await store.loadByTokenHash(deps.db, tokenHashOf(c, String(params['Chorus-Reply-Token'])));
    if (!record) throw new NotFoundError(NO_TOKEN_MATCH);
    return c.json(await viewThread(deps.db, record));
  });

  app.post('/feedback/thread/replies', async (c) => {
    const { params, body } = await checked(deps, c, 'replyToFeedback', true);
    const token = String(params['Chorus-Reply-Token']);
    const tokenHash = tokenHashOf(c, token);
    const { message } = body as { message: string };
    // The entry needs both the token and the key: nobody else can replay (and so read) this reply.
    const secret = `${token}\n${String(params['Idempotency-Key'])}`;
    const now = deps.now();
    const response = await sealedIdempotent(
      deps.db, entryKey('feedback-reply', secret), derive('feedback-reply-seal', secret),
      await requestHash('POST', '/feedback/thread/replies', body), entryTime(now),
      async (tx) => {
        const thread = await store.loadByTokenHash(tx, tokenHash, true);
        if (!thread) throw new NotFoundError(NO_TOKEN_MATCH);
        if (thread.status === 'closed') throw new ConflictError(CLOSED);
        const text = validateReply(message, config);
        deps.feedbackLimiter.take(deps.clientAddress(c));
        await store.addMessage(tx, thread.id, 'sender', null, text, coarseTime(now));
        await store.setStatus(tx, thread.id, statusAfter('sender'));
        return { status: 201, body: await viewThread(tx, (await store.loadThread(tx, thread.id))!) };
      },
    );
    return send(c, response);
  });

  return app;
}

/** The recipients' side: inbox, summary, a thread, answers, status. Behind authentication. */
export function feedbackInboxRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const config = deps.feedbackConfig;

  function recipient(c: Ctx): CurrentUser {
    const user = c.get('user');
    if (!isFeedbackRecipient(user)) throw new ForbiddenError('Only feedback recipients can read the inbox.');
    return user;
  }

  app.get('/feedback/inbox', async (c) => {
    const { params } = await checked(deps, c, 'listFeedback');
    recipient(c);
    const { records, more } = await store.listThreads(deps.db, {
      categoryId: (params.categoryId as string | undefined) ?? null,
      status: (params.status as FeedbackStatus | undefined) ?? null,
      cursor: (params.cursor as string | undefined) ?? null,
      limit: Number(params.limit),
    });
    return c.json({ items: await viewThreads(deps.db, records), nextCursor: store.nextCursor(records, more) });
  });

  app.get('/feedback/summary', async (c) => {
    await checked(deps, c, 'getFeedbackSummary');
    recipient(c);
    return c.json(summarize(await store.scores(deps.db), config));
  });

  app.get('/feedback/inbox/:threadId', async (c) => {
    const { params } = await checked(deps, c, 'getFeedbackById');
    recipient(c);
    const record = await store.loadThread(deps.db, String(params.threadId));
    if (!record) throw new NotFoundError(NO_THREAD);
    return c.json(await viewThread(deps.db, record));
  });

  app.post('/feedback/inbox/:threadId/answers', async (c) => {
    const { params, body } = await checked(deps, c, 'answerFeedback', true);
    const user = recipient(c);
    const threadId = String(params.threadId);
    const { message } = body as { message: string };
    const now = deps.now();
    const response = await idempotent(deps.db, user.id, String(params['Idempotency-Key']), await requestHash('POST', `/feedback/inbox/${threadId}/answers`, body), now, async (tx) => {
      const thread = await store.loadThread(tx, threadId, true);
      if (!thread) throw new NotFoundError(NO_THREAD);
      if (thread.status === 'closed') throw new ConflictError(CLOSED);
      const text = validateReply(message, config);
      await store.addMessage(tx, threadId, 'recipient', user.id, text, new Date(now).toISOString());
      await store.setStatus(tx, threadId, statusAfter('recipient'));
      return { status: 201, body: await viewThread(tx, (await store.loadThread(tx, threadId))!) };
    });
    return send(c, response);
  });

  app.put('/feedback/inbox/:threadId/status', async (c) => {
    const { params, body } = await checked(deps, c, 'setFeedbackStatus', true);
    recipient(c);
    const threadId = String(params.threadId);
    const status = validateStatus(String((body as { status: string }).status));
    const record = await deps.db.transaction(async (tx) => {
      const thread = await store.loadThread(tx, threadId, true);
      if (!thread) throw new NotFoundError(NO_THREAD);
      if (thread.status !== status) await store.setStatus(tx, threadId, status);
      return (await store.loadThread(tx, threadId))!;
    });
    return c.json(await viewThread(deps.db, record));
  });

  return app;
}
