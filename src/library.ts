/*
 * Every class, type and helper of the package but the two adapters: what all.js and the CDN
 * bundle export beside defining the elements. The adapters are the package's heaviest modules
 * (the embedded one carries the demo company); pages that need one import it by name, and the
 * widgets load the one they use with import() when none is given.
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
export * from './widgets/insights/insights.element.js';
export * from './widgets/moderation/moderation.element.js';
/* create:widgets */
export { registerChorusTranslation } from './i18n/localize.js';
export type { ChorusTranslation } from './i18n/en.js';
export { VERSION } from './base/version.js';
