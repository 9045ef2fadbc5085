import type { Person } from './people.js';

/*
 * Anonymous feedback. The sender is never known: what they send carries no user, and what is
 * stored for them names no one. They come back to their conversation with a secret reply token
 * only they hold. Recipients (HR, managers) read an inbox of threads and answer them.
 */

/** The optional score a feedback box asks for: a mood 1–5, an eNPS answer 0–10, or none. */
export type FeedbackScoreKind = 'none' | 'mood' | 'enps';

/** `open`: waiting for an answer; `answered`: a recipient answered last; `closed`: no more replies. */
export type FeedbackStatus = 'open' | 'answered' | 'closed';

export interface FeedbackCategory {
  id: string;
  label: string;
  /** A line that helps the sender choose. */
  description?: string;
}

/** A feedback box's setup, as the backend serves it (to anyone: reading it identifies no one). */
export interface FeedbackConfig {
  categories: FeedbackCategory[];
  scoreKind: FeedbackScoreKind;
  /** Lengths in graphemes, after trimming. */
  messageMin: number;
  messageMax: number;
  /** Longest reply or answer in a thread. */
  replyMax: number;
  /** Summaries show a group (a category) only when it holds at least this many responses. */
  minGroupSize: number;
  /**
   * Recipients get a sender's message only once its hour has ended, so refreshing the inbox does
   * not tell them when it arrived more finely than its stored hour. Off: delivered at once.
   */
  deliverAfterHour: boolean;
}

/** What a sender submits; nothing in it is about them. */
export interface FeedbackDraft {
  categoryId: string;
  message: string;
  /** Mood 1–5 or eNPS 0–10 when the box asks for one; null when skipped. */
  score: number | null;
}

export interface FeedbackMessage {
  id: string;
  /** `sender`: the anonymous employee; `recipient`: someone answering for the company. */
  from: 'sender' | 'recipient';
  /** Who answered; always null for the sender. */
  author: Person | null;
  message: string;
  /**
   * The sender's messages carry the hour only (rounded down), so the time of a message cannot be
   * matched to someone's activity elsewhere; answers carry the exact time.
   */
  createdAt: string;
}

export interface FeedbackThread {
  id: string;
  categoryId: string;
  score: number | null;
  status: FeedbackStatus;
  /** The hour the feedback was sent (rounded down). */
  createdAt: string;
  /** Oldest first; the first is the feedback itself. */
  messages: FeedbackMessage[];
}

/**
 * What sending returns. `replyToken` is the only way back to the thread: at least 128 bits of
 * randomness, returned once, stored by the backend only as a one-way hash.
 */
export interface FeedbackReceipt {
  thread: FeedbackThread;
  replyToken: string;
}

export interface FeedbackInboxQuery {
  categoryId?: string;
  status?: FeedbackStatus;
  cursor?: string;
  /** 1–100, default 20. */
  limit?: number;
}

export interface FeedbackGroupSummary {
  categoryId: string;
  /** Threads in the category; null when fewer than `minGroupSize` (too few to show safely). */
  responses: number | null;
  /**
   * Mood: the mean score 1–5 to one decimal; eNPS: the score −100…100. Null when the group is
   * hidden, has no scores, or the box asks for none.
   */
  score: number | null;
}

/** Counts per category for recipients; small groups are withheld by the backend, not the widget. */
export interface FeedbackSummary {
  scoreKind: FeedbackScoreKind;
  minGroupSize: number;
  groups: FeedbackGroupSummary[];
}
