import type { CallOptions } from '../../src/adapter/port.js';
import type { InsightsPort } from '../../src/adapter/insights.port.js';
import type { Insights, InsightsQuery } from '../../src/core/insights.js';
import {
  assertInsightsReader,
  pollTurnout,
  reachedPosts,
  sentimentScore,
  validInsightsPeriod,
  withheldCount,
  withholdParticipation,
} from '../../src/core/insights.rules.js';
import type { FeedbackConfig } from '../../src/core/feedback.js';
import type { KudosConfig } from '../../src/core/kudos.js';
import { periodBounds, previousBounds } from '../../src/core/leaderboard.js';
import type { CurrentUser } from '../../src/core/people.js';
import { SHARE_NETWORKS } from '../../src/core/share-card.js';
import type { Queryable } from '../db/db.js';
import * as store from '../insights.store.js';

/**
 * <chorus-insights>'s port on the reference server, what edge/routes/insights.ts runs on here:
 * counted in SQL (insights.store.ts), small groups withheld by core's rule at the feedback
 * configuration's minimum group size, as the embedded adapter does (src/adapters/memory/insights.port.ts).
 */
export class SqlInsightsPort implements InsightsPort {
  constructor(
    private readonly db: Queryable,
    private readonly user: CurrentUser,
    private readonly config: KudosConfig,
    private readonly feedback: Pick<FeedbackConfig, 'minGroupSize' | 'scoreKind'>,
    private readonly now: () => number,
  ) {}

  async getInsights(options?: InsightsQuery & CallOptions): Promise<Insights> {
    assertInsightsReader(this.user);
    const period = validInsightsPeriod(options?.period);
    const now = this.now();
    const bounds = periodBounds(period, now);
    const before = previousBounds(period, now);
    const min = this.feedback.minGroupSize;
    const kind = this.feedback.scoreKind;
    const { company, teams } = await store.participationTallies(this.db, bounds, before);
    const feedback = await store.feedbackMessageCounts(this.db, bounds, before);
    const values = await store.kudosPerValue(this.db, bounds, before);
    const scores = await store.feedbackScores(this.db, bounds, before);
    const polls = pollTurnout(await store.pollTallies(this.db, bounds, before), company.members, bounds, before, min);
    const networks = new Map((await store.sharesPerNetwork(this.db, bounds, before)).map((n) => [n.network, n]));
    return {
      period,
      bounds,
      previousBounds: before,
      minGroupSize: min,
      participation: withholdParticipation(company, teams, min),
      feedback: { current: withheldCount(feedback.current, min), previous: withheldCount(feedback.previous, min) },
      recognition: this.config.values.map((v) => ({
        valueId: v.id,
        label: v.label,
        ...(v.emoji ? { emoji: v.emoji } : {}),
        current: values.get(v.id)?.current ?? 0,
        previous: values.get(v.id)?.previous ?? 0,
      })),
      sharing: {
        networks: SHARE_NETWORKS.map((network) => networks.get(network) ?? { network, current: 0, previous: 0 }),
        posts: reachedPosts(await store.postReach(this.db, bounds, before)),
      },
      polls,
      sentiment: { kind, current: sentimentScore(scores.current, kind, min), previous: sentimentScore(scores.previous, kind, min) },
    };
  }
}
