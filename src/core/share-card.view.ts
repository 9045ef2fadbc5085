import type { CurrentUser, Person } from './people.js';
import { toPerson } from './people.view.js';
import { ValidationError } from './errors.js';
import { SHARE_NETWORKS, type Post, type PostStatus, type ShareCounts, type ShareGuidelines, type ShareNetwork } from './share-card.domain.js';
import { isPostApprover, visibleStatus, type PostActor } from './share-card.rules.js';
import { trackedLink } from './share-card.links.js';

/*
 * A stored post → the domain `Post` for one viewer at one moment: its status from the clock
 * (visibleStatus), counts computed by the backend, sharedByMe for this viewer. Both backends map
 * their storage to a PostRecord and call this, so the card sees the same post from either.
 */

/** A post as stored: its author by id, without counts (those are the backend's tally). */
export type PostRecord = Omit<Post, 'shares' | 'clicks' | 'sharedByMe' | 'author'> & { authorId: string };

/** What a backend counted for one post: shares (each idempotency key once), people, clicks, and the viewer's own. */
export interface PostTally {
  byNetwork: Partial<Record<ShareNetwork, number>>;
  people: number;
  clicks: number;
  sharedByMe: boolean;
}

export const EMPTY_TALLY: Readonly<PostTally> = { byNetwork: {}, people: 0, clicks: 0, sharedByMe: false };

/** When a post reached (or reaches) the feed: its publish time, else its creation. The feed's order, newest first. */
export function postTime(post: Pick<PostRecord, 'publishAt' | 'createdAt'>): string {
  return post.publishAt ?? post.createdAt;
}

/**
 * Whether `viewer` may open the post at `now`: everyone a published or expired one (a shared card
 * says it expired rather than vanishing); authors their own; approvers all but others' drafts.
 */
export function canSeePost(post: Pick<PostRecord, 'status' | 'publishAt' | 'expireAt' | 'authorId'>, viewer: PostActor | undefined, now: number): boolean {
  const status = visibleStatus(post, now);
  if (status === 'published' || status === 'expired') return true;
  if (!viewer) return false;
  if (post.authorId === viewer.id) return true;
  return isPostApprover(viewer) && post.status !== 'draft';
}

/** What the share card's queue shows an author or approver (as visibleStatus says it): what waits for someone to act. */
export const QUEUE_STATUSES: readonly PostStatus[] = ['draft', 'submitted', 'returned', 'scheduled'];

/** The campaign the UTM tags name: the post, never the sharer. */
export function shareCampaign(postId: string): string {
  return postId;
}

/** The tracked link of one share: the post's own link, UTM tags, and the person's opaque `ref`. */
export function shareUrl(post: Pick<PostRecord, 'id' | 'link'>, network: ShareNetwork, ref: string): string {
  return trackedLink(post.link.url, { ref, network, campaign: shareCampaign(post.id) });
}

export function toPost(post: PostRecord, author: CurrentUser | Person | undefined, tally: PostTally, now: number): Post {
  const byNetwork: ShareCounts['byNetwork'] = {};
  let total = 0;
  for (const [network, count] of Object.entries(tally.byNetwork)) {
    if (!count) continue;
    byNetwork[network as ShareNetwork] = count;
    total += count;
  }
  return {
    id: post.id,
    title: post.title,
    captions: structuredClone(post.captions),
    image: post.image ? { ...post.image } : null,
    link: { url: post.link.url, preview: post.link.preview ? { ...post.link.preview } : null },
    locked: { disclosure: post.locked.disclosure, hashtags: [...post.locked.hashtags] },
    topic: post.topic,
    status: visibleStatus(post, now),
    publishAt: post.publishAt,
    expireAt: post.expireAt,
    captionEditable: post.captionEditable,
    shares: { byNetwork, total, people: tally.people },
    clicks: tally.clicks,
    sharedByMe: tally.sharedByMe,
    author: author && 'roles' in author ? toPerson(author, post.authorId) : author ? { ...author } : toPerson(undefined, post.authorId),
    suggested: post.suggested,
    returnComment: post.returnComment,
    createdAt: post.createdAt,
  };
}

/** Whether the post waits in the author/approver queue at `now` (rather than showing in the feed). */
export function isQueued(post: Pick<PostRecord, 'status' | 'publishAt' | 'expireAt'>, now: number): boolean {
  return QUEUE_STATUSES.includes(visibleStatus(post, now));
}

/** Why a share of this post cannot be recorded at `now` (a ConflictError's message), or null when it is published. */
export function notPublishedReason(post: Pick<PostRecord, 'status' | 'publishAt' | 'expireAt'>, now: number): string | null {
  switch (visibleStatus(post, now)) {
    case 'published':
      return null;
    case 'scheduled':
      return 'This post is not published yet.';
    case 'expired':
      return 'This post has expired and can no longer be shared.';
    default:
      return 'This post is not published.';
  }
}

/** The guidelines as one person sees them. */
export function guidelinesView(guidelines: Omit<ShareGuidelines, 'acceptedByMe'>, acceptedVersion: string | null): ShareGuidelines {
  const { title, body, version, mustAccept } = guidelines;
  return { title, body, version, mustAccept, acceptedByMe: acceptedVersion === version };
}

/** Whether this person must accept the current guidelines before a share is recorded. */
export function needsAcceptance(guidelines: Pick<ShareGuidelines, 'version' | 'mustAccept'>, acceptedVersion: string | null): boolean {
  return guidelines.mustAccept && acceptedVersion !== guidelines.version;
}

/** A network the card knows, else a ValidationError (the contract's enum says the same on the wire). */
export function validNetwork(network: unknown): ShareNetwork {
  if (!SHARE_NETWORKS.includes(network as ShareNetwork))
    throw new ValidationError([{ field: 'network', code: 'invalid', message: 'Choose a network to share to.' }]);
  return network as ShareNetwork;
}
