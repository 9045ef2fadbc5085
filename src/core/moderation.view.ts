import type { ItemRef, ModerationAction, ModerationEntry, ModerationState, QueueItem, QueueQuery, ReasonCount } from './moderation.js';
import { QUEUE_MAX } from './moderation.rules.js';
import type { CurrentUser } from './people.js';
import { toPerson } from './people.view.js';

/*
 * A reported item as a backend stores it → the queue item moderators see; and the queue's filter
 * and order. Both backends map their storage to QueueRecords and call these, so the queue is the
 * same on each. Reporters are never named: only their reasons, counted.
 */

/** One step of the history as stored: the moderator by id (null: hidden automatically by reports). */
export interface ModerationEntryRecord {
  action: ModerationAction | 'auto-hide';
  moderatorId: string | null;
  reason: string;
  at: string;
}

export interface QueueRecord {
  ref: ItemRef;
  kudosId: string;
  text: string;
  authorId: string;
  recipientIds: readonly string[];
  createdAt: string;
  /** Every report's reason and time (nothing about who made it). */
  reports: readonly { reason: string; reportedAt: string }[];
  state: ModerationState;
  /** Oldest first. */
  history: readonly ModerationEntryRecord[];
}

/** Every person a queue of these records names (authors, recipients, moderators). */
export function peopleInQueue(records: Iterable<QueueRecord>): Set<string> {
  const ids = new Set<string>();
  for (const r of records) {
    ids.add(r.authorId);
    for (const id of r.recipientIds) ids.add(id);
    for (const h of r.history) if (h.moderatorId) ids.add(h.moderatorId);
  }
  return ids;
}

/** The reasons given, each once with its count: most given first, then the first given first. */
export function countReasons(reports: QueueRecord['reports']): ReasonCount[] {
  const counts = new Map<string, number>();
  const byTime = [...reports].sort((a, b) => (a.reportedAt < b.reportedAt ? -1 : a.reportedAt > b.reportedAt ? 1 : 0));
  for (const { reason } of byTime) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

export function toQueueItem(record: QueueRecord, people: ReadonlyMap<string, CurrentUser>): QueueItem {
  const last = record.reports.reduce((max, r) => (r.reportedAt > max ? r.reportedAt : max), '');
  const history: ModerationEntry[] = record.history.map((h) => ({
    action: h.action,
    moderator: h.moderatorId ? toPerson(people.get(h.moderatorId), h.moderatorId) : null,
    reason: h.reason,
    at: h.at,
  }));
  return {
    ref: { kind: record.ref.kind, id: record.ref.id },
    kudosId: record.kudosId,
    text: record.text,
    author: toPerson(people.get(record.authorId), record.authorId),
    recipients: record.recipientIds.map((id) => toPerson(people.get(id), id)),
    createdAt: record.createdAt,
    reportCount: record.reports.length,
    reasons: countReasons(record.reports),
    lastReportedAt: last || record.createdAt,
    state: record.state,
    history,
  };
}

/**
 * The queue as asked: of the kind and state asked, newest report first (or most reports first,
 * then newest report), the kind and id breaking ties; at most QUEUE_MAX.
 */
export function selectQueue(items: readonly QueueItem[], query: QueueQuery = {}): QueueItem[] {
  const shown = items.filter((i) => (!query.kind || i.ref.kind === query.kind) && (!query.state || i.state === query.state));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const newest = (a: QueueItem, b: QueueItem) => text(b.lastReportedAt, a.lastReportedAt) || text(a.ref.kind, b.ref.kind) || text(a.ref.id, b.ref.id);
  const order = query.order === 'most-reported' ? (a: QueueItem, b: QueueItem) => b.reportCount - a.reportCount || newest(a, b) : newest;
  return shown.sort(order).slice(0, QUEUE_MAX);
}
