import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { newReceipt, receiptHash } from '../../src/adapters/memory/secret.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../src/core/errors.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { PollDraft, PollVote } from '../../src/core/poll.js';
import { canCreatePolls, canManagePoll, pollStatus, validatePollDraft, validateVote } from '../../src/core/poll.rules.js';
import { etagMatches, etagOf } from '../../edge/etag.js';
import type { Queryable } from '../db/db.js';
import type { Ctx, Deps, Env } from '../context.js';
import { checked } from '../context.js';
import { invalid } from '../errors.js';
import { idempotent, requestHash, type StoredResponse } from '../idempotency.js';
import { recordPollEvent } from '../live.js';
import * as store from '../polls.store.js';
import type { PollRecord, StoredChoice } from '../polls.store.js';
import { viewPoll } from '../polls.view.js';
import { sealedIdempotent } from '../seal.js';

/*
 * The poll resources, with the embedded adapter's order of checks (src/adapters/memory/poll.port.ts):
 * shape (the contract), then status, the vote rules (src/core/poll.rules.ts), one vote per person.
 *
 * Anonymous votes write nothing that names the voter beside the choice. The voter goes into the
 * poll's sorted voter list; the ballot into poll_ballots under sha256 of a fresh receipt that only
 * the voter gets. Even the Idempotency-Key entry of an anonymous vote is unlinkable: it is stored
 * under a hash that needs the client's key to compute (no user id in the row), its request hash
 * is an HMAC under that key, and the response it replays (which holds the receipt) is encrypted
 * with a key derived from it. Request bodies are never logged.
 */

/** The part of a vote's idempotency entry that needs the client's key: the embedded adapter's derivation. */
function anonymousKey(userId: string, pollId: string, idempotencyKey: string): string {
  return `anon|${createHash('sha256').update(`chorus:vote:${userId}:${pollId}:${idempotencyKey}`).digest('base64url')}`;
}

function sealKey(userId: string, pollId: string, idempotencyKey: string): Buffer {
  return createHash('sha256').update(`chorus:vote-seal:${userId}:${pollId}:${idempotencyKey}`).digest();
}

function send(c: Ctx, status: number, body: string, replayed: boolean): Response {
  if (replayed) c.header('Idempotent-Replayed', 'true');
  return c.body(body, status as 200, { 'Content-Type': 'application/json' });
}

