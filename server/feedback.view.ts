import type { FeedbackThread } from '../src/core/feedback.js';
import type { Queryable } from './db/db.js';
import type { FeedbackThreadRecord } from './feedback.store.js';
import { toPerson, usersById } from './people.store.js';

/*
 * Stored threads → the contract's FeedbackThread: messages in order, a recipient's answer naming
 * its author as a Person (no roles), the sender's never naming anyone. Everyone who may see a
 * thread — its sender (by token) and the recipients — sees the same thing.
 */

export async function viewThreads(db: Queryable, records: readonly FeedbackThreadRecord[]): Promise<FeedbackThread[]> {
  const people = await usersById(db, records.flatMap((r) => r.messages.flatMap((m) => (m.authorId ? [m.authorId] : []))));
  return records.map((r) => ({
    id: r.id,
    categoryId: r.categoryId,
    score: r.score,
    status: r.status,
    createdAt: r.createdAt,
    messages: r.messages.map((m) => ({
      id: m.id,
      from: m.from,
      author: m.from === 'recipient' && m.authorId ? toPerson(people.get(m.authorId), m.authorId) : null,
      message: m.message,
      createdAt: m.createdAt,
    })),
  }));
}

export async function viewThread(db: Queryable, record: FeedbackThreadRecord): Promise<FeedbackThread> {
  return (await viewThreads(db, [record]))[0]!;
}
