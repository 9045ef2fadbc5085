import type { Moderation, ReportList } from '../core/moderation.js';
import type { CallOptions } from './port.js';

/** What moderators need from a backend: the reported kudos. ForbiddenError for anyone else. */
export interface ModerationPort {
  /** Reports, newest first (then by kudos id): each person's first report of a kudos, once. */
  listReports(options?: CallOptions): Promise<ReportList>;
  /** What <chorus-moderation> shows (the scaffold's stub). */
  getModeration(options?: CallOptions): Promise<Moderation>;
}

// Adds the port to ChorusAdapter (interface merging, as a scaffolded widget's port does).
declare module './port.js' {
  interface ChorusAdapter {
    readonly moderation?: ModerationPort;
  }
}
