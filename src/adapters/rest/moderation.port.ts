import type { ModerationPort } from '../../adapter/moderation.port.js';
import type { CallOptions } from '../../adapter/port.js';
import type { ReportList } from '../../core/moderation.js';
import type { HttpClient } from './http.js';
import { toReportList } from './mapping.js';
import { call } from './operations.js';

/** The moderators' calls over the HTTP contract: operation `listReports` (403 → ForbiddenError). */
export class RestModerationPort implements ModerationPort {
  constructor(private readonly http: HttpClient) {}

  async listReports(options?: CallOptions): Promise<ReportList> {
    const { body } = await call(this.http, 'listReports', { signal: options?.signal });
    return toReportList(body);
  }
}
