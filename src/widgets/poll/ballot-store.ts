import type { Poll, PollVote } from '../../core/poll.js';
import { dropSendKey, heldSend, sendKeyFor, type SendKey } from '../../controllers/draft.controller.js';

/*
 * What the voter's own device remembers of an anonymous vote: the secret receipt (the only way to
 * change that vote) and what they chose (the backend never says). In localStorage, keyed by poll
 * id and user, whatever the adapter: the same poll behind another adapter still finds it.
 */

export interface SavedBallot {
  receipt: string | null;
  vote: PollVote;
}

const key = (pollId: string, userId: string | undefined) => `chorus:poll-ballot:v1:${pollId}:${userId ?? ''}`;

export function loadBallot(pollId: string, userId: string | undefined): SavedBallot | null {
  try {
    const saved = JSON.parse(localStorage.getItem(key(pollId, userId)) ?? 'null') as SavedBallot | null;
    if (saved && typeof saved === 'object' && saved.vote && Array.isArray(saved.vote.optionIds)) return saved;
  } catch {
    /* unreadable or blocked storage: nothing remembered */
  }
  return null;
}

export function saveBallot(pollId: string, userId: string | undefined, ballot: SavedBallot): void {
  try {
    localStorage.setItem(key(pollId, userId), JSON.stringify(ballot));
  } catch {
    /* storage full or blocked: the vote counted; only this device's memory of it is lost */
  }
}

export function forgetBallot(pollId: string, userId: string | undefined): void {
  try {
    localStorage.removeItem(key(pollId, userId));
  } catch {
    /* nothing to do */
  }
}

/** The user's vote: from the backend in named polls, from this device in anonymous ones. */
export function ownVote(poll: Poll, userId: string | undefined): PollVote | null {
  if (poll.myVote) return poll.myVote;
  if (!poll.anonymous || !poll.voted) return null;
  return loadBallot(poll.id, userId)?.vote ?? null;
}

/** The receipt that lets this device change its anonymous vote. */
export function ownReceipt(poll: Poll, userId: string | undefined): string | null {
  return poll.anonymous ? (loadBallot(poll.id, userId)?.receipt ?? null) : null;
}

/*
 * A vote being sent keeps its Idempotency-Key (with the shared draft send keys, in
 * sessionStorage) until the backend answered: when the answer is lost, or the page reloads
 * mid-vote, sending the same vote again is replayed by the backend, receipt included.
 */
interface VoteSend {
  vote: PollVote;
  receipt: string | null;
}

const sendAt = (pollId: string, userId: string | undefined) => `chorus:poll-vote:${pollId}:${userId ?? ''}`;
const voteKeys = new Map<string, SendKey>();

/** The key to send `vote` (presenting `receipt`) with: the same for a retry of the same vote. */
export function voteKey(pollId: string, userId: string | undefined, send: VoteSend): string {
  return sendKeyFor(sendAt(pollId, userId), send, voteKeys, sendAt(pollId, userId));
}

/** A vote sent whose answer never came (a reload mid-vote), to send again with its key. */
export function unansweredVote(pollId: string, userId: string | undefined): (VoteSend & { key: string }) | null {
  const held = heldSend<VoteSend>(sendAt(pollId, userId));
  return held && held.payload.vote ? { ...held.payload, key: held.key } : null;
}

/** The backend answered the vote (or refused it): its key goes. */
export function voteAnswered(pollId: string, userId: string | undefined): void {
  dropSendKey(sendAt(pollId, userId), voteKeys, sendAt(pollId, userId));
}
