import type { CallOptions, CreateOptions, PollPort } from '../../adapter/port.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { LatestPollQuery, Poll, PollDraft, PollLimits, PollVote, VoteReceipt } from '../../core/poll.js';
import { validTopicQuery } from '../../core/poll-topic.rules.js';
import { peopleById } from './state.js';
import { canCreatePolls, canManagePoll, foldLabel, pollStatus, validatePollDraft, validateVote, type ValidVote } from './poll.rules.js';
import { hasVoted, viewPollWithBallots } from '../../core/poll.view.js';
import { forgetOldKeys } from './idempotency.js';
import type { MemoryRuntime } from './runtime.js';
import { newReceipt, randomId, receiptHash, sealReceipt, sha256, toBase64Url, unsealReceipt } from '../../core/secret.js';
import { sortedByKey } from '../../core/order.js';
import type { MemoryState, StoredBallot, StoredPoll } from './state.js';

/**
 * The retry entry of a vote in an anonymous poll: a hash that needs the client's key to compute,
 * so the stored entry names no voter, and holds the receipt sealed with that key.
 */
function anonymousRetryKey(userId: string, pollId: string, idempotencyKey: string): string {
  return `anon|${toBase64Url(sha256(`chorus:vote:${userId}:${pollId}:${idempotencyKey}`))}`;
}

function findPoll(state: MemoryState, pollId: string): StoredPoll {
  const poll = state.polls.find((p) => p.id === pollId);
  if (!poll) throw new NotFoundError('No poll with this id.');
  return poll;
}

/** Keeps only write-ins some ballot still names: a changed vote takes its old "other" with it. */
function dropOrphanWriteIns(poll: StoredPoll): void {
  const used = new Set(Object.values(poll.ballots).map((b) => b.writeInId));
  poll.writeIns = poll.writeIns.filter((w) => used.has(w.id));
}

/** The write-in with this text (folded), or a new one; approved at once when the poll does not moderate. */
function writeInFor(poll: StoredPoll, text: string): string {
  const existing = poll.writeIns.find((w) => foldLabel(w.text) === foldLabel(text));
  if (existing) return existing.id;
  const id = randomId('w');
  poll.writeIns = [...poll.writeIns, { id, text, approved: !poll.moderateWriteIns }].sort((a, b) => (a.id < b.id ? -1 : 1));
  return id;
}

function toBallot(poll: StoredPoll, vote: ValidVote): StoredBallot {
  return { optionIds: vote.optionIds, writeInId: vote.writeIn === null ? null : writeInFor(poll, vote.writeIn), score: vote.score };
}

export class MemoryPollPort implements PollPort {
  constructor(private readonly rt: MemoryRuntime) {}

  /** Re-reads the state and returns the poll as the current user sees it now. */
  private view(pollId: string): Poll {
    const state = this.rt.store.read();
    return viewPollWithBallots(findPoll(state, pollId), peopleById(state), this.rt.viewer(state), this.rt.now());
  }

  /** The poll, if the current user may manage it (its author or an admin). */
  private managed(state: MemoryState, pollId: string): StoredPoll {
    const poll = findPoll(state, pollId);
    if (!canManagePoll(poll, this.rt.viewer(state))) throw new ForbiddenError('Only the poll’s author or an admin can do that.');
    return poll;
  }

  async getPollLimits(options?: CallOptions): Promise<PollLimits> {
    await this.rt.roundTrip(options?.signal);
    return { ...this.rt.pollLimits };
  }

  async getPoll(pollId: string, options?: CallOptions): Promise<Poll> {
    await this.rt.roundTrip(options?.signal);
    return this.view(pollId);
  }

  async findLatestPoll(query: LatestPollQuery, options?: CallOptions): Promise<Poll | null> {
    await this.rt.roundTrip(options?.signal);
    const topic = validTopicQuery(query?.topic);
    const now = this.rt.now();
    const state = this.rt.store.read();
    // Newest first; ids break a tie in creation time, as the server's order does.
    const latest = state.polls
      .filter((p) => (topic === null || (p.topic ?? null) === topic) && pollStatus(p, now) === 'open')
      .reduce<StoredPoll | undefined>(
        (best, p) => (!best || p.createdAt > best.createdAt || (p.createdAt === best.createdAt && p.id > best.id) ? p : best),
        undefined,
      );
    return latest ? this.view(latest.id) : null;
  }

  async vote(pollId: string, vote: PollVote, options: CreateOptions & { receipt?: string | null }): Promise<VoteReceipt> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const voterId = this.rt.viewer(state).id;
    const poll = findPoll(state, pollId);
    const idempotencyKey = options?.idempotencyKey;
    const retryKey = !idempotencyKey
      ? null
      : poll.anonymous
        ? anonymousRetryKey(voterId, pollId, idempotencyKey)
        : `${voterId}|vote|${pollId}|${idempotencyKey}`;

