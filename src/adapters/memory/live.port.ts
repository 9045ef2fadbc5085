import { LiveListeners } from '../../adapter/live-listeners.js';
import type { LivePort } from '../../adapter/port.js';
import type {
  FeedbackLiveEvent,
  KudosLiveEvent,
  LiveEvent,
  LiveEventOf,
  LiveTopic,
  ModerationLiveEvent,
  PollLiveEvent,
  ShareLiveEvent,
} from '../../core/live.js';
import { deliveredThread } from '../../core/feedback.rules.js';
import { canSee } from './kudos.rules.js';
import { viewContext, viewKudos } from './kudos.view.js';
import type { MemoryState, StoredKudos } from './state.js';

/** Subscribers of one adapter instance: the widgets on this page that use it. */
export class MemoryLivePort implements LivePort {
  private readonly listeners = new LiveListeners();

  subscribe<T extends LiveTopic>(topic: T, listener: (event: LiveEventOf<T>) => void): () => void {
    return this.listeners.add(topic, listener);
  }

  /** Whether anyone listens on `topic`, so changes need no diffing when nobody does. */
  has(topic: LiveTopic): boolean {
    return this.listeners.has(topic);
  }

  publish(events: readonly LiveEvent[]): void {
    for (const event of events) this.listeners.deliver(event);
  }

  clear(): void {
    this.listeners.clear();
  }
}

/**
 * What changed between two states, as `viewerId` sees it: kudos they cannot see are not
 * announced, and `mine` / `reportedByMe` are theirs. A change invisible to them (someone else's
 * report) produces no event. Created kudos come oldest first, so a wall prepending them ends
 * with the newest on top.
 */
export function kudosEvents(prev: MemoryState, next: MemoryState, reactions: readonly string[], viewerId: string): KudosLiveEvent[] {
  // A write shares every record it did not touch with the previous state (draft.ts), and kudos
  // keep their order (newest first), so only the stretch between the identical head and the
  // identical tail of the two lists can differ: a few kudos after a write, all after another tab's.
  const a = prev.kudos;
  const b = next.kudos;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  if (head === tailA && head === tailB) return [];
  const before = viewContext(prev, reactions, viewerId);
  const after = viewContext(next, reactions, viewerId);
  const old = new Map(a.slice(head, tailA).map((k) => [k.id, k]));
  const changed = b.slice(head, tailB);
  const events: KudosLiveEvent[] = [];
  const same = (x: StoredKudos, y: StoredKudos) => JSON.stringify(x) === JSON.stringify(y);

  for (let i = changed.length - 1; i >= 0; i--) {
    const kudos = changed[i]!;
    const was = old.get(kudos.id);
    if (!canSee(kudos, after.viewer)) {
      // Hidden by a moderator (or by reports): it goes from the walls of those who saw it.
      if (was && canSee(was, before.viewer)) events.push({ topic: 'kudos', type: 'deleted', id: kudos.id });
      continue;
    }
    if (was && same(was, kudos)) continue;
    const view = viewKudos(kudos, after);
    if (!was || !canSee(was, before.viewer)) events.push({ topic: 'kudos', type: 'created', kudos: view });
    else if (JSON.stringify(viewKudos(was, before)) !== JSON.stringify(view)) events.push({ topic: 'kudos', type: 'updated', kudos: view });
  }
  const kept = new Set(changed.map((k) => k.id));
  let everywhere: Set<string> | undefined;
  for (const kudos of old.values()) {
    if (kept.has(kudos.id)) continue;
    // Kudos never move, but a list from elsewhere is checked whole rather than trusted.
    everywhere ??= new Set(b.map((k) => k.id));
    if (!everywhere.has(kudos.id) && canSee(kudos, before.viewer)) events.push({ topic: 'kudos', type: 'deleted', id: kudos.id });
  }
  return events;
}

