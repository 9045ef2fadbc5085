import type { FeedbackMessage, FeedbackThread } from '../../core/feedback.js';
import type { CurrentUser } from '../../core/people.js';
import { toPerson } from './kudos.view.js';
import type { StoredFeedbackMessage, StoredFeedbackThread } from './state.js';

/*
 * Stored feedback threads → the domain `FeedbackThread`. The sender and the recipients see the
 * same thing: the token hash stays inside the adapter, and the sender's messages have no author.
 * Always fresh objects, so a widget that mutates what it got cannot corrupt the store.
 */

function toMessage(message: StoredFeedbackMessage, people: ReadonlyMap<string, CurrentUser>): FeedbackMessage {
  return {
    id: message.id,
    from: message.from,
    author: message.from === 'recipient' && message.authorId ? toPerson(people.get(message.authorId), message.authorId) : null,
    message: message.message,
    createdAt: message.createdAt,
  };
}

export function toFeedbackThread(thread: StoredFeedbackThread, people: ReadonlyMap<string, CurrentUser>): FeedbackThread {
  return {
    id: thread.id,
    categoryId: thread.categoryId,
    score: thread.score,
    status: thread.status,
    createdAt: thread.createdAt,
    messages: thread.messages.map((m) => toMessage(m, people)),
  };
}
