import type { CallOptions } from '../../adapter/port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import type { Insights } from '../../core/insights.js';
import type { paths } from './contract.gen.js';
import type { HttpClient } from './http.js';
import { call } from './operations.js';

type WireInsights = paths['/insights']['get']['responses'][200]['content']['application/json'];

/** <chorus-insights> over the HTTP contract: operation `getInsights`, mapped to the domain type here. */
export class RestInsightsPort implements InsightsPort {
  constructor(private readonly http: HttpClient) {}

  async getInsights(options?: CallOptions): Promise<Insights> {
    const { body } = await call(this.http, 'getInsights', { signal: options?.signal });
    const wire = body as WireInsights;
    return { title: wire.title, items: [...wire.items] };
  }
}
