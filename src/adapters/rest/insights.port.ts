import type { CallOptions } from '../../adapter/port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import type { GroupParticipation, Insights, InsightsQuery } from '../../core/insights.js';
import type { components } from './contract.gen.js';
import type { HttpClient } from './http.js';
import { call } from './operations.js';

type WireInsights = components['schemas']['Insights'];
type WireGroup = components['schemas']['GroupParticipation'];

const toGroup = (w: WireGroup): GroupParticipation => ({
  id: w.id,
  name: w.name,
  withheld: w.withheld,
  members: w.members,
  current: w.current ? { ...w.current } : null,
  previous: w.previous ? { ...w.previous } : null,
});

/** <chorus-insights> over the HTTP contract: operation `getInsights`, mapped to the domain type here. */
export class RestInsightsPort implements InsightsPort {
  constructor(private readonly http: HttpClient) {}

  async getInsights(options?: InsightsQuery & CallOptions): Promise<Insights> {
    const { body } = await call(this.http, 'getInsights', { query: { period: options?.period }, signal: options?.signal });
    const w = body as WireInsights;
    return {
      period: w.period,
      bounds: { ...w.bounds },
      previousBounds: { ...w.previousBounds },
      minGroupSize: w.minGroupSize,
      participation: { company: toGroup(w.participation.company), teams: w.participation.teams.map(toGroup) },
      feedback: { ...w.feedback },
      recognition: w.recognition.map((r) => ({ ...r })),
      sharing: { networks: w.sharing.networks.map((n) => ({ ...n })), posts: w.sharing.posts.map((p) => ({ ...p })) },
      polls: w.polls.map((p) => ({ ...p })),
      sentiment: { ...w.sentiment },
    };
  }
}
