import type { Kudos } from './kudos.js';

/** Live-update events, one union per topic. */
export type KudosLiveEvent =
  | { topic: 'kudos'; type: 'created'; kudos: Kudos }
  | { topic: 'kudos'; type: 'updated'; kudos: Kudos }
  | { topic: 'kudos'; type: 'deleted'; id: string };

export type LiveEvent = KudosLiveEvent;
export type LiveTopic = LiveEvent['topic'];
export type LiveEventOf<T extends LiveTopic> = Extract<LiveEvent, { topic: T }>;
