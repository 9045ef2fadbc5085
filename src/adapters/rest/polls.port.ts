import type { CallOptions, CreateOptions, PollPort } from '../../adapter/port.js';
import { NotFoundError } from '../../core/errors.js';
import type { LatestPollQuery, Poll, PollDraft, PollLimits, PollVote, VoteReceipt } from '../../core/poll.js';
import type { HttpClient } from './http.js';
import { call, keyOf } from './operations.js';
import { toPoll, toPollLimits, toVoteReceipt, toWirePollDraft, toWireVote } from './mapping.js';

/* The poll's calls over the HTTP contract. */

/** The header that carries an anonymous voter's receipt, to change their vote. */
const VOTE_RECEIPT_HEADER = 'Chorus-Vote-Receipt';

export class RestPollPort implements PollPort {
  constructor(private readonly http: HttpClient) {}

  async getPollLimits(options?: CallOptions): Promise<PollLimits> {
    const { body } = await call(this.http, 'getPollLimits', { signal: options?.signal });
    return toPollLimits(body);
  }

  async getPoll(pollId: string, options?: CallOptions): Promise<Poll> {
    const { body } = await call(this.http, 'getPoll', { params: { pollId }, signal: options?.signal });
    return toPoll(body);
  }

  async findLatestPoll(query: LatestPollQuery, options?: CallOptions): Promise<Poll | null> {
    try {
      const { body } = await call(this.http, 'findLatestPoll', { query: query?.topic ? { topic: query.topic } : {}, signal: options?.signal });
      return toPoll(body);
    } catch (error) {
      // The contract's 404: no poll of this topic is open now.
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async vote(pollId: string, vote: PollVote, options: CreateOptions & { receipt?: string | null }): Promise<VoteReceipt> {
    const { body } = await call(this.http, 'votePoll', {
      params: { pollId },
      body: toWireVote(vote),
      idempotencyKey: keyOf(options),
      headers: options?.receipt ? { [VOTE_RECEIPT_HEADER]: options.receipt } : {},
      signal: options?.signal,
    });
    return toVoteReceipt(body);
  }

  async createPoll(draft: PollDraft, options: CreateOptions): Promise<Poll> {
    const { body } = await call(this.http, 'createPoll', {
      body: toWirePollDraft(draft),
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toPoll(body);
  }

  async approveWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll> {
    const { body } = await call(this.http, 'approveWriteIn', {
      params: { pollId, writeInId },
      // Approving twice is the same as once (the contract says so), so a retry is harmless.
      idempotent: true,
      signal: options?.signal,
    });
    return toPoll(body);
  }

  async rejectWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll> {
    const { body } = await call(this.http, 'rejectWriteIn', {
      params: { pollId, writeInId },
      // Rejecting twice is the same as once (the contract says so), so a retry is harmless.
      idempotent: true,
      signal: options?.signal,
    });
    return toPoll(body);
  }

  async closePoll(pollId: string, options?: CallOptions): Promise<Poll> {
    const { body } = await call(this.http, 'closePoll', {
      params: { pollId },
      // Closing a closed poll changes nothing, so a retry is harmless.
      idempotent: true,
      signal: options?.signal,
    });
    return toPoll(body);
  }
}
