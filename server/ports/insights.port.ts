import type { CallOptions } from '../../src/adapter/port.js';
import type { InsightsPort } from '../../src/adapter/insights.port.js';
import { DEFAULT_INSIGHTS, type Insights } from '../../src/core/insights.js';

/**
 * <chorus-insights>'s port on the reference server, what edge/routes/insights.ts runs on here. The stub
 * answers its fixed content; give it SQL storage (server/db/) as polls.port.ts does.
 */
export class ServerInsightsPort implements InsightsPort {
  async getInsights(_options?: CallOptions): Promise<Insights> {
    return structuredClone(DEFAULT_INSIGHTS) as Insights;
  }
}
