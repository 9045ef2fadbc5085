import type { ItemRef, ModerationAction, ModerationKind, ModerationState } from '../src/core/moderation.js';
import type { ModerationEntryRecord, QueueRecord } from '../src/core/moderation.view.js';
import type { Queryable } from './db/db.js';

/*
 * The moderation queue in SQL: reported kudos and comments with their reports (reasons and times,
 * never who), each item's state (`moderation_items`, open when it has no row) and history
 * (`moderation_actions`). Records are core's QueueRecords; core/moderation.view.ts makes the
 * queue of them, as it does for the embedded adapter.
 */

interface ItemRow {
  kind: ModerationKind;
  id: string;
  kudos_id: string;
  author_id: string;
  recipient_ids: string[];
  message: string;
  created_at: Date;
  state: ModerationState | null;
  reports: { reason: string; at: string }[] | string | null;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/** Items still stored that were reported or decided about; `only` narrows to one. */
async function storedItems(db: Queryable, only: ItemRef | null): Promise<ItemRow[]> {
  const kind = only?.kind ?? null;
  const id = only?.id ?? null;
  return db.query<ItemRow>(
    `select 'kudos' as kind, k.id, k.id as kudos_id, k.author_id, k.recipient_ids, k.message, k.created_at, m.state,
            (select json_agg(json_build_object('reason', r.reason, 'at', r.created_at) order by r.created_at) from reports r where r.kudos_id = k.id) as reports
       from kudos k left join moderation_items m on m.kind = 'kudos' and m.item_id = k.id
      where ($1::text is null or ($1 = 'kudos' and k.id = $2))
        and (m.item_id is not null or exists (select 1 from reports r where r.kudos_id = k.id))
     union all
     select 'comment', c.id, c.kudos_id, c.author_id, '{}'::text[], c.message, c.created_at, m.state,
            (select json_agg(json_build_object('reason', r.reason, 'at', r.created_at) order by r.created_at) from comment_reports r where r.comment_id = c.id)
       from comments c left join moderation_items m on m.kind = 'comment' and m.item_id = c.id
      where ($1::text is null or ($1 = 'comment' and c.id = $2))
        and (m.item_id is not null or exists (select 1 from comment_reports r where r.comment_id = c.id))`,
    [kind, id],
  );
}

type Snapshot = Omit<QueueRecord, 'state' | 'history'>;

async function deletedItems(db: Queryable, only: ItemRef | null): Promise<{ state: ModerationState; deleted: Snapshot | string }[]> {
  return db.query(
    `select state, deleted from moderation_items
      where deleted is not null and ($1::text is null or (kind = $1 and item_id = $2))`,
    [only?.kind ?? null, only?.id ?? null],
  );
}

/** The queue's records (every item, or only `only`), with their histories. */
export async function queueRecords(db: Queryable, only: ItemRef | null = null): Promise<QueueRecord[]> {
  const records: QueueRecord[] = (await storedItems(db, only)).map((row) => {
    const reports = (typeof row.reports === 'string' ? (JSON.parse(row.reports) as { reason: string; at: string }[]) : row.reports) ?? [];
    return {
      ref: { kind: row.kind, id: row.id },
      kudosId: row.kudos_id,
      text: row.message,
      authorId: row.author_id,
      recipientIds: row.recipient_ids,
      createdAt: iso(row.created_at),
      reports: reports.map((r) => ({ reason: r.reason, reportedAt: iso(r.at) })),
      state: row.state ?? 'open',
      history: [],
    };
  });
  for (const row of await deletedItems(db, only)) {
    const snapshot = typeof row.deleted === 'string' ? (JSON.parse(row.deleted) as Snapshot) : row.deleted;
    records.push({ ...snapshot, state: row.state, history: [] });
  }
  if (!records.length) return records;
  const histories = await db.query<{
    kind: ModerationKind;
    item_id: string;
    action: ModerationEntryRecord['action'];
    moderator_id: string | null;
    reason: string;
    at: Date;
  }>(`select kind, item_id, action, moderator_id, reason, at from moderation_actions where item_id = any($1::text[]) order by seq`, [
    records.map((r) => r.ref.id),
  ]);
  const byItem = new Map(records.map((r) => [`${r.ref.kind}:${r.ref.id}`, r]));
  for (const h of histories) {
    (byItem.get(`${h.kind}:${h.item_id}`)?.history as ModerationEntryRecord[] | undefined)?.push({
      action: h.action,
      moderatorId: h.moderator_id,
      reason: h.reason,
      at: iso(h.at),
    });
  }
  return records;
}

/** The item's state, its row locked for this transaction (made, open, when it has none): moderators take turns. */
export async function lockState(tx: Queryable, ref: ItemRef): Promise<ModerationState> {
  await tx.query(`insert into moderation_items (kind, item_id, state) values ($1, $2, 'open') on conflict do nothing`, [ref.kind, ref.id]);
  const [row] = await tx.query<{ state: ModerationState }>('select state from moderation_items where kind = $1 and item_id = $2 for update', [
    ref.kind,
    ref.id,
  ]);
  return row!.state;
}

/** Hides (a reason) or shows (null) the item itself. */
export async function setHidden(tx: Queryable, ref: ItemRef, reason: string | null): Promise<void> {
  await tx.query(`update ${ref.kind === 'kudos' ? 'kudos' : 'comments'} set hidden_reason = $2 where id = $1`, [ref.id, reason]);
}

/** Deletes the item (its reports go with it), keeping what the queue shows of it. */
export async function deleteItem(tx: Queryable, record: QueueRecord): Promise<void> {
  const { state: _s, history: _h, ...snapshot } = record;
  await tx.query('update moderation_items set deleted = $3::jsonb where kind = $1 and item_id = $2', [
    record.ref.kind,
    record.ref.id,
    JSON.stringify(snapshot),
  ]);
  await tx.query(`delete from ${record.ref.kind === 'kudos' ? 'kudos' : 'comments'} where id = $1`, [record.ref.id]);
}

/** The item's new state and the step that led there. */
export async function recordAction(
  tx: Queryable,
  ref: ItemRef,
  state: ModerationState,
  action: ModerationAction | 'auto-hide',
  moderatorId: string | null,
  reason: string,
  now: number,
): Promise<void> {
  await tx.query('update moderation_items set state = $3 where kind = $1 and item_id = $2', [ref.kind, ref.id, state]);
  await tx.query('insert into moderation_actions (kind, item_id, action, moderator_id, reason, at) values ($1, $2, $3, $4, $5, $6)', [
    ref.kind,
    ref.id,
    action,
    moderatorId,
    reason,
    new Date(now),
  ]);
}
