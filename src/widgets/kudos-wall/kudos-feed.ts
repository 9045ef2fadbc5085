import type { Kudos, KudosDraft, KudosFilter } from '../../core/kudos.js';
import type { KudosLiveEvent } from '../../core/live.js';
import type { CurrentUser, Page, Person } from '../../core/people.js';

/** A kudos on the wall, with view-only flags the backend never sees. */
export interface FeedItem extends Kudos {
  /** Optimistic: shown before the backend confirmed it. */
  pending?: boolean;
  /** Arrived live from someone else; highlighted briefly. */
  fresh?: boolean;
}

/** What `remove` hands back so a failed optimistic change can be undone in place. */
export interface Removed {
  item: FeedItem;
  index: number;
}

/**
 * The wall's list: ordered newest first, paged by cursor, with the in-place edits that optimistic
 * updates and live events need. Plain data, no rendering, so its rules are easy to follow.
 */
export class KudosFeed {
  items: FeedItem[] = [];
  cursor: string | null = null;
  loaded = false;

  get done(): boolean {
    return this.loaded && this.cursor === null;
  }

  reset(): void {
    this.items = [];
    this.cursor = null;
    this.loaded = false;
  }

  /** Adds a page at the end, skipping any kudos already shown (a live one may have arrived first). */
  appendPage(page: Page<Kudos>): void {
    const seen = new Set(this.items.map((k) => k.id));
    this.items = [...this.items, ...page.items.filter((k) => !seen.has(k.id))];
    this.cursor = page.nextCursor;
    this.loaded = true;
  }

  /** Puts a kudos on top unless it is already there (then it is updated in place). */
  prepend(kudos: FeedItem): void {
    if (this.has(kudos.id)) this.replace(kudos.id, kudos);
    else this.items = [kudos, ...this.items];
  }

  has(id: string): boolean {
    return this.items.some((k) => k.id === id);
  }

  get(id: string): FeedItem | undefined {
    return this.items.find((k) => k.id === id);
  }

  /** Replaces the item with `id`; if `kudos` has another id already shown, that copy is dropped. */
  replace(id: string, kudos: FeedItem): void {
    const items = this.items.filter((k) => k.id === id || k.id !== kudos.id);
    this.items = items.map((k) => (k.id === id ? kudos : k));
  }

  remove(id: string): Removed | undefined {
    const index = this.items.findIndex((k) => k.id === id);
    if (index < 0) return undefined;
    const item = this.items[index]!;
    this.items = this.items.filter((k) => k.id !== id);
    return { item, index };
  }

  /**
   * Applies a live event for a wall with `filter`, seen by `meId`; returns a kudos someone else just
   * gave (to announce), or null.
   */
  applyLive(event: KudosLiveEvent, filter: KudosFilter, meId: string | undefined): Kudos | null {
    if (event.type === 'reset') {
      // The wall reloads its first page (resync); nothing to apply here.
    } else if (event.type === 'deleted') {
      this.remove(event.id);
    } else if (event.type === 'updated') {
      const current = this.get(event.kudos.id);
      if (current) this.replace(current.id, { ...event.kudos, fresh: current.fresh });
    } else if (!this.has(event.kudos.id) && matchesFilter(event.kudos, filter)) {
      const mine = event.kudos.author.id === meId;
      // Our own kudos arrive live too while the give call is still in flight; the pending card stands for it.
      if (mine && this.items.some((k) => k.pending)) return null;
      const item = { ...event.kudos, fresh: !mine };
      // Where it belongs in time (a kudos as new as the newest shown, in any order, is news).
      const at = this.items.findIndex((k) => !k.pending && k.createdAt <= event.kudos.createdAt);
      const top = this.items.findIndex((k) => !k.pending);
      if (top < 0 || at === top) {
        this.prepend(item);
        return mine ? null : event.kudos;
      }
      // An older kudos coming back (a moderator restored it) takes its place in time, or waits for
      // its page; it is not news.
      if (at > 0) this.insertAt(at, item);
      else if (this.cursor === null) this.insertAt(this.items.length, item);
    }
    return null;
  }

  private insertAt(index: number, kudos: FeedItem): void {
    const items = [...this.items];
    items.splice(index, 0, kudos);
    this.items = items;
  }

  restore({ item, index }: Removed): void {
    if (this.has(item.id)) return;
    const items = [...this.items];
    items.splice(Math.min(index, items.length), 0, item);
    this.items = items;
  }
}

/** The card shown while kudos are being sent, as the backend is expected to return them. */
export function pendingItem(id: string, draft: KudosDraft, recipients: Person[], user: CurrentUser | null | undefined): FeedItem {
  return {
    id,
    author: user ?? { id: 'me', name: '', teamId: '', roles: [] },
    recipients,
    message: draft.message,
    valueId: draft.valueId,
    image: draft.image,
    visibility: draft.visibility,
    createdAt: new Date().toISOString(),
    reactions: [],
    commentCount: 0,
    reportedByMe: false,
    pending: true,
  };
}

/** Whether a kudos belongs on a wall with this filter (for kudos arriving live). */
export function matchesFilter(kudos: Kudos, filter: KudosFilter): boolean {
  const people = [kudos.author, ...kudos.recipients];
  if (filter.valueId && kudos.valueId !== filter.valueId) return false;
  if (filter.teamId && !people.some((p) => p.teamId === filter.teamId)) return false;
  if (filter.personId && !people.some((p) => p.id === filter.personId)) return false;
  return true;
}

/** The kudos with the current user's reaction toggled, as the backend will return it. */
export function withReaction(kudos: Kudos, emoji: string, active: boolean, me: { id: string; name: string }): Kudos {
  const existing = kudos.reactions.find((r) => r.emoji === emoji);
  if (existing && existing.mine === active) return kudos;
  let reactions = kudos.reactions.map((r) =>
    r.emoji !== emoji
      ? r
      : {
          ...r,
          mine: active,
          count: r.count + (active ? 1 : -1),
          people: active ? [{ id: me.id, name: me.name }, ...r.people] : r.people.filter((p) => p.id !== me.id),
        },
  );
  if (!existing && active) reactions = [...reactions, { emoji, count: 1, mine: true, people: [{ id: me.id, name: me.name }] }];
  return { ...kudos, reactions: reactions.filter((r) => r.count > 0) };
}
