/*
 * The package's main entry: classes, types and helpers. It defines no element, so importing it
 * registers nothing; import `chorus-widgets/all.js` (or a widget's own module) for that.
 */
// First, before Lit: it hears a Trusted Types refusal of Lit's policy (base/trusted-types.guard.ts).
import './base/trusted-types.guard.js';
export * from './core/index.js';
export * from './adapter/index.js';
export * from './provider/provider.element.js';
export * from './widgets/kudos-wall/kudos-wall.element.js';
export * from './widgets/poll/poll.element.js';
export * from './widgets/feedback-box/feedback-box.element.js';
export * from './widgets/share-card/share-card.element.js';
export * from './widgets/leaderboard/leaderboard.element.js';
export * from './widgets/post-composer/post-composer.element.js';
export * from './widgets/share-feed/share-feed.element.js';
/* create:widgets */
export * from './adapters/memory/index.js';
export * from './adapters/rest/index.js';
export { registerChorusTranslation } from './i18n/localize.js';
export type { ChorusTranslation } from './i18n/en.js';
export { VERSION } from './base/version.js';
