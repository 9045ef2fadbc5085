import type { Page } from '../core/people.js';
import type { Post, PostActionRequest, PostDraft, PostQuery, ShareGuidelines, ShareLink, ShareNetwork, Suggestion } from '../core/share-card.js';
import type { CallOptions, CreateOptions } from './port.js';

/**
 * What <chorus-share-card> (and the share feed) need from a backend. Every call takes an AbortSignal
 * and throws ChorusError subclasses.
 */
export interface ShareCardPort extends PostPublishingPort {
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

/** Publishing, for authors, approvers and suggesting employees; the rules are core's (share-card.rules.ts: validatePostDraft, canEdit, transition). */
export interface PostPublishingPort {
  /** A new draft by a `post-author` (ForbiddenError for others; ValidationError with every field at fault). The same key creates once. */
  createPost(draft: PostDraft, options: CreateOptions): Promise<Post>;
  /** Replaces a post's content where `canEdit` allows (its author's draft or returned post; an approver's waiting one), keeping its status. */
  updatePost(postId: string, draft: PostDraft, options?: CallOptions): Promise<Post>;
  /** Any employee suggests a link with a note; it waits in the queue, submitted and `suggested`, for an approver. The same key suggests once. */
  suggestPost(suggestion: Suggestion, options: CreateOptions): Promise<Post>;
  /**
   * One publishing step (`transition`): ForbiddenError when it is not this user's to take,
   * ConflictError when the post's status no longer allows it (someone acted first), ValidationError
   * for a return without a comment or bad dates. Subscribers of the `share` topic hear of it.
   */
  actOnPost(postId: string, request: PostActionRequest, options?: CallOptions): Promise<Post>;
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
