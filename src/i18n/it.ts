import type { ChorusTranslation } from './en.js';
import { itCommon } from './it.common.js';
import { itFeedback } from './it.feedback.js';
import { itKudos } from './it.kudos.js';
import { itPoll } from './it.poll.js';
import { itShareCard } from './it.share-card.js';
import { itLeaderboard } from './it.leaderboard.js';
import { itPostComposer } from './it.post-composer.js';
import { itShareFeed } from './it.share-feed.js';
import { itInsights } from './it.insights.js';
import { itModeration } from './it.moderation.js';
/* create:imports */

/*
 * Italian strings of every Chorus widget. Importing this module registers them all: elements whose
 * `lang` (their own, the provider's `locale`, or the page's) is it, or it-XX, show them. A page
 * with one widget may import only that widget's instead (it.poll.ts: `chorus-widgets/i18n/it.poll.js`).
 */
export const it = {
  ...itCommon,
  ...itKudos,
  ...itPoll,
  ...itFeedback,
  ...itShareCard,
  ...itLeaderboard,
  ...itPostComposer,
  ...itShareFeed,
  ...itInsights,
  ...itModeration /* create:translations */,
} satisfies ChorusTranslation;
