export type * from './people.js';
export type * from './kudos.js';
export type * from './poll.js';
export type * from './feedback.js';
export type * from './moderation.js';
export type * from './live.js';
export * from './errors.js';
export * from './events.js';
export * from './text.js';
