import { createHash } from 'node:crypto';
import type { CreateOptions, PollPort } from '../../src/adapter/port.js';
import { newReceipt, receiptHash } from '../../src/core/secret.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../src/core/errors.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { LatestPollQuery, Poll, PollDraft, PollLimits, PollVote, VoteReceipt } from '../../src/core/poll.js';
import { validTopicQuery } from '../../src/core/poll-topic.rules.js';
import { canCreatePolls, canManagePoll, pollStatus, validatePollDraft, validateVote } from '../../src/core/poll.rules.js';
import type { Db, Queryable } from '../db/db.js';
import { invalid } from '../errors.js';
import { recordPollEvent } from '../live.js';
import * as store from '../polls.store.js';
import type { PollRecord, StoredChoice } from '../polls.store.js';
import { toPoll, viewPoll } from '../polls.view.js';

/*
 * Polls in SQL as the port the edge's routes call (edge/routes/polls.ts), with the embedded
 * adapter's order of checks (src/adapters/memory/poll.port.ts): shape (the contract, at the
 * edge), then status, the vote rules (src/core/poll.rules.ts), one vote per person.
 *
 * Anonymous votes write nothing that names the voter beside the choice. The voter goes into the
 * poll's sorted voter list; the ballot into poll_ballots under sha256 of a fresh receipt that only
 * the voter gets. Their Idempotency-Key entries are sealed (see `anonymousVoteEntry`, seal.ts).
 */

/** An anonymous vote's idempotency entry: a lookup key and a seal key that need the client's key (the embedded adapter's derivation). */
export function anonymousVoteEntry(userId: string, pollId: string, idempotencyKey: string): { key: string; seal: Buffer } {
  return {
    key: `anon|${createHash('sha256').update(`chorus:vote:${userId}:${pollId}:${idempotencyKey}`).digest('base64url')}`,
    seal: createHash('sha256').update(`chorus:vote-seal:${userId}:${pollId}:${idempotencyKey}`).digest(),
  };
}

export class SqlPollPort implements PollPort {
  constructor(
    private readonly db: Db,
    private readonly user: CurrentUser,
    private readonly limits: PollLimits,
    private readonly now: () => number,
  ) {}

  private async found(db: Queryable, pollId: string, forUpdate = false): Promise<PollRecord> {
    const poll = await store.loadPoll(db, pollId, forUpdate);
    if (!poll) throw new NotFoundError('No poll with this id.');
    return poll;
  }

  /** The poll, locked, if the user may manage it (its author or an admin). */
  private async managed(db: Queryable, pollId: string): Promise<PollRecord> {
    const poll = await this.found(db, pollId, true);
    if (!canManagePoll(poll, this.user)) throw new ForbiddenError('Only the poll’s author or an admin can do that.');
    return poll;
  }

  private async choiceOf(tx: Queryable, poll: PollRecord, vote: ReturnType<typeof validateVote>): Promise<StoredChoice> {
    return {
      optionIds: vote.optionIds,
      writeInId: vote.writeIn === null ? null : await store.writeInFor(tx, poll, vote.writeIn),
      score: vote.score,
    };
  }

  async getPollLimits(): Promise<PollLimits> {
    return { ...this.limits };
  }

  async getPoll(pollId: string): Promise<Poll> {
    return viewPoll(this.db, await this.found(this.db, pollId), this.user, this.now());
  }

  async findLatestPoll(query: LatestPollQuery): Promise<Poll | null> {
    const topic = validTopicQuery(query?.topic);
    const now = this.now();
    const poll = await store.latestOpenPoll(this.db, topic, now);
    return poll ? viewPoll(this.db, poll, this.user, now) : null;
  }

