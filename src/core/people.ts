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

export type Role = 'admin' | 'moderator' | 'poll-author' | 'feedback-recipient';

/** The signed-in user as the backend sees them. */
export interface CurrentUser extends Person {
  roles: Role[];
}

/** One page of a cursor-paged list. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
