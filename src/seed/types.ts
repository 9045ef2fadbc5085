import type { KudosImage, KudosVisibility } from '../core/kudos.js';
import type { FeedbackThreadRecord } from '../core/feedback.view.js';
import type { CurrentUser, Team } from '../core/people.js';
import type { PollChoice, PollWithBallots } from '../core/poll.view.js';
import type { ShareNetwork } from '../core/share-card.domain.js';
import type { PostRecord } from '../core/share-card.view.js';

/*
 * The demo company as plain JSON, people referenced by id: the embedded adapter stores exactly
 * these shapes (src/adapters/memory/state.ts), the reference server copies them into SQL
 * (server/seed.ts). Each backend turns its own storage into core's view records (src/core/*.view.ts).
 */

export interface StoredReaction {
  emoji: string;
  personId: string;
}

export interface StoredComment {
  id: string;
  authorId: string;
  message: string;
  createdAt: string;
  /** Each person's first report of it (none when absent). */
  reports?: StoredReport[];
  /** Set while hidden (core's KudosAudience.hiddenReason); null or absent otherwise. */
  hiddenReason?: string | null;
}

export interface StoredReport {
  personId: string;
  reason: string;
  createdAt: string;
}

export interface StoredKudos {
  id: string;
  authorId: string;
  recipientIds: string[];
  message: string;
  valueId: string | null;
  image: KudosImage | null;
  visibility: KudosVisibility;
  createdAt: string;
  /** In the order given, so the newest reactors are at the end. */
  reactions: StoredReaction[];
  /** Oldest first. */
  comments: StoredComment[];
  reports: StoredReport[];
  /** Set while hidden (core's KudosAudience.hiddenReason); null or absent otherwise. */
  hiddenReason?: string | null;
}

/** One voter's choice. In an anonymous poll nothing in it, nor where it is kept, names the voter. */
export type StoredBallot = PollChoice;

/** A poll with its ballots: no ballot has a time, and key order says nothing about who voted when. */
export type StoredPoll = PollWithBallots;

/** A message in a feedback thread. The sender's have no author and a time rounded to the hour. */
export type StoredFeedbackMessage = FeedbackThreadRecord['messages'][number];

/**
 * An anonymous feedback thread. Nothing in it names or links the sender: it is found by the hash
 * of the reply token only they hold (`replyTokenHash` in core/secret.ts), its id is random, and
 * the sender's times are rounded to the hour.
 */
export interface StoredFeedbackThread extends FeedbackThreadRecord {
  tokenHash: string;
}

/** A shareable post as stored: people by id, no counts (they come from `shares` and `clicks`). */
export type StoredPost = PostRecord;

/** One recorded share. `key` (the adapter's idempotency key) is unique per person: a retried record counts once. */
export interface StoredShare {
  postId: string;
  personId: string;
  network: ShareNetwork;
  key: string;
  sharedAt: string;
}

/** A person's opaque tracking reference for one post: random, never derived from who they are. */
export interface StoredShareRef {
  ref: string;
  postId: string;
  personId: string;
}

/** One click on a tracked link, by its reference: no IP, no user agent, no one who clicked. */
export interface StoredShareClick {
  ref: string;
  clickedAt: string;
}

/** The company's sharing guidelines; a new `version` asks everyone to accept again. */
export interface StoredShareGuidelines {
  title: string;
  body: string;
  version: string;
  mustAccept: boolean;
}

/** Everything of the share card: posts, guidelines and who accepted which version, references, shares and clicks. */
export interface StoredShareState {
  guidelines: StoredShareGuidelines;
  /** Person id → the guidelines version they accepted. */
  acceptances: Record<string, string>;
  /** Newest first (postTime, then id, descending). */
  posts: StoredPost[];
  refs: StoredShareRef[];
  /** Oldest first. */
  shares: StoredShare[];
  clicks: StoredShareClick[];
}

/** Everything the demo starts with. */
export interface DemoCompany {
  teams: Team[];
  people: CurrentUser[];
  /** Newest first (createdAt, then id, descending). */
  kudos: StoredKudos[];
  /** Oldest first. */
  polls: StoredPoll[];
  /** Newest first, like kudos. */
  feedback: StoredFeedbackThread[];
  share: StoredShareState;
}