  async createPoll(draft: PollDraft): Promise<Poll> {
    if (!canCreatePolls(this.user)) throw new ForbiddenError('Only poll authors and admins can create polls.');
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const valid = validatePollDraft(draft, this.limits, now);
      const id = store.randomId('poll');
      await store.insertPoll(tx, id, valid, this.user.id, now);
      return viewPoll(tx, (await store.loadPoll(tx, id))!, this.user, now);
    });
  }

  async vote(pollId: string, vote: PollVote, options: CreateOptions & { receipt?: string | null }): Promise<VoteReceipt> {
    const presented = options.receipt ?? null;
    const now = this.now();
    const user = this.user;
    return this.db.transaction(async (tx) => {
      const loaded = await store.loadPollForVote(tx, pollId, user.id);
      if (!loaded) throw new NotFoundError('No poll with this id.');
      const { poll, voted, author } = loaded;
      const status = pollStatus(poll, now);
      if (status === 'scheduled') throw new ConflictError('This poll is not open yet.');
      if (status === 'closed') throw new ConflictError('This poll is closed; votes are no longer counted.');
      const valid = validateVote(poll, vote, this.limits);
      if (voted && !poll.allowChangeVote) throw new ConflictError('You have already voted in this poll.');

      let receipt: string | null = null;
      let choice: StoredChoice;
      if (!poll.anonymous) {
        choice = await this.choiceOf(tx, poll, valid);
        await store.putNamedVote(tx, pollId, user.id, choice, voted);
      } else if (voted) {
        // No one knows which ballot is theirs; the receipt they kept is how they prove it.
        if (!presented) throw new ConflictError('You have already voted in this poll. To change an anonymous vote, use the device you voted from.');
        const ballot = receiptHash(pollId, presented);
        if (!(await store.ballotExists(tx, pollId, ballot))) throw invalid('receipt', 'This receipt does not match a vote in this poll.');
        choice = await this.choiceOf(tx, poll, valid);
        await store.updateBallot(tx, pollId, ballot, choice);
        // The ballot keeps its receipt: answer it back, as the embedded adapter does.
        receipt = presented;
      } else {
        if (!(await store.addVoter(tx, pollId, user.id))) throw new ConflictError('You have already voted in this poll.');
        receipt = newReceipt();
        choice = await this.choiceOf(tx, poll, valid);
        await store.insertBallot(tx, pollId, receiptHash(pollId, receipt), choice);
      }
      // A poll without write-ins (read under its lock) has none to orphan.
      if (voted && poll.writeIns.length) await store.dropOrphanWriteIns(tx, pollId);
      // The answer from what the vote knows: no write-in added or dropped, the poll read under the
      // lock is still the poll; the voter has voted, and a named vote is the choice just written.
      // Only the counts (kept by triggers) are read back, before the event: the events lock is
      // held from there to the commit.
      const current = valid.writeIn === null && !(voted && poll.writeIns.length) ? poll : (await store.loadPoll(tx, pollId))!;
      const tally = await store.loadTally(tx, pollId);
      await recordPollEvent(tx, pollId, now);
      return { poll: toPoll(current, user, now, { tally, voted: true, own: poll.anonymous ? null : choice, author }), receipt };
    });
  }

  approveWriteIn(pollId: string, writeInId: string): Promise<Poll> {
    return this.decideWriteIn(pollId, writeInId, store.approveWriteIn);
  }

  rejectWriteIn(pollId: string, writeInId: string): Promise<Poll> {
    return this.decideWriteIn(pollId, writeInId, store.rejectWriteIn);
  }

  /** A manager's decision on a write-in; one that changes nothing (decided so already) writes nothing and sends no live event. */
  private async decideWriteIn(pollId: string, writeInId: string, write: (tx: Queryable, pollId: string, writeInId: string) => Promise<boolean>): Promise<Poll> {
    const now = this.now();
    const poll = await this.db.transaction(async (tx) => {
      const poll = await this.managed(tx, pollId);
      if (!poll.writeIns.some((w) => w.id === writeInId)) throw new NotFoundError('No such write-in in this poll.');
      if (await write(tx, pollId, writeInId)) await recordPollEvent(tx, pollId, now);
      return (await store.loadPoll(tx, pollId))!;
    });
    return viewPoll(this.db, poll, this.user, now);
  }

  async closePoll(pollId: string): Promise<Poll> {
    const now = this.now();
    const poll = await this.db.transaction(async (tx) => {
      const poll = await this.managed(tx, pollId);
      if (pollStatus(poll, now) !== 'closed') {
        await store.closePoll(tx, pollId, now);
        await recordPollEvent(tx, pollId, now);
      }
      return (await store.loadPoll(tx, pollId))!;
    });
    return viewPoll(this.db, poll, this.user, now);
  }
}