export function pollRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const limits = deps.pollLimits;

  async function found(db: Queryable, pollId: string, forUpdate = false): Promise<PollRecord> {
    const poll = await store.loadPoll(db, pollId, forUpdate);
    if (!poll) throw new NotFoundError('No poll with this id.');
    return poll;
  }

  /** The poll, locked, if `user` may manage it (its author or an admin). */
  async function managed(db: Queryable, pollId: string, user: CurrentUser): Promise<PollRecord> {
    const poll = await found(db, pollId, true);
    if (!canManagePoll(poll, user)) throw new ForbiddenError('Only the poll’s author or an admin can do that.');
    return poll;
  }

  async function choiceOf(tx: Queryable, poll: PollRecord, vote: ReturnType<typeof validateVote>): Promise<StoredChoice> {
    return { optionIds: vote.optionIds, writeInId: vote.writeIn === null ? null : await store.writeInFor(tx, poll, vote.writeIn), score: vote.score };
  }

  app.get('/polls/limits', async (c) => {
    await checked(deps, c, 'getPollLimits');
    return c.json({ ...limits });
  });

  app.get('/polls/:pollId', async (c) => {
    const { params } = await checked(deps, c, 'getPoll');
    const poll = await found(deps.db, String(params.pollId));
    const json = JSON.stringify(await viewPoll(deps.db, poll, c.get('user'), deps.now()));
    // The poll as this user sees it (their vote, results when visible): the tag is of that view.
    const tag = await etagOf(json);
    c.header('ETag', tag);
    c.header('Cache-Control', 'private, no-cache');
    if (etagMatches(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
    return c.body(json, 200, { 'Content-Type': 'application/json' });
  });

  app.post('/polls', async (c) => {
    const { params, body } = await checked(deps, c, 'createPoll', true);
    const user = c.get('user');
    if (!canCreatePolls(user)) throw new ForbiddenError('Only poll authors and admins can create polls.');
    const draft = body as PollDraft;
    const now = deps.now();
    const response = await idempotent(deps.db, user.id, String(params['Idempotency-Key']), await requestHash('POST', '/polls', draft), now, async (tx) => {
      const valid = validatePollDraft(draft, limits, now);
      const id = store.randomId('poll');
      await store.insertPoll(tx, id, valid, user.id, now);
      return { status: 201, body: await viewPoll(tx, (await store.loadPoll(tx, id))!, user, now) };
    });
    return send(c, response.status, response.body, response.replayed);
  });

  app.post('/polls/:pollId/votes', async (c) => {
    const { params, body } = await checked(deps, c, 'votePoll', true);
    const user = c.get('user');
    const pollId = String(params.pollId);
    const idempotencyKey = String(params['Idempotency-Key']);
    const presented = (params['Chorus-Vote-Receipt'] as string | undefined) ?? null;
    const vote = body as PollVote;
    const now = deps.now();
    // Whether a poll is anonymous never changes: it decides how the idempotency entry is kept.
    const { anonymous } = await found(deps.db, pollId);
    const hash = await requestHash('POST', `/polls/${pollId}/votes`, { vote, receipt: anonymous ? presented : null });

    const cast = async (tx: Queryable): Promise<{ status: number; body: unknown }> => {
      const poll = await found(tx, pollId, true);
      const status = pollStatus(poll, now);
      if (status === 'scheduled') throw new ConflictError('This poll is not open yet.');
      if (status === 'closed') throw new ConflictError('This poll is closed; votes are no longer counted.');
      const valid = validateVote(poll, vote, limits);
      const voted = await store.hasVoted(tx, poll, user.id);
      if (voted && !poll.allowChangeVote) throw new ConflictError('You have already voted in this poll.');

      let receipt: string | null = null;
      if (!poll.anonymous) {
        await store.putNamedVote(tx, pollId, user.id, await choiceOf(tx, poll, valid), voted);
      } else if (voted) {
        // No one knows which ballot is theirs; the receipt they kept is how they prove it.
        if (!presented) throw new ConflictError('You have already voted in this poll. To change an anonymous vote, use the device you voted from.');
        const ballot = receiptHash(pollId, presented);
        if (!(await store.ballotExists(tx, pollId, ballot))) throw invalid('receipt', 'This receipt does not match a vote in this poll.');
        await store.updateBallot(tx, pollId, ballot, await choiceOf(tx, poll, valid));
        // The ballot keeps its receipt: answer it back, as the embedded adapter does.
        receipt = presented;
      } else {
        if (!(await store.addVoter(tx, pollId, user.id))) throw new ConflictError('You have already voted in this poll.');
        receipt = newReceipt();
        await store.insertBallot(tx, pollId, receiptHash(pollId, receipt), await choiceOf(tx, poll, valid));
      }
      if (voted) await store.dropOrphanWriteIns(tx, pollId);
      await recordPollEvent(tx, pollId, now);
      const after = (await store.loadPoll(tx, pollId))!;
      return { status: 200, body: { poll: await viewPoll(tx, after, user, now), receipt } };
    };

    let response: StoredResponse;
    if (!anonymous) {
      response = await idempotent(deps.db, user.id, idempotencyKey, hash, now, cast);
    } else {
      response = await sealedIdempotent(deps.db, anonymousKey(user.id, pollId, idempotencyKey), sealKey(user.id, pollId, idempotencyKey), hash, now, cast);
    }
    return send(c, response.status, response.body, response.replayed);
  });

  app.post('/polls/:pollId/write-ins/:writeInId/approve', async (c) => {
    const { params } = await checked(deps, c, 'approveWriteIn');
    const user = c.get('user');
    const pollId = String(params.pollId);
    const now = deps.now();
    const poll = await deps.db.transaction(async (tx) => {
      const poll = await managed(tx, pollId, user);
      const writeInId = String(params.writeInId);
      if (!poll.writeIns.some((w) => w.id === writeInId)) throw new NotFoundError('No such write-in in this poll.');
      // Already approved: no write, no live event, same answer.
      if (await store.approveWriteIn(tx, pollId, writeInId)) await recordPollEvent(tx, pollId, now);
      return (await store.loadPoll(tx, pollId))!;
    });
    return c.json(await viewPoll(deps.db, poll, user, now));
  });

  app.post('/polls/:pollId/close', async (c) => {
    const { params } = await checked(deps, c, 'closePoll');
    const user = c.get('user');
    const pollId = String(params.pollId);
    const now = deps.now();
    const poll = await deps.db.transaction(async (tx) => {
      const poll = await managed(tx, pollId, user);
      if (pollStatus(poll, now) !== 'closed') {
        await store.closePoll(tx, pollId, now);
        await recordPollEvent(tx, pollId, now);
      }
      return (await store.loadPoll(tx, pollId))!;
    });
    return c.json(await viewPoll(deps.db, poll, user, now));
  });

  return app;
}
