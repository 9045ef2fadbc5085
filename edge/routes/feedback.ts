import { Hono } from 'hono';
import type { FeedbackDraft, FeedbackStatus } from '../../src/core/feedback.js';
import { ChorusError, NotFoundError } from '../../src/core/errors.js';
import { checked, port, replay, type AnonymousEdgeEnv, type EdgeEnv } from '../app.js';
import { requestHash } from '../idempotency.js';
import { changeStream, type ChangeStreamOptions } from '../sse.js';

/*
 * Anonymous feedback, in two halves that are mounted apart.
 *
 * The sender's side (`feedbackSenderRoutes`) is made as nobody (AnonymousEdgeEnv: no user, the
 * feedback port's sender calls only); the mounters put it before anything that asks who. Its
 * Idempotency-Key entries are found by the client's secrets alone: the key, and for a reply the
 * token with it, so only who holds the token can replay (and so read) a reply.
 *
 * The recipients' side (`feedbackInboxRoutes`) is an ordinary signed-in API; the port refuses
 * anyone but a `feedback-recipient` or an `admin` (403). Order of checks, as elsewhere: shape (the
 * contract), permission (403), existence (404), state (409: closed), the rules (400).
 */

/** The paths of the sender's side: the mounters give them the anonymous headers. */
export const SENDER_PATHS = [
  '/feedback/config',
  '/feedback',
  '/feedback/sent',
  '/feedback/thread',
  '/feedback/thread/replies',
  '/feedback/thread/events',
] as const;

/** `streams`: the sender's live channel's pacing (ping, retry, lifetime), as the mounter sets it. */
export function feedbackSenderRoutes(streams: Omit<ChangeStreamOptions, 'signal'> = {}): Hono<AnonymousEdgeEnv> {
  const app = new Hono<AnonymousEdgeEnv>();

  app.get('/feedback/config', async (c) => {
    await checked(c, 'getFeedbackConfig');
    return c.json(await c.get('ports').feedback.getFeedbackConfig());
  });

  app.post('/feedback', async (c) => {
    const { params, body } = await checked(c, 'sendFeedback', true);
    const idempotencyKey = String(params['Idempotency-Key']);
    const response = await c.get('idempotency').run('feedback-send', idempotencyKey, await requestHash('POST', '/feedback', body), async (ports) => ({
      status: 201,
      body: await ports.feedback.sendFeedback(body as FeedbackDraft, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  // Whether a send whose answer was lost was stored: the entry POST /feedback would replay, found
  // by the same key and the same body, never made. Another body under the key is as nothing.
  app.post('/feedback/sent', async (c) => {
    const { params, body } = await checked(c, 'findSentFeedback', true);
    const found = await c.get('idempotency').find('feedback-send', String(params['Idempotency-Key']), await requestHash('POST', '/feedback', body));
    if (!found || found.status !== 201) throw new NotFoundError('Nothing was stored under this Idempotency-Key for this message.');
    return c.body(found.body, 200, { 'Content-Type': 'application/json' });
  });

  app.get('/feedback/thread', async (c) => {
    const { params } = await checked(c, 'getFeedbackThread');
    return c.json(await c.get('ports').feedback.getFeedbackThread(String(params['Chorus-Reply-Token'])));
  });

  // The sender's live channel: the token is looked up (and counted) as a read is, so one that
  // opens nothing is 404 before any stream; then only "changed", never what or when.
  app.get('/feedback/thread/events', async (c) => {
    const { params } = await checked(c, 'watchFeedbackThread');
    const token = String(params['Chorus-Reply-Token']);
    const feedback = c.get('ports').feedback;
    await feedback.getFeedbackThread(token);
    if (!feedback.watchFeedbackThread) throw new ChorusError('unsupported', 'This backend has no live channel for feedback senders.');
    const watch = feedback.watchFeedbackThread.bind(feedback);
    return changeStream((onChange) => watch(token, onChange), { ...streams, signal: c.req.raw.signal });
  });

  app.post('/feedback/thread/replies', async (c) => {
    const { params, body } = await checked(c, 'replyToFeedback', true);
    const token = String(params['Chorus-Reply-Token']);
    const idempotencyKey = String(params['Idempotency-Key']);
    // Every reply looks its token up, a replayed one too: a token that opens nothing is 404 first.
    await c.get('ports').feedback.getFeedbackThread(token);
    const hash = await requestHash('POST', '/feedback/thread/replies', body);
    const response = await c.get('idempotency').run('feedback-reply', `${token}\n${idempotencyKey}`, hash, async (ports) => ({
      status: 201,
      body: await ports.feedback.replyToFeedback(token, (body as { message: string }).message, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  return app;
}

export function feedbackInboxRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

  app.get('/feedback/inbox', async (c) => {
    const { params } = await checked(c, 'listFeedback');
    return c.json(
      await port(c, 'feedback').listFeedback({
        categoryId: text(params.categoryId),
        status: text(params.status) as FeedbackStatus | undefined,
        cursor: text(params.cursor),
        limit: typeof params.limit === 'number' ? params.limit : undefined,
      }),
    );
  });

  app.get('/feedback/summary', async (c) => {
    await checked(c, 'getFeedbackSummary');
    return c.json(await port(c, 'feedback').getFeedbackSummary());
  });

  app.get('/feedback/inbox/:threadId', async (c) => {
    const { params } = await checked(c, 'getFeedbackById');
    return c.json(await port(c, 'feedback').getFeedbackById(String(params.threadId)));
  });

  app.post('/feedback/inbox/:threadId/answers', async (c) => {
    const { params, body } = await checked(c, 'answerFeedback', true);
    const threadId = String(params.threadId);
    // Recipients only (403), and a thread that is there (404), before the key is looked at.
    await port(c, 'feedback').getFeedbackById(threadId);
    const idempotencyKey = String(params['Idempotency-Key']);
    const hash = await requestHash('POST', `/feedback/inbox/${threadId}/answers`, body);
    const response = await c.get('idempotency').run(idempotencyKey, hash, async (ports) => ({
      status: 201,
      body: await ports.feedback!.answerFeedback(threadId, (body as { message: string }).message, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  app.put('/feedback/inbox/:threadId/status', async (c) => {
    const { params, body } = await checked(c, 'setFeedbackStatus', true);
    return c.json(await port(c, 'feedback').setFeedbackStatus(String(params.threadId), (body as { status: FeedbackStatus }).status));
  });

  return app;
}
