import type { Page } from '../core/people.js';
import type { Post, PostQuery, ShareGuidelines, ShareLink, ShareNetwork } from '../core/share-card.js';
import type { CallOptions, CreateOptions } from './port.js';

/**
 * What <chorus-share-card> (and the share feed) need from a backend. Every call takes an AbortSignal
 * and throws ChorusError subclasses.
 */
export interface ShareCardPort {
  /** The posts visible now (published, not expired), newest first; with filter.queue, the author/approver queue (403 for others). */
  listPosts(query: PostQuery, options?: CallOptions): Promise<Page<Post>>;
  /** One post as this user sees it (sharedByMe, counts); NotFoundError for an unknown id or one not visible to them. */
  getPost(postId: string, options?: CallOptions): Promise<Post>;
  /** The company's sharing guidelines and whether this user accepted the current version. */
  getGuidelines(options?: CallOptions): Promise<ShareGuidelines>;
  /** Accepts the given version (ConflictError when it is no longer the current one). */
  acceptGuidelines(version: string, options?: CallOptions): Promise<ShareGuidelines>;
  /** This user's tracked link for the post and network: UTM tags and an opaque per-person reference (never a name, e-mail or user id). Stable per person + post. */
  getShareLink(postId: string, network: ShareNetwork, options?: CallOptions): Promise<ShareLink>;
  /**
   * Records one share; the same idempotency key counts once. Returns the post with new counts and
   * sharedByMe = true. ForbiddenError when the guidelines must be accepted first; ConflictError when
   * the post is not published (scheduled, expired, archived).
   */
  recordShare(postId: string, network: ShareNetwork, options: CreateOptions): Promise<Post>;
}

/**
 * What the click-counting redirect (`GET /share/r/{ref}`) needs from a backend: the reference
 * server and the mock, never a widget. Made as nobody: it knows the reference only.
 */
export interface ShareClickPort {
  /** Counts one click on `ref` (storing no IP, user agent or clicker) and gives the post's own link; NotFoundError for an unknown ref. */
  followShareRef(ref: string, options?: CallOptions): Promise<string>;
}

// Adds the port to ChorusAdapter (interface merging, as HTMLElementTagNameMap is extended per tag).
declare module './port.js' {
  interface ChorusAdapter {
    readonly shareCard?: ShareCardPort;
  }
}
