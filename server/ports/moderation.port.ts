import type { ModerationPort } from '../../src/adapter/moderation.port.js';
import { NotFoundError, ValidationError } from '../../src/core/errors.js';
import type { ItemRef, ModerationAction, Queue, QueueItem, QueueQuery, ReportList } from '../../src/core/moderation.js';
import { assertModerator, MODERATION_KINDS, nextState, REPORT_LIST_MAX, shouldAutoHide, validateModerationReason } from '../../src/core/moderation.rules.js';
import { peopleInQueue, selectQueue, toQueueItem } from '../../src/core/moderation.view.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Db, Queryable } from '../db/db.js';
import { listReports, loadRecord } from '../kudos.store.js';
import { recordChangedEvent, recordEvent } from '../live.js';
import * as store from '../moderation.store.js';
import { usersById } from '../people.store.js';

/*
 * The moderators' port over SQL, what edge/routes/moderation.ts runs on here, with the embedded
 * adapter's order of checks (src/adapters/memory/moderation.port.ts). An action, its effect on the
 * item and its live events share one short transaction, the item's row locked first.
 */

/** A kudos' live event after its visibility changed: walls drop or show it per viewer (live.ts's render). */
async function visibilityEvent(tx: Queryable, ref: ItemRef, kudosId: string, type: 'hidden' | 'restored' | 'updated', now: number): Promise<void> {
  const record = await loadRecord(tx, kudosId);
  // A comment's change is an update of its kudos (its comment count, what its comments show).
  if (record) await recordEvent(tx, ref.kind === 'kudos' ? type : 'updated', record, now);
}

/**
 * After a new report of `ref` (in the reporter's transaction): hides it when the reports reach
 * `threshold` and no moderator decided yet (core's shouldAutoHide). Whether it was hidden now.
 */
export async function autoHide(tx: Queryable, ref: ItemRef, kudosId: string, threshold: number, now: number): Promise<boolean> {
  if (threshold <= 0) return false;
  const state = await store.lockState(tx, ref);
  const [record] = await store.queueRecords(tx, ref);
  if (!record || !shouldAutoHide(state, record.reports.length, threshold)) return false;
  await store.setHidden(tx, ref, '');
  await store.recordAction(tx, ref, 'hidden', 'auto-hide', null, '', now);
  await visibilityEvent(tx, ref, kudosId, 'hidden', now);
  return true;
}

export class SqlModerationPort implements ModerationPort {
  constructor(
    private readonly db: Db,
    private readonly user: CurrentUser,
    private readonly now: () => number = Date.now,
  ) {}

  async listReports(): Promise<ReportList> {
    assertModerator(this.user);
    return { items: await listReports(this.db, REPORT_LIST_MAX) };
  }

  async listQueue(query: QueueQuery = {}): Promise<Queue> {
    assertModerator(this.user);
    const records = await store.queueRecords(this.db);
    const people = await usersById(this.db, peopleInQueue(records));
    return {
      items: selectQueue(
        records.map((r) => toQueueItem(r, people)),
        query,
      ),
    };
  }

  async moderate(ref: ItemRef, action: ModerationAction, reason: string): Promise<QueueItem> {
    assertModerator(this.user);
    const text = validateModerationReason(reason);
    if (!MODERATION_KINDS.includes(ref?.kind)) throw new ValidationError([{ field: 'kind', code: 'invalid', message: 'Choose kudos or comment.' }]);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const state = await store.lockState(tx, ref);
      const [record] = await store.queueRecords(tx, ref);
      if (!record) throw new NotFoundError('Nothing reported has this id.');
      const to = nextState(state, action);
      if (to === 'hidden') await store.setHidden(tx, ref, text);
      if (to === 'kept' && state === 'hidden') await store.setHidden(tx, ref, null);
      if (to === 'deleted') {
        const kudos = ref.kind === 'kudos' ? await loadRecord(tx, ref.id) : null;
        await store.deleteItem(tx, record);
        if (kudos) await recordEvent(tx, 'deleted', kudos, now);
      }
      await store.recordAction(tx, ref, to, action, this.user.id, text, now);
      if (to === 'hidden') await visibilityEvent(tx, ref, record.kudosId, 'hidden', now);
      if (to === 'kept' && state === 'hidden') await visibilityEvent(tx, ref, record.kudosId, 'restored', now);
      if (to === 'deleted' && ref.kind === 'comment') await visibilityEvent(tx, ref, record.kudosId, 'updated', now);
      await recordChangedEvent(tx, 'moderation', ref.id, now);
      const [after] = await store.queueRecords(tx, ref);
      return toQueueItem(after!, await usersById(tx, peopleInQueue([after!])));
    });
  }
}
