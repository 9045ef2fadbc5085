import type { ModerationPort } from '../../adapter/moderation.port.js';
import type { CallOptions } from '../../adapter/port.js';
import type { ItemRef, ModerationAction, Queue, QueueItem, QueueQuery, ReportList } from '../../core/moderation.js';
import type { HttpClient } from './http.js';
import { toQueue, toQueueItem, toReportList } from './mapping.js';
import { call } from './operations.js';

/** The moderators' calls over the HTTP contract: `listReports`, `listQueue`, `moderate` (403 → ForbiddenError). */
export class RestModerationPort implements ModerationPort {
  constructor(private readonly http: HttpClient) {}

  async listReports(options?: CallOptions): Promise<ReportList> {
    const { body } = await call(this.http, 'listReports', { signal: options?.signal });
    return toReportList(body);
  }

  async listQueue(query: QueueQuery = {}, options?: CallOptions): Promise<Queue> {
    const wire: Record<string, string> = {};
    if (query.kind) wire.kind = query.kind;
    if (query.state) wire.state = query.state;
    if (query.order) wire.order = query.order;
    const { body } = await call(this.http, 'listQueue', { query: wire, signal: options?.signal });
    return toQueue(body);
  }

  async moderate(ref: ItemRef, action: ModerationAction, reason: string, options?: CallOptions): Promise<QueueItem> {
    const { body } = await call(this.http, 'moderate', {
      params: { kind: ref.kind, itemId: ref.id },
      body: { action, reason },
      signal: options?.signal,
    });
    return toQueueItem(body);
  }
}
