/*
 * The moderators' side of Chorus: what people reported, for whoever decides about it. Plain
 * types shared by the port, both adapters and the server; the seed of the moderation queue.
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

/** What <chorus-moderation> loads and shows: a heading and a few lines (the stub of `npm run create`). */
export interface Moderation {
  title: string;
  /** Empty: the widget shows its empty state. */
  items: string[];
}

/** The stub's content, answered alike by the embedded adapter, the mocks and the reference server. */
export const DEFAULT_MODERATION: Readonly<Moderation> = {
  title: 'Moderation',
  items: ['First item', 'Second item', 'Third item'],
};
