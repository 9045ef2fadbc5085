import type { Person } from './people.js';

/*
 * The moderators' side of Chorus: what people reported and what moderators decided about it.
 * Plain types shared by the port, both adapters and the server.
 */

/** One person's report of a kudos. Who reported it is not shown, not even to moderators. */
export interface Report {
  kudosId: string;
  /** Trimmed; may be empty (a report alone flags the kudos). */
  reason: string;
  /** ISO 8601. */
  reportedAt: string;
}

/** Reports, newest first (then by kudos id), at most REPORT_LIST_MAX. */
export interface ReportList {
  items: Report[];
}

/** What can be reported and moderated. */
export type ModerationKind = 'kudos' | 'comment';

/**
 * `open`: reported, nobody decided yet (it may be hidden automatically after enough reports);
 * `kept`: a moderator left it as it is; `hidden`: only its author and moderators see it;
 * `deleted`: gone for everyone, its text kept here for the record.
 */
export type ModerationState = 'open' | 'kept' | 'hidden' | 'deleted';

/** What a moderator may do to an item. */
export type ModerationAction = 'keep' | 'hide' | 'restore' | 'delete';

/** A reported item: a kudos, or a comment (by its own id; `kudosId` names the kudos it is on). */
export interface ItemRef {
  kind: ModerationKind;
  id: string;
}

/** One reason people gave, with how many gave it (never who). An empty reason is a report without one. */
export interface ReasonCount {
  reason: string;
  count: number;
}

/** One step of an item's history: a moderator's action, or the automatic hiding (`moderator` null). */
export interface ModerationEntry {
  action: ModerationAction | 'auto-hide';
  moderator: Person | null;
  /** Why, as the moderator wrote it; empty for the automatic hiding. */
  reason: string;
  /** ISO 8601. */
  at: string;
}

/** One item of the moderation queue, as moderators see it. */
export interface QueueItem {
  ref: ItemRef;
  /** The kudos itself, or the kudos a comment is on. */
  kudosId: string;
  /** The kudos' message or the comment's text. */
  text: string;
  author: Person;
  /** A kudos' recipients; empty for a comment. */
  recipients: Person[];
  /** When the item was written. ISO 8601. */
  createdAt: string;
  reportCount: number;
  /** Most given first. */
  reasons: ReasonCount[];
  /** The newest report. ISO 8601. */
  lastReportedAt: string;
  state: ModerationState;
  /** Oldest first. */
  history: ModerationEntry[];
}

export type QueueOrder = 'newest' | 'most-reported';

export interface QueueQuery {
  kind?: ModerationKind;
  state?: ModerationState;
  /** `newest`: the latest report first (the default); `most-reported`: the most reports first. */
  order?: QueueOrder;
}

/** At most QUEUE_MAX items, in the order asked. */
export interface Queue {
  items: QueueItem[];
}
