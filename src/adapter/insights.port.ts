import type { Insights } from '../core/insights.js';
import type { CallOptions } from './port.js';

/** What <chorus-insights> needs from a backend. Every call takes an AbortSignal and throws ChorusError subclasses. */
export interface InsightsPort {
  getInsights(options?: CallOptions): Promise<Insights>;
}

// Adds the port to ChorusAdapter (interface merging, as HTMLElementTagNameMap is extended per tag).
declare module './port.js' {
  interface ChorusAdapter {
    readonly insights?: InsightsPort;
  }
}
