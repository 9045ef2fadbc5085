import type { Person } from './people.js';

/** A company value a kudos can be tagged with ("Customer first"). */
export interface CompanyValue {
  id: string;
  label: string;
  /** A single emoji shown beside the label. */
  emoji?: string;
  /** Short description shown as a hint in the composer. */
  description?: string;
}

export type KudosVisibility = 'public' | 'private';

export interface KudosImage {
  url: string;
  /** Required: an image without alt text is refused. */
  alt: string;
}

export interface ReactionSummary {
  emoji: string;
  count: number;
  /** Whether the current user is one of the reactors. */
  mine: boolean;
  /** Up to a few people who reacted, newest first, for the "who reacted" hint. */
  people: Pick<Person, 'id' | 'name'>[];
}

export interface KudosComment {
  id: string;
  kudosId: string;
  author: Person;
  message: string;
  createdAt: string;
  /** Whether the current user has already reported it. */
  reportedByMe?: boolean;
  /** Present while it is hidden (seen by its author and moderators only), as on `Kudos`. */
  hidden?: { reason: string };
}

export interface Kudos {
  id: string;
  author: Person;
  recipients: Person[];
  message: string;
  valueId: string | null;
  image: KudosImage | null;
  /** Private kudos are seen only by the author, the recipients and moderators. */
  visibility: KudosVisibility;
  /** ISO 8601 timestamp. */
  createdAt: string;
  reactions: ReactionSummary[];
  commentCount: number;
  /** Whether the current user has already reported it. */
  reportedByMe: boolean;
  /**
   * Present while it is hidden (then only its author and moderators see it): the moderator's
   * reason, empty when enough reports hid it until a moderator looks.
   */
  hidden?: { reason: string };
}

/** What a user submits to give kudos. */
export interface KudosDraft {
  recipientIds: string[];
  message: string;
  valueId: string | null;
  image: KudosImage | null;
  visibility: KudosVisibility;
}

export interface KudosFilter {
  valueId?: string;
  teamId?: string;
  /** Kudos given to or by this person. */
  personId?: string;
}

export interface KudosQuery {
  filter?: KudosFilter;
  cursor?: string | null;
  limit?: number;
}

/** Rules of a kudos instance; the adapter enforces them, the widget shows them. */
export interface KudosConfig {
  values: CompanyValue[];
  /** Emoji offered as reactions. */
  reactions: string[];
  /** Limits counted in graphemes (what a user sees as characters). */
  messageMin: number;
  messageMax: number;
  commentMax: number;
  maxRecipients: number;
  /** Whether the backend requires a company value on every kudos. */
  requireValue: boolean;
}
