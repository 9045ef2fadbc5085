import type { Kudos } from './kudos.js';

/** Live-update events, one union per topic. */
export type KudosLiveEvent =
  { topic: 'kudos'; type: 'created'; kudos: Kudos } | { topic: 'kudos'; type: 'updated'; kudos: Kudos } | { topic: 'kudos'; type: 'deleted'; id: string };

/** A poll's counts or state changed; subscribers refetch it as their own user (results depend on the viewer). */
export type PollLiveEvent = { topic: 'poll'; type: 'changed'; pollId: string };

/**
 * A post's share counts (or, later, its publishing state) changed; subscribers refetch the post as
 * their own user (sharedByMe depends on the viewer).
 */
export type ShareLiveEvent = { topic: 'share'; type: 'changed'; postId: string };

/**
 * A thread in the feedback inbox arrived or changed, as recipients see it (a sender's message held
 * until its hour has ended says nothing until then). Only recipients hear it; they refetch. The
 * anonymous sender's side is not a topic: the reply token opens it (FeedbackPort.watchFeedbackThread).
 */
export type FeedbackLiveEvent = { topic: 'feedback'; type: 'changed'; threadId: string };

export type LiveEvent = KudosLiveEvent | PollLiveEvent | ShareLiveEvent | FeedbackLiveEvent;
export type LiveTopic = LiveEvent['topic'];
export type LiveEventOf<T extends LiveTopic> = Extract<LiveEvent, { topic: T }>;
