/*
 * Orders both backends keep, so lists page the same way on each: newest first with ids breaking
 * ties, and maps whose key order says nothing about when an entry was added.
 */

/** Newest first; ids break ties so paging is stable (SQL: `order by created_at desc, id desc`). */
export function compareNewestFirst(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/** A copy with keys in code-unit order: the order carries no trace of when an entry was added (anonymous ballots). */
export function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
