import type { Hono } from 'hono';
import type { EdgeEnv } from '../app.js';
import { feedbackInboxRoutes } from './feedback.js';
import { kudosRoutes } from './kudos.js';
import { moderationRoutes } from './moderation.js';
import { peopleRoutes } from './people.js';
import { pollRoutes } from './polls.js';
import { shareCardRoutes } from './share-card.js';
import { leaderboardRoutes } from './leaderboard.js';
import { insightsRoutes } from './insights.js';
/* create:imports */

/*
 * The routes written once over the port (people, kudos, polls, the feedback inbox): the reference server (server/app.ts) mounts them over
 * its SQL ports, the MSW mock (mocks/kudos.handlers.ts) over its MemoryAdapter. A new feature's
 * routes are added here only (`npm run create` does it at the marker). The feedback sender's
 * routes, made as nobody, are mounted apart, before authentication (`feedbackSenderRoutes`).
 */
export const edgeRoutes: readonly (() => Hono<EdgeEnv>)[] = [
  peopleRoutes,
  kudosRoutes,
  pollRoutes,
  moderationRoutes,
  feedbackInboxRoutes,
  shareCardRoutes,
  leaderboardRoutes,
  insightsRoutes,
  /* create:routes */
];
