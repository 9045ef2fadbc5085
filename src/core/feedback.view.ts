import type { FeedbackStatus, FeedbackThread } from './feedback.js';
import type { CurrentUser } from './people.js';
import { toPerson } from './people.view.js';

/*
 * A stored feedback thread → the domain `FeedbackThread`: messages in order, a recipient's answer
 * naming its author as a Person (no roles), the sender's never naming anyone. The sender (by
 * token) and the recipients see the same thing. Both backends map their storage to a
 * FeedbackThreadRecord and call this.
 */

export interface FeedbackMessageRecord {
  id: string;
  from: 'sender' | 'recipient';
  /** The recipient who answered; always null for the sender. */
  authorId: string | null;
  message: string;
  createdAt: string;
}

export interface FeedbackThreadRecord {
  id: string;
  categoryId: string;
  score: number | null;
  status: FeedbackStatus;
  /** coarseTime() of the send. */
  createdAt: string;
  /** Oldest first. */
  messages: FeedbackMessageRecord[];
}

/** The recipients who answered in these threads: the people a view of them names. */
export function feedbackAuthors(records: readonly FeedbackThreadRecord[]): string[] {
  return records.flatMap((r) => r.messages.flatMap((m) => (m.authorId ? [m.authorId] : [])));
}

export function toFeedbackThread(record: FeedbackThreadRecord, people: ReadonlyMap<string, CurrentUser>): FeedbackThread {
  return {
    id: record.id,
    categoryId: record.categoryId,
    score: record.score,
    status: record.status,
    createdAt: record.createdAt,
    messages: record.messages.map((m) => ({
      id: m.id,
      from: m.from,
      author: m.from === 'recipient' && m.authorId ? toPerson(people.get(m.authorId), m.authorId) : null,
      message: m.message,
      createdAt: m.createdAt,
    })),
  };
}
