import type { ModerationPort } from '../../adapter/moderation.port.js';
import type { CallOptions } from '../../adapter/port.js';
import type { Moderation, ReportList } from '../../core/moderation.js';
import type { paths } from './contract.gen.js';
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

  async getModeration(options?: CallOptions): Promise<Moderation> {
    const { body } = await call(this.http, 'getModeration', { signal: options?.signal });
    const wire = body as paths['/moderation']['get']['responses'][200]['content']['application/json'];
    return { title: wire.title, items: [...wire.items] };
  }
}
