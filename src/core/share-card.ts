/*
 * The domain of <chorus-share-card> (and the share feed): plain types, no Lit, shared by the elements,
 * both adapters and the server. The types live in share-card.domain.ts; the counting, captions, links
 * and rules in their own files (share-card.count/caption/links/rules.ts), pure functions both backends call.
 */
import type { PostFilter, ShareNetwork } from './share-card.domain.js';

export type {
  Captions,
  LinkPreview,
  LockedParts,
  Post,
  PostDraft,
  PostFilter,
  PostImage,
  PostActionRequest,
  PostLink,
  PostStatus,
  ShareCounts,
  ShareGuidelines,
  ShareNetwork,
  ShareRecord,
  ShareRef,
  ShareRole,
  Suggestion,
} from './share-card.domain.js';
export { SHARE_NETWORKS } from './share-card.domain.js';

/** A page of posts for the feed: newest first. */
export interface PostQuery {
  filter?: PostFilter;
  cursor?: string;
  limit?: number;
}

/** What the card needs to share a post as this user: the tracked link for each network. */
export interface ShareLink {
  postId: string;
  network: ShareNetwork;
  /** `trackedLink(post.link.url, { ref, network, campaign })`: UTM tags and the opaque per-person `ref`. */
  url: string;
}
