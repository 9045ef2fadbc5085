import type { Insights, InsightsQuery } from '../core/insights.js';
import type { CallOptions } from './port.js';

/**
 * What <chorus-insights> needs from a backend: the programme's figures for a period (the month by
 * default). ForbiddenError for anyone without the `insights` or `admin` role. Every call takes an
 * AbortSignal and throws ChorusError subclasses.
 */
export interface InsightsPort {
  getInsights(options?: InsightsQuery & CallOptions): Promise<Insights>;
}

// Adds the port to ChorusAdapter (interface merging, as HTMLElementTagNameMap is extended per tag).
declare module './port.js' {
  interface ChorusAdapter {
    readonly insights?: InsightsPort;
  }
}
