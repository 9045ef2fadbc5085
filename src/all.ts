/*
 * The self-registering bundle: importing this module defines every Chorus element. It is the
 * base of dist/cdn/chorus.js (src/cdn.ts adds the languages). Add each new widget's
 * defining module (`widgets/<name>/<name>.js`) here.
 */
import './provider/provider.js';
import './widgets/kudos-wall/kudos-wall.js';
import './widgets/poll/poll.js';
import './widgets/feedback-box/feedback-box.js';
import './widgets/share-card/share-card.js';
import './widgets/leaderboard/leaderboard.js';
import './widgets/post-composer/post-composer.js';
import './widgets/share-feed/share-feed.js';
import './widgets/insights/insights.js';
import './widgets/moderation/moderation.js';
/* create:widgets */

// Not the adapters: `chorus-widgets/adapters/rest.js` and `…/memory.js` when a page needs one by name.
export * from './library.js';
