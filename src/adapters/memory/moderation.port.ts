import type { ModerationPort } from '../../adapter/moderation.port.js';
import type { CallOptions } from '../../adapter/port.js';
import { NotFoundError } from '../../core/errors.js';
import type { ItemRef, ModerationAction, Queue, QueueItem, QueueQuery, Report, ReportList } from '../../core/moderation.js';
import { assertModerator, nextState, REPORT_LIST_MAX, shouldAutoHide, validateModerationReason } from '../../core/moderation.rules.js';
import { selectQueue, toQueueItem, type QueueRecord } from '../../core/moderation.view.js';
import { peek } from './draft.js';
import type { MemoryRuntime } from './runtime.js';
import { moderationKey, peopleById, type MemoryState, type StoredComment, type StoredKudos, type StoredModeration } from './state.js';

/**
 * Every kudos' reports, in the server's order (`order by created_at desc, kudos_id`; the
 * reporter breaks what SQL leaves open), so both backends list the seeded reports alike.
 */
export function reportsNewestFirst(kudos: readonly StoredKudos[], limit = REPORT_LIST_MAX): Report[] {
  const all = kudos.flatMap((k) => k.reports.map((r) => ({ kudosId: k.id, personId: r.personId, reason: r.reason, reportedAt: r.createdAt })));
  const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  all.sort((a, b) => before(b.reportedAt, a.reportedAt) || before(a.kudosId, b.kudosId) || before(a.personId, b.personId));
  return all.slice(0, limit).map(({ kudosId, reason, reportedAt }) => ({ kudosId, reason, reportedAt }));
}

/** A reported item where it is stored: the kudos, or the comment and the kudos it is on. */
interface Found {
  kudos: StoredKudos;
  comment: StoredComment | null;
}

function find(state: MemoryState, ref: ItemRef): Found | null {
  // Read without a draft per kudos (peek); inside a write, only the kudos found gets one.
  const all = peek(state.kudos);
  for (let i = 0; i < all.length; i++) {
    const k = all[i]!;
    if (ref.kind === 'kudos') {
      if (k.id === ref.id) return { kudos: state.kudos[i]!, comment: null };
    } else {
      const at = k.comments.findIndex((c) => c.id === ref.id);
      if (at >= 0) {
        const kudos = state.kudos[i]!;
        return { kudos, comment: kudos.comments[at]! };
      }
    }
  }
  return null;
}

/** The queue's record of an item still stored; null when nobody reported it. */
function recordOf({ kudos, comment }: Found, entry: StoredModeration | undefined): QueueRecord | null {
  const item = comment ?? kudos;
  const reports = item.reports ?? [];
  if (!reports.length && !entry) return null;
  return {
    ref: comment ? { kind: 'comment', id: comment.id } : { kind: 'kudos', id: kudos.id },
    kudosId: kudos.id,
    text: item.message,
    authorId: item.authorId,
    recipientIds: comment ? [] : kudos.recipientIds,
    createdAt: item.createdAt,
    reports: reports.map((r) => ({ reason: r.reason, reportedAt: r.createdAt })),
    state: entry?.state ?? 'open',
    history: entry?.history ?? [],
  };
}

/** Every item in the queue: reported kudos and comments, and the deleted ones' records. */
function queueRecords(state: MemoryState): QueueRecord[] {
  const records: QueueRecord[] = [];
  for (const kudos of state.kudos) {
    const own = recordOf({ kudos, comment: null }, state.moderation[moderationKey('kudos', kudos.id)]);
    if (own) records.push(own);
    for (const comment of kudos.comments) {
      const record = recordOf({ kudos, comment }, state.moderation[moderationKey('comment', comment.id)]);
      if (record) records.push(record);
    }
  }
  for (const entry of Object.values(state.moderation)) {
    if (entry.deleted) records.push({ ...entry.deleted, state: entry.state, history: entry.history });
  }
  return records;
}

/**
 * After a new report of `ref` (in a write): hides the item when the reports reach `threshold` and
 * no moderator has decided about it yet (core's shouldAutoHide), recording that in its history.
 */
export function autoHide(next: MemoryState, ref: ItemRef, threshold: number, now: number): void {
  const found = find(next, ref);
  if (!found) return;
  const item = found.comment ?? found.kudos;
  const key = moderationKey(ref.kind, ref.id);
  const entry = next.moderation[key];
  if (!shouldAutoHide(entry?.state ?? 'open', item.reports?.length ?? 0, threshold)) return;
  item.hiddenReason = '';
  const step = { action: 'auto-hide' as const, moderatorId: null, reason: '', at: new Date(now).toISOString() };
  next.moderation[key] = { kind: ref.kind, id: ref.id, state: 'hidden', history: [...(entry?.history ?? []), step] };
}

/** The moderators' port of the embedded adapter: the queue gathered from the kudos, the decisions kept beside them. */
export class MemoryModerationPort implements ModerationPort {
  constructor(private readonly rt: MemoryRuntime) {}

  async listReports(options?: CallOptions): Promise<ReportList> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    assertModerator(this.rt.viewer(state));
    return { items: reportsNewestFirst(state.kudos) };
  }

  async listQueue(query: QueueQuery = {}, options?: CallOptions): Promise<Queue> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    assertModerator(this.rt.viewer(state));
    const people = peopleById(state);
    return {
      items: selectQueue(
        queueRecords(state).map((r) => toQueueItem(r, people)),
        query,
      ),
    };
  }

  async moderate(ref: ItemRef, action: ModerationAction, reason: string, options?: CallOptions): Promise<QueueItem> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const moderator = this.rt.viewer(state);
    assertModerator(moderator);
    const text = validateModerationReason(reason);
    const key = moderationKey(ref?.kind, ref?.id);
    const current = this.item(state, key, ref);
    const to = nextState(current.state, action);
    const at = new Date(this.rt.now()).toISOString();
    this.rt.store.mutate((next) => {
      const found = find(next, ref);
      const entry = next.moderation[key];
      const history = [...(entry?.history ?? []), { action, moderatorId: moderator.id, reason: text, at }];
      let deleted = entry?.deleted;
      if (found) {
        const item = found.comment ?? found.kudos;
        if (to === 'hidden') item.hiddenReason = text;
        else if (to === 'kept') item.hiddenReason = null;
        else if (to === 'deleted') {
          const { state: _s, history: _h, ...record } = recordOf(found, entry)!;
          deleted = record;
          if (found.comment) found.kudos.comments = found.kudos.comments.filter((c) => c.id !== ref.id);
          else next.kudos = peek(next.kudos).filter((k) => k.id !== ref.id);
        }
      }
      next.moderation[key] = { kind: ref.kind, id: ref.id, state: to, history, ...(deleted ? { deleted } : {}) };
    });
    return this.item(this.rt.store.read(), key, ref);
  }

  /** The queue item of `ref`; NotFoundError when it is not in the queue. */
  private item(state: MemoryState, key: string, ref: ItemRef): QueueItem {
    const entry = state.moderation[key];
    const found = ref && (ref.kind === 'kudos' || ref.kind === 'comment') ? find(state, ref) : null;
    const record = found ? recordOf(found, entry) : entry?.deleted ? { ...entry.deleted, state: entry.state, history: entry.history } : null;
    if (!record) throw new NotFoundError('Nothing reported has this id.');
    return toQueueItem(record, peopleById(state));
  }
}
