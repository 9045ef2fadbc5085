import type { ItemRef, ModerationAction, Queue, QueueItem, QueueQuery, ReportList } from '../core/moderation.js';
import type { CallOptions } from './port.js';

/** What moderators need from a backend: what was reported, and their decisions. ForbiddenError for anyone else. */
export interface ModerationPort {
  /** Reports, newest first (then by kudos id): each person's first report of a kudos, once. */
  listReports(options?: CallOptions): Promise<ReportList>;
  /** The reported items (kudos and comments), with their reasons counted, state and history. */
  listQueue(query?: QueueQuery, options?: CallOptions): Promise<Queue>;
  /**
   * Keeps, hides, restores or deletes a reported item, recording who, when and why; answers the
   * item as it now is. ValidationError without a reason, ConflictError when the action does not
   * apply to the item's state (someone decided meanwhile), NotFoundError when it is not in the queue.
   */
  moderate(ref: ItemRef, action: ModerationAction, reason: string, options?: CallOptions): Promise<QueueItem>;
}

// Adds the port to ChorusAdapter (interface merging, as a scaffolded widget's port does).
declare module './port.js' {
  interface ChorusAdapter {
    readonly moderation?: ModerationPort;
  }
}
