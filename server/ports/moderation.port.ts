import type { ModerationPort } from '../../src/adapter/moderation.port.js';
import { DEFAULT_MODERATION, type Moderation, type ReportList } from '../../src/core/moderation.js';
import { assertModerator, REPORT_LIST_MAX } from '../../src/core/moderation.rules.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Queryable } from '../db/db.js';
import { listReports } from '../kudos.store.js';

/** The moderators' port over SQL, what edge/routes/moderation.ts runs on here. */
export class SqlModerationPort implements ModerationPort {
  constructor(
    private readonly db: Queryable,
    private readonly user: CurrentUser,
  ) {}

  async listReports(): Promise<ReportList> {
    assertModerator(this.user);
    return { items: await listReports(this.db, REPORT_LIST_MAX) };
  }

  async getModeration(): Promise<Moderation> {
    return structuredClone(DEFAULT_MODERATION) as Moderation;
  }
}
