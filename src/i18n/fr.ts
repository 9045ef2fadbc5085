import type { ChorusTranslation } from './en.js';
import { frCommon } from './fr.common.js';
import { frFeedback } from './fr.feedback.js';
import { frKudos } from './fr.kudos.js';
import { frPoll } from './fr.poll.js';
import { frShareCard } from './fr.share-card.js';
import { frLeaderboard } from './fr.leaderboard.js';
import { frPostComposer } from './fr.post-composer.js';
import { frShareFeed } from './fr.share-feed.js';
import { frInsights } from './fr.insights.js';
import { frModeration } from './fr.moderation.js';
/* create:imports */

/*
 * French strings of every Chorus widget. Importing this module registers them all: elements whose
 * `lang` (their own, the provider's `locale`, or the page's) is fr, or fr-XX, show them. A page
 * with one widget may import only that widget's instead (fr.poll.ts: `chorus-widgets/i18n/fr.poll.js`).
 */
export const fr = {
  ...frCommon,
  ...frKudos,
  ...frPoll,
  ...frFeedback,
  ...frShareCard,
  ...frLeaderboard,
  ...frPostComposer,
  ...frShareFeed,
  ...frInsights,
  ...frModeration /* create:translations */,
} satisfies ChorusTranslation;
