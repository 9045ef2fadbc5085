import type { CallOptions } from '../../src/adapter/port.js';
import type { InsightsPort } from '../../src/adapter/insights.port.js';
import type { Insights, InsightsQuery } from '../../src/core/insights.js';
import { assertInsightsReader, insightsReport, validInsightsPeriod } from '../../src/core/insights.rules.js';
import type { FeedbackConfig } from '../../src/core/feedback.js';
import type { KudosConfig } from '../../src/core/kudos.js';
import { periodBounds, previousBounds } from '../../src/core/leaderboard.js';
import type { CurrentUser } from '../../src/core/people.js';
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
    const { company, teams } = await store.participationTallies(this.db, bounds, before);
    return insightsReport(
      {
        period,
        bounds,
        previousBounds: before,
        company,
        teams,
        feedbackMessages: await store.feedbackMessageCounts(this.db, bounds, before),
        kudosPerValue: await store.kudosPerValue(this.db, bounds, before),
        sharesPerNetwork: new Map((await store.sharesPerNetwork(this.db, bounds, before)).map((n) => [n.network, n])),
        posts: await store.postReach(this.db, bounds, before),
        polls: await store.pollTallies(this.db, bounds, before),
        feedbackScores: await store.feedbackScores(this.db, bounds, before),
      },
      this.config.values,
      this.feedback,
    );
  }
}
