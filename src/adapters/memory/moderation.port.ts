import type { ModerationPort } from '../../adapter/moderation.port.js';
import type { CallOptions } from '../../adapter/port.js';
import { DEFAULT_MODERATION, type Moderation, type Report, type ReportList } from '../../core/moderation.js';
import { assertModerator, REPORT_LIST_MAX } from '../../core/moderation.rules.js';
import type { MemoryRuntime } from './runtime.js';
import type { StoredKudos } from './state.js';

/**
 * Every kudos' reports, in the server's order (`order by created_at desc, kudos_id`; the
 * reporter breaks what SQL leaves open), so both backends list the seeded reports alike.
 */
export function reportsNewestFirst(kudos: readonly StoredKudos[], limit = REPORT_LIST_MAX): Report[] {
  const all = kudos.flatMap((k) => k.reports.map((r) => ({ kudosId: k.id, personId: r.personId, reason: r.reason, reportedAt: r.createdAt })));
  const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  all.sort((a, b) => before(b.reportedAt, a.reportedAt) || before(a.kudosId, b.kudosId) || before(a.personId, b.personId));
  return all.slice(0, limit).map(({ kudosId, reason, reportedAt }) => ({ kudosId, reason, reportedAt }));
}

/** The moderators' port of the embedded adapter: reports gathered from the kudos they are kept on. */
export class MemoryModerationPort implements ModerationPort {
  constructor(private readonly rt: MemoryRuntime) {}

  async listReports(options?: CallOptions): Promise<ReportList> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    assertModerator(this.rt.viewer(state));
    return { items: reportsNewestFirst(state.kudos) };
  }

  async getModeration(options?: CallOptions): Promise<Moderation> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(DEFAULT_MODERATION) as Moderation;
  }
}
