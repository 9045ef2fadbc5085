/*
 * `chorus-widgets/react`: every element as a React component made with @lit/react, so props are
 * set as properties (objects and arrays too) and events arrive as typed `onX` props
 * (`onKudosGiven={(event) => event.kudos}`). Each wrapper defines its element when imported; a
 * bundler keeps only the wrappers a page uses. React is the host's (a peer dependency).
 */
export { Provider } from './provider.js';
export { FeedbackBox } from './feedback-box.js';
export { KudosWall } from './kudos-wall.js';
export { Leaderboard } from './leaderboard.js';
export { Poll } from './poll.js';
export { PostComposer } from './post-composer.js';
export { ShareCard } from './share-card.js';
export { ShareFeed } from './share-feed.js';
export { Insights } from './insights.js';
export { Moderation } from './moderation.js';
/* create:widgets */
export type { EventPropName } from './event-props.js';
