import type { CallOptions } from '../../adapter/port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import { DEFAULT_INSIGHTS, type Insights } from '../../core/insights.js';
import type { MemoryRuntime } from './runtime.js';

/** The embedded backend of <chorus-insights>: answers after the adapter's simulated latency (and failures). */
export class MemoryInsightsPort implements InsightsPort {
  constructor(private readonly rt: MemoryRuntime) {}

  async getInsights(options?: CallOptions): Promise<Insights> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(DEFAULT_INSIGHTS) as Insights;
  }
}
