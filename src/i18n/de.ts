import type { ChorusTranslation } from './en.js';
import { deCommon } from './de.common.js';
import { deFeedback } from './de.feedback.js';
import { deKudos } from './de.kudos.js';
import { dePoll } from './de.poll.js';
import { deShareCard } from './de.share-card.js';
import { deLeaderboard } from './de.leaderboard.js';
import { dePostComposer } from './de.post-composer.js';
import { deShareFeed } from './de.share-feed.js';
import { deInsights } from './de.insights.js';
import { deModeration } from './de.moderation.js';
/* create:imports */

/*
 * German strings of every Chorus widget. Importing this module registers them all: elements whose
 * `lang` (their own, the provider's `locale`, or the page's) is de, or de-XX, show them. A page
 * with one widget may import only that widget's instead (de.poll.ts: `chorus-widgets/i18n/de.poll.js`).
 */
export const de = {
  ...deCommon,
  ...deKudos,
  ...dePoll,
  ...deFeedback,
  ...deShareCard,
  ...deLeaderboard,
  ...dePostComposer,
  ...deShareFeed,
  ...deInsights,
  ...deModeration /* create:translations */,
} satisfies ChorusTranslation;
