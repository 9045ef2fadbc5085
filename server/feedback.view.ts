import type { FeedbackThread } from '../src/core/feedback.js';
import { feedbackAuthors, toFeedbackThread, type FeedbackThreadRecord } from '../src/core/feedback.view.js';
import type { Queryable } from './db/db.js';
import { usersById } from './people.store.js';

/*
 * Stored threads → the contract's FeedbackThread. The view is core's (src/core/feedback.view.ts),
 * as in the embedded adapter; here only the recipients who answered are loaded.
 */

export async function viewThreads(db: Queryable, records: readonly FeedbackThreadRecord[]): Promise<FeedbackThread[]> {
  const people = await usersById(db, feedbackAuthors(records));
  return records.map((r) => toFeedbackThread(r, people));
}

export async function viewThread(db: Queryable, record: FeedbackThreadRecord): Promise<FeedbackThread> {
  return (await viewThreads(db, [record]))[0]!;
}
