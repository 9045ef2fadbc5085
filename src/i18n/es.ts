import type { ChorusTranslation } from './en.js';
import { esCommon } from './es.common.js';
import { esFeedback } from './es.feedback.js';
import { esKudos } from './es.kudos.js';
import { esPoll } from './es.poll.js';
import { esShareCard } from './es.share-card.js';
import { esLeaderboard } from './es.leaderboard.js';
import { esPostComposer } from './es.post-composer.js';
import { esShareFeed } from './es.share-feed.js';
import { esInsights } from './es.insights.js';
import { esModeration } from './es.moderation.js';
/* create:imports */

/*
 * Spanish strings of every Chorus widget. Importing this module registers them all: elements whose
 * `lang` (their own, the provider's `locale`, or the page's) is es, or es-XX, show them. A page
 * with one widget may import only that widget's instead (es.poll.ts: `chorus-widgets/i18n/es.poll.js`).
 */
export const es = {
  ...esCommon,
  ...esKudos,
  ...esPoll,
  ...esFeedback,
  ...esShareCard,
  ...esLeaderboard,
  ...esPostComposer,
  ...esShareFeed,
  ...esInsights,
  ...esModeration /* create:translations */,
} satisfies ChorusTranslation;
