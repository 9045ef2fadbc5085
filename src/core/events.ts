/* Every Chorus event class, for the package's entries; a widget imports only its own file. */
export * from './kudos.events.js';
export * from './poll.events.js';
export * from './feedback.events.js';
export * from './share.events.js';
export * from './moderation.events.js';
export * from './error.events.js';
