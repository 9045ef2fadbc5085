/** A colleague as widgets show them. Plain data: safe to serialize and to send over the wire. */
export interface Person {
  id: string;
  name: string;
  /** Job title, shown as secondary text. */
  title?: string;
  teamId: string;
  /** Photo URL; widgets fall back to initials when absent or broken. */
  avatarUrl?: string;
}

export interface Team {
  id: string;
  name: string;
}

/** `post-author` writes shareable posts, `post-approver` approves and schedules them (share-card.rules.ts). */
export type Role = 'admin' | 'moderator' | 'poll-author' | 'feedback-recipient' | 'post-author' | 'post-approver' | 'insights';

/** The signed-in user as the backend sees them. */
export interface CurrentUser extends Person {
  roles: Role[];
}

/** One page of a cursor-paged list. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