    // A retry of a vote that already counted: same answer (and receipt), nothing counted twice.
    const earlier = retryKey ? state.idempotency[retryKey] : undefined;
    if (earlier) {
      return { poll: this.view(pollId), receipt: poll.anonymous ? unsealReceipt(earlier.id, idempotencyKey!) : null };
    }

    const status = pollStatus(poll, now);
    if (status === 'scheduled') throw new ConflictError('This poll is not open yet.');
    if (status === 'closed') throw new ConflictError('This poll is closed; votes are no longer counted.');
    const valid = validateVote(poll, vote, this.rt.pollLimits);

    const voted = hasVoted(poll, voterId);
    if (voted && !poll.allowChangeVote) throw new ConflictError('You have already voted in this poll.');
    let ballotKey = voterId;
    let receipt: string | null = null;
    if (poll.anonymous) {
      if (voted) {
        // No one knows which ballot is theirs; the receipt they kept is how they prove it.
        if (!options?.receipt) throw new ConflictError('You have already voted in this poll. To change an anonymous vote, use the device you voted from.');
        ballotKey = receiptHash(pollId, options.receipt);
        if (!Object.hasOwn(poll.ballots, ballotKey)) {
          throw new ValidationError([{ field: 'receipt', code: 'invalid', message: 'This receipt does not match a vote in this poll.' }]);
        }
        receipt = options.receipt;
      } else {
        receipt = newReceipt();
        ballotKey = receiptHash(pollId, receipt);
      }
    }

    this.rt.store.mutate((next) => {
      const target = findPoll(next, pollId);
      target.ballots = sortedByKey({ ...target.ballots, [ballotKey]: toBallot(target, valid) });
      dropOrphanWriteIns(target);
      if (target.anonymous && !target.voters.includes(voterId)) target.voters = [...target.voters, voterId].sort();
      if (retryKey) {
        const id = target.anonymous ? (sealReceipt(receipt!, idempotencyKey!) ?? '') : 'voted';
        next.idempotency[retryKey] = { id, at: now };
      }
      forgetOldKeys(next, now);
    });
    return { poll: this.view(pollId), receipt };
  }

  async createPoll(draft: PollDraft, options: CreateOptions): Promise<Poll> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const author = this.rt.viewer(state);
    if (!canCreatePolls(author)) throw new ForbiddenError('Only poll authors and admins can create polls.');
    const key = options?.idempotencyKey ? `${author.id}|poll|${options.idempotencyKey}` : null;
    const earlier = key ? state.idempotency[key] : undefined;
    if (earlier) return this.view(earlier.id);

    const valid = validatePollDraft(draft, this.rt.pollLimits, now);
    const id = this.rt.store.mutate((next) => {
      const poll: StoredPoll = {
        id: randomId('poll'),
        ...valid,
        options: valid.options.map((label, i) => ({ id: `o${i + 1}`, label })),
        closedAt: null,
        createdById: author.id,
        createdAt: new Date(now).toISOString(),
        writeIns: [],
        ballots: {},
        voters: [],
      };
      next.polls.push(poll);
      if (key) next.idempotency[key] = { id: poll.id, at: now };
      forgetOldKeys(next, now);
      return poll.id;
    });
    return this.view(id);
  }

  approveWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll> {
    // Approving a rejected write-in brings it back.
    return this.decideWriteIn(pollId, writeInId, { approved: true, rejected: false }, options);
  }

  rejectWriteIn(pollId: string, writeInId: string, options?: CallOptions): Promise<Poll> {
    return this.decideWriteIn(pollId, writeInId, { rejected: true }, options);
  }

  /** A manager's decision on a write-in; one that changes nothing (decided so already) writes nothing and sends no live event. */
  private async decideWriteIn(pollId: string, writeInId: string, decided: { approved?: true; rejected: boolean }, options?: CallOptions): Promise<Poll> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const writeIn = this.managed(state, pollId).writeIns.find((w) => w.id === writeInId);
    if (!writeIn) throw new NotFoundError('No such write-in in this poll.');
    const changes = (decided.approved && !writeIn.approved) || decided.rejected !== !!writeIn.rejected;
    if (changes) {
      this.rt.store.mutate((next) => {
        const target = findPoll(next, pollId).writeIns.find((w) => w.id === writeInId);
        if (!target) return;
        if (decided.approved) target.approved = true;
        if (decided.rejected) target.rejected = true;
        else delete target.rejected;
      });
    }
    return this.view(pollId);
  }

  async closePoll(pollId: string, options?: CallOptions): Promise<Poll> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const poll = this.managed(state, pollId);
    if (pollStatus(poll, now) !== 'closed') {
      this.rt.store.mutate((next) => {
        findPoll(next, pollId).closedAt = new Date(now).toISOString();
      });
    }
    return this.view(pollId);
  }
}
