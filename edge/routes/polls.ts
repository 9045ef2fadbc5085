import { Hono } from 'hono';
import type { PollDraft, PollVote } from '../../src/core/poll.js';
import { NotFoundError } from '../../src/core/errors.js';
import { checked, port, replay, tagged, type EdgeEnv } from '../app.js';
import { requestHash } from '../idempotency.js';

/*
 * The poll resources. An anonymous poll's vote keeps an idempotency entry that names nobody
 * (`sealed`), and its request hash covers the receipt presented: changing an anonymous vote is
 * another request than casting it.
 */
export function pollRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();
  // Whether a poll is anonymous never changes: read once per poll, not on every vote (a whole
  // view of the poll, six queries on the server). Bounded: a full cache starts over.
  const anonymousPolls = new Map<string, boolean>();
  const isAnonymous = async (c: Parameters<typeof port>[0], pollId: string): Promise<boolean> => {
    let anonymous = anonymousPolls.get(pollId);
    if (anonymous === undefined) {
      anonymous = (await port(c, 'polls').getPoll(pollId)).anonymous;
      if (anonymousPolls.size >= 10_000) anonymousPolls.clear();
      anonymousPolls.set(pollId, anonymous);
    }
    return anonymous;
  };

  app.get('/polls/limits', async (c) => {
    await checked(c, 'getPollLimits');
    return c.json(await port(c, 'polls').getPollLimits());
  });

  // Before `/polls/:pollId`, which would take `latest` for an id. The rules judge the topic (400).
  app.get('/polls/latest', async (c) => {
    const { params } = await checked(c, 'findLatestPoll');
    const topic = typeof params.topic === 'string' ? params.topic : null;
    const poll = await port(c, 'polls').findLatestPoll({ topic });
    if (!poll) throw new NotFoundError(topic ? 'No poll of this topic is open now.' : 'No poll is open now.');
    return c.json(poll);
  });

  // The poll as this user sees it (their vote, results when visible): the tag is of that view.
  app.get('/polls/:pollId', async (c) => {
    const { params } = await checked(c, 'getPoll');
    return tagged(c, await port(c, 'polls').getPoll(String(params.pollId)));
  });

  app.post('/polls', async (c) => {
    const { params, body } = await checked(c, 'createPoll', true);
    const idempotencyKey = String(params['Idempotency-Key']);
    const response = await c.get('idempotency').run(idempotencyKey, await requestHash('POST', '/polls', body), async (ports) => ({
      status: 201,
      body: await ports.polls!.createPoll(body as PollDraft, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  app.post('/polls/:pollId/votes', async (c) => {
    const { params, body } = await checked(c, 'votePoll', true);
    const pollId = String(params.pollId);
    const idempotencyKey = String(params['Idempotency-Key']);
    const receipt = (params['Chorus-Vote-Receipt'] as string | undefined) ?? null;
    // It decides how the idempotency entry is kept.
    const anonymous = await isAnonymous(c, pollId);
    const hash = await requestHash('POST', `/polls/${pollId}/votes`, { vote: body, receipt: anonymous ? receipt : null });
    const response = await c.get('idempotency').run(
      idempotencyKey,
      hash,
      async (ports) => ({
        status: 200,
        body: await ports.polls!.vote(pollId, body as PollVote, { idempotencyKey, receipt }),
      }),
      anonymous ? pollId : undefined,
    );
    return replay(c, response);
  });

  app.post('/polls/:pollId/write-ins/:writeInId/approve', async (c) => {
    const { params } = await checked(c, 'approveWriteIn');
    return c.json(await port(c, 'polls').approveWriteIn(String(params.pollId), String(params.writeInId)));
  });

  app.post('/polls/:pollId/write-ins/:writeInId/reject', async (c) => {
    const { params } = await checked(c, 'rejectWriteIn');
    return c.json(await port(c, 'polls').rejectWriteIn(String(params.pollId), String(params.writeInId)));
  });

  app.post('/polls/:pollId/close', async (c) => {
    const { params } = await checked(c, 'closePoll');
    return c.json(await port(c, 'polls').closePoll(String(params.pollId)));
  });

  return app;
}
