import type { Person } from './people.js';

/*
 * The shareable-post card's domain: a pre-approved post employees share to their own networks.
 * Plain data (no Lit, no DOM), the same over the wire, in the embedded adapter and on the server.
 */

/** Where a post can be shared: five networks, the device's share sheet, or a copied link. */
export type ShareNetwork = 'linkedin' | 'x' | 'facebook' | 'teams' | 'email' | 'native' | 'copy';

export const SHARE_NETWORKS: readonly ShareNetwork[] = ['linkedin', 'x', 'facebook', 'teams', 'email', 'native', 'copy'];

/**
 * A post's life: authors write drafts and submit them, employees' suggestions arrive submitted,
 * approvers approve, return (with a comment), schedule or archive. `published` and `expired` are
 * what a scheduled or approved post shows at a given time (see `visibleStatus`).
 */
export type PostStatus = 'draft' | 'submitted' | 'approved' | 'scheduled' | 'published' | 'expired' | 'archived' | 'returned';

/** The roles the share card adds to the directory's (`admin` may do everything). */
export type ShareRole = 'post-author' | 'post-approver';

export interface PostImage {
  /** http(s) only: the card never renders another scheme. */
  url: string;
  /** Required whenever there is an image. */
  alt: string;
}

/** The preview the backend fetched for the link (never fetched by the browser). */
export interface LinkPreview {
  title: string;
  /** The site's name or host, e.g. "contoso.com". */
  site: string;
  imageUrl: string | null;
}

export interface PostLink {
  url: string;
  preview: LinkPreview | null;
}

/**
 * Parts of the caption a sharer cannot remove: a disclosure ("#employee", required by advertising
 * rules for employees talking about their employer) and hashtags the comms team requires.
 */
export interface LockedParts {
  disclosure: string | null;
  /** Each with its leading '#'. */
  hashtags: string[];
}

/** Caption variants: `default` for any network without its own (e.g. X needs a shorter one). */
export type Captions = { default: string } & Partial<Record<ShareNetwork, string>>;

export interface ShareCounts {
  /** Shares per network (a share retried by the adapter counts once). */
  byNetwork: Partial<Record<ShareNetwork, number>>;
  total: number;
  /** Colleagues who shared it at least once. */
  people: number;
}

export interface Post {
  id: string;
  title: string;
  captions: Captions;
  image: PostImage | null;
  link: PostLink;
  locked: LockedParts;
  topic: string | null;
  status: PostStatus;
  /** ISO 8601; a scheduled post shows from `publishAt` and stops at `expireAt`. */
  publishAt: string | null;
  expireAt: string | null;
  /** Whether sharers may edit the caption (locked parts stay either way). */
  captionEditable: boolean;
  shares: ShareCounts;
  /** Clicks on the tracked links; never who clicked. */
  clicks: number;
  sharedByMe: boolean;
  author: Person;
  /** True for an employee's suggestion rather than a comms post. */
  suggested: boolean;
  /** The approver's comment when returned. */
  returnComment: string | null;
  createdAt: string;
}

/** What an author writes (or edits) before submitting. */
export interface PostDraft {
  title: string;
  captions: Captions;
  image: PostImage | null;
  link: { url: string };
  locked: LockedParts;
  topic: string | null;
  publishAt: string | null;
  expireAt: string | null;
  captionEditable: boolean;
}

/** An employee suggesting a link for the comms team; it waits for approval. */
export interface Suggestion {
  url: string;
  /** Why colleagues should share it. */
  note: string;
}

/**
 * A publishing step on a post (see `transition` in share-card.rules.ts): authors submit; approvers
 * approve (publishing now, or at the publish time already set), return with a comment, schedule
 * (publish at, expire at) and archive.
 */
export type PostActionRequest =
  { action: 'submit' | 'approve' | 'archive' } | { action: 'return'; comment: string } | { action: 'schedule'; publishAt: string; expireAt?: string | null };

/** One recorded share. `key` makes a retried record count once. */
export interface ShareRecord {
  postId: string;
  network: ShareNetwork;
  /** The adapter's idempotency key for this click. */
  key: string;
  sharedAt: string;
}

/** The sharer's tracking reference: opaque, per employee and post, never a name or id. */
export interface ShareRef {
  postId: string;
  ref: string;
}

/** The company's guidelines, one click away; accepted once per person when `mustAccept`. */
export interface ShareGuidelines {
  title: string;
  /** Plain text (rendered as text, never HTML). */
  body: string;
  /** Changes when the text does, so a new version asks for acceptance again. */
  version: string;
  mustAccept: boolean;
  acceptedByMe: boolean;
}

export interface PostFilter {
  topic?: string;
  /** The author/approver queue: drafts, submitted posts and suggestions. */
  queue?: boolean;
}