/** What the moderation queue shows of a state: the decisions, and every reported kudos' and comment's reports and visibility. */
function moderationFingerprint(state: MemoryState): string {
  const parts: string[] = [];
  for (const k of state.kudos) {
    const comments = k.comments.filter((c) => c.reports?.length);
    if (k.reports.length || comments.length) {
      parts.push(
        `${k.id}:${k.reports.length}:${k.hiddenReason ?? '-'}:${comments.map((c) => `${c.id}:${c.reports!.length}:${c.hiddenReason ?? '-'}`).join(',')}`,
      );
    }
  }
  return parts.join('|');
}

/** One `changed` event when something was reported or moderated (for moderators only: the adapter checks). */
export function moderationEvents(prev: MemoryState, next: MemoryState): ModerationLiveEvent[] {
  if (prev.moderation === next.moderation && prev.kudos === next.kudos) return [];
  if (prev.moderation === next.moderation && moderationFingerprint(prev) === moderationFingerprint(next)) return [];
  return [{ topic: 'moderation', type: 'changed' }];
}

/**
 * Polls whose stored record changed between two states (a vote, an approval, a close, a new poll).
 * The event names only the poll: results depend on the viewer, so subscribers refetch it.
 */
export function pollEvents(prev: MemoryState, next: MemoryState): PollLiveEvent[] {
  const old = new Map(prev.polls.map((p) => [p.id, JSON.stringify(p)]));
  const events: PollLiveEvent[] = [];
  for (const poll of next.polls) {
    if (old.get(poll.id) !== JSON.stringify(poll)) events.push({ topic: 'poll', type: 'changed', pollId: poll.id });
    old.delete(poll.id);
  }
  // Gone (a reset to the seed): subscribers refetch and learn it no longer exists.
  for (const pollId of old.keys()) events.push({ topic: 'poll', type: 'changed', pollId });
  return events;
}

/** What the share card shows of each post in a state: the post itself, its shares and its clicks. */
function shareFingerprints(state: MemoryState): Map<string, string> {
  const shares = new Map<string, number>();
  for (const share of state.share.shares) shares.set(share.postId, (shares.get(share.postId) ?? 0) + 1);
  const postOfRef = new Map(state.share.refs.map((r) => [r.ref, r.postId]));
  const clicks = new Map<string, number>();
  for (const click of state.share.clicks) {
    const postId = postOfRef.get(click.ref);
    if (postId) clicks.set(postId, (clicks.get(postId) ?? 0) + 1);
  }
  return new Map(state.share.posts.map((p) => [p.id, `${JSON.stringify(p)}|${shares.get(p.id) ?? 0}|${clicks.get(p.id) ?? 0}`]));
}

/**
 * Posts whose record, shares or clicks changed between two states (a recorded share, later a
 * publishing step). The event names only the post: sharedByMe depends on the viewer, so
 * subscribers refetch it. A new reference or an accepted guideline changes no post: no event.
 */
export function shareEvents(prev: MemoryState, next: MemoryState): ShareLiveEvent[] {
  const old = shareFingerprints(prev);
  const events: ShareLiveEvent[] = [];
  for (const [postId, print] of shareFingerprints(next)) {
    if (old.get(postId) !== print) events.push({ topic: 'share', type: 'changed', postId });
    old.delete(postId);
  }
  for (const postId of old.keys()) events.push({ topic: 'share', type: 'changed', postId });
  return events;
}

/**
 * Inbox threads that arrived or changed between two states as recipients see them under `cutoff`
 * (deliveryCutoff): a sender's message still held changes nothing yet. Only for a recipient.
 */
export function feedbackEvents(prev: MemoryState, next: MemoryState, cutoff: string | null, recipient: boolean): FeedbackLiveEvent[] {
  if (!recipient || prev.feedback === next.feedback) return [];
  const seen = (thread: MemoryState['feedback'][number]) => {
    const shown = deliveredThread(thread, cutoff);
    return shown ? JSON.stringify({ ...shown, tokenHash: '' }) : null;
  };
  const old = new Map(prev.feedback.map((t) => [t.id, t]));
  const events: FeedbackLiveEvent[] = [];
  for (const thread of next.feedback) {
    const was = old.get(thread.id);
    if (was === thread) continue;
    const now = seen(thread);
    if (now !== null && now !== (was ? seen(was) : null)) events.push({ topic: 'feedback', type: 'changed', threadId: thread.id });
  }
  return events;
}
