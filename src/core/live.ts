import type { Kudos } from './kudos.js';

/**
 * Changes on a topic were missed and cannot be replayed (a long outage, history the backend no
 * longer keeps): subscribers reload what they show. Adapters make it; no backend stores it.
 */
export type LiveReset<T extends string> = { topic: T; type: 'reset' };

/** Live-update events, one union per topic. */
export type KudosLiveEvent =
  | { topic: 'kudos'; type: 'created'; kudos: Kudos }
  | { topic: 'kudos'; type: 'updated'; kudos: Kudos }
  | { topic: 'kudos'; type: 'deleted'; id: string }
  | LiveReset<'kudos'>;

/** A poll's counts or state changed; subscribers refetch it as their own user (results depend on the viewer). */
export type PollLiveEvent = { topic: 'poll'; type: 'changed'; pollId: string } | LiveReset<'poll'>;

/**
 * A post's share counts (or, later, its publishing state) changed; subscribers refetch the post as
 * their own user (sharedByMe depends on the viewer).
 */
export type ShareLiveEvent = { topic: 'share'; type: 'changed'; postId: string } | LiveReset<'share'>;

/**
 * A thread in the feedback inbox arrived or changed, as recipients see it (a sender's message held
 * until its hour has ended says nothing until then). Only recipients hear it; they refetch. The
 * anonymous sender's side is not a topic: the reply token opens it (FeedbackPort.watchFeedbackThread).
 */
export type FeedbackLiveEvent = { topic: 'feedback'; type: 'changed'; threadId: string } | LiveReset<'feedback'>;

/** Something was reported or moderated: only moderators hear it; they refetch the queue. */
export type ModerationLiveEvent = { topic: 'moderation'; type: 'changed' } | LiveReset<'moderation'>;

export type LiveEvent = KudosLiveEvent | PollLiveEvent | ShareLiveEvent | FeedbackLiveEvent | ModerationLiveEvent;
export type LiveTopic = LiveEvent['topic'];
export type LiveEventOf<T extends LiveTopic> = Extract<LiveEvent, { topic: T }>;
