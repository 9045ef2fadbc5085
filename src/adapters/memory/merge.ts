/*
 * Two tabs writing at once: each browser process keeps its own copy of localStorage, so a tab may
 * write on top of a state that lacks the other tab's last write, and the later write wins whole.
 * The store keeps its own recent writes (the state before and after) and, when a state from
 * elsewhere lacks one, writes it again on top of that state with `mergeWrite`.
 *
 * A write shares every record it did not touch with the state before it (draft.ts), so what it
 * changed is found by identity: the records it added or replaced, the ids it removed, the keys it
 * set. Those go onto the other state; everything else there is kept. A record both tabs changed
 * is merged field by field, this write's fields winning.
 */

type Node = Record<string, unknown>;
type Identified = { id: string };

const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRecordList = (value: unknown): value is Identified[] => Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');

/** `theirs` with what the write from `before` to `after` changed. Shares what it does not change; writes nothing it is given. */
export function mergeWrite(theirs: unknown, before: unknown, after: unknown): unknown {
  if (after === before) return theirs;
  if (isRecordList(after) && isRecordList(before) && isRecordList(theirs)) return mergeRecords(theirs, before, after);
  if (isObject(after) && isObject(before) && isObject(theirs)) {
    const out: Node = { ...theirs };
    for (const key of Object.keys(before)) if (!(key in after)) delete out[key];
    for (const key of Object.keys(after)) out[key] = key in before ? mergeWrite(theirs[key], before[key], after[key]) : after[key];
    return out;
  }
  // A value the write set (a number, a list without ids, something the other state lacks): the write's.
  return after;
}

function mergeRecords(theirs: Identified[], before: Identified[], after: Identified[]): Identified[] {
  const untouched = new Set(before);
  const kept = new Set(after.map((r) => r.id));
  const removed = new Set(before.filter((r) => !kept.has(r.id)).map((r) => r.id));
  const old = new Map(before.map((r) => [r.id, r]));
  const out = theirs.filter((r) => !removed.has(r.id));
  after.forEach((record, index) => {
    if (untouched.has(record)) return;
    const at = out.findIndex((r) => r.id === record.id);
    const was = old.get(record.id);
    if (at >= 0) out[at] = (was ? mergeWrite(out[at], was, record) : record) as Identified;
    // New here: where the write put it (kudos newest first: on top).
    else out.splice(Math.min(index, out.length), 0, record);
  });
  return out;
}
