import type { CallOptions, CreateOptions } from '../../adapter/port.js';
import type { ShareCardPort, ShareClickPort } from '../../adapter/share-card.port.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.js';
import type { Page } from '../../core/people.js';
import type { Post, PostActionRequest, PostDraft, PostQuery, ShareGuidelines, ShareLink, ShareNetwork, Suggestion } from '../../core/share-card.js';
import * as view from '../../core/share-card.view.js';
import { canEdit, isPostApprover, isPostAuthor, suggestionDraft, applyAction, validatePostDraft, visibleStatus } from '../../core/share-card.rules.js';
import { newShareRef, randomId } from '../../core/secret.js';
import { compareNewestFirst } from '../../core/order.js';
import { forgetOldKeys } from './idempotency.js';
import { pageNewestFirst } from './paging.js';
import { peopleById, type MemoryState, type StoredPost } from './state.js';
import type { MemoryRuntime } from './runtime.js';

/** Counts for one post: every stored record once (a retried key never stored a second), distinct people, clicks on its refs. */
function tally(state: MemoryState, postId: string, viewerId: string): view.PostTally {
  const byNetwork: view.PostTally['byNetwork'] = {};
  const people = new Set<string>();
  for (const share of state.share.shares) {
    if (share.postId !== postId) continue;
    byNetwork[share.network] = (byNetwork[share.network] ?? 0) + 1;
    people.add(share.personId);
  }
  const refs = new Set(state.share.refs.filter((r) => r.postId === postId).map((r) => r.ref));
  const clicks = state.share.clicks.filter((c) => refs.has(c.ref)).length;
  return { byNetwork, people: people.size, clicks, sharedByMe: people.has(viewerId) };
}

/** A page of posts newest first by the time they reached the feed (the stored order). */
function postPage(posts: readonly StoredPost[], query: PostQuery, keep: (post: StoredPost) => boolean): Page<StoredPost> {
  // A post reaches the feed at its publish time, so the stored order (by creation) is not the feed's.
  const keyed = posts.map((post) => ({ createdAt: view.postTime(post), id: post.id, post })).sort(compareNewestFirst);
  const page = pageNewestFirst(keyed, query, (item) => keep(item.post) && (!query.filter?.topic || item.post.topic === query.filter.topic));
  return { items: page.items.map((item) => item.post), nextCursor: page.nextCursor };
}

function findPost(state: MemoryState, postId: string): StoredPost | undefined {
  return state.share.posts.find((p) => p.id === postId);
}

/** The embedded backend of <chorus-share-card>: posts, guidelines, per-person refs and shares in the adapter's state. */
export class MemoryShareCardPort implements ShareCardPort, ShareClickPort {
  constructor(private readonly rt: MemoryRuntime) {}

  /** The post if the current user may see it, else NotFoundError (an unknown post and a hidden one look alike). */
  private visible(state: MemoryState, postId: string): StoredPost {
    const post = findPost(state, postId);
    if (!post || !view.canSeePost(post, this.rt.viewer(state), this.rt.now())) throw new NotFoundError('No post with this id.');
    return post;
  }

  /** Re-reads the state and returns the post as the current user sees it now. */
  private view(postId: string): Post {
    const state = this.rt.store.read();
    const post = this.visible(state, postId);
    return view.toPost(post, peopleById(state).get(post.authorId), tally(state, postId, this.rt.viewer(state).id), this.rt.now());
  }

  async listPosts(query: PostQuery, options?: CallOptions): Promise<Page<Post>> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const viewer = this.rt.viewer(state);
    const now = this.rt.now();
    const queue = !!query.filter?.queue;
    if (queue && !isPostAuthor(viewer) && !isPostApprover(viewer)) throw new ForbiddenError('Only post authors and approvers see the queue.');
    const page = postPage(state.share.posts, query, (post) =>
      queue ? view.isQueued(post, now) && view.canSeePost(post, viewer, now) : visibleStatus(post, now) === 'published',
    );
    const people = peopleById(state);
    return {
      items: page.items.map((post) => view.toPost(post, people.get(post.authorId), tally(state, post.id, viewer.id), now)),
      nextCursor: page.nextCursor,
    };
  }

  async getPost(postId: string, options?: CallOptions): Promise<Post> {
    await this.rt.roundTrip(options?.signal);
    return this.view(postId);
  }

  async getGuidelines(options?: CallOptions): Promise<ShareGuidelines> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    return view.guidelinesView(state.share.guidelines, state.share.acceptances[this.rt.viewer(state).id] ?? null);
  }

  async acceptGuidelines(version: string, options?: CallOptions): Promise<ShareGuidelines> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const viewerId = this.rt.viewer(state).id;
    if (version !== state.share.guidelines.version) throw new ConflictError('The guidelines have changed: read the new version before accepting it.');
    if (state.share.acceptances[viewerId] !== version) {
      this.rt.store.mutate((next) => {
        next.share.acceptances[viewerId] = version;
      });
    }
    return view.guidelinesView(state.share.guidelines, version);
  }

  async getShareLink(postId: string, network: ShareNetwork, options?: CallOptions): Promise<ShareLink> {
    await this.rt.roundTrip(options?.signal);
    view.validNetwork(network);
    const state = this.rt.store.read();
    const viewerId = this.rt.viewer(state).id;
    const post = this.visible(state, postId);
    const ref =
      state.share.refs.find((r) => r.postId === postId && r.personId === viewerId)?.ref ??
      this.rt.store.mutate((next) => {
        // Another tab may have made it meanwhile: the first one stays, so the reference is stable.
        const made = next.share.refs.find((r) => r.postId === postId && r.personId === viewerId);
        if (made) return made.ref;
        const ref = newShareRef();
        next.share.refs.push({ ref, postId, personId: viewerId });
        return ref;
      });
    return { postId, network, url: view.shareUrl(post, network, ref) };
  }

  async recordShare(postId: string, network: ShareNetwork, options: CreateOptions): Promise<Post> {
    await this.rt.roundTrip(options?.signal);
    view.validNetwork(network);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const viewerId = this.rt.viewer(state).id;
    const post = this.visible(state, postId);
    const key = options?.idempotencyKey || newShareRef();
    // A retry of a share already recorded: the same answer, counted once.
    if (state.share.shares.some((s) => s.personId === viewerId && s.key === key)) return this.view(postId);
    const reason = view.notPublishedReason(post, now);
    if (reason) throw new ConflictError(reason);
    if (view.needsAcceptance(state.share.guidelines, state.share.acceptances[viewerId] ?? null))
      throw new ForbiddenError('Accept the sharing guidelines first.');
    this.rt.store.mutate((next) => {
      if (next.share.shares.some((s) => s.personId === viewerId && s.key === key)) return;
      next.share.shares.push({ postId, personId: viewerId, network, key, sharedAt: new Date(now).toISOString() });
    });
    return this.view(postId);
  }

  /** The redirect's click (the mock's `GET /share/r/{ref}`): made as nobody, it reads the reference only. */
  async followShareRef(ref: string, options?: CallOptions): Promise<string> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const found = state.share.refs.find((r) => r.ref === ref);
    const post = found && findPost(state, found.postId);
    if (!found || !post) throw new NotFoundError('This link leads nowhere.');
    const clickedAt = new Date(this.rt.now()).toISOString();
    this.rt.store.mutate((next) => {
      next.share.clicks.push({ ref, clickedAt });
    });
    return post.link.url;
  }

  async createPost(draft: PostDraft, options: CreateOptions): Promise<Post> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const viewer = this.rt.viewer(state);
    if (!isPostAuthor(viewer)) throw new ForbiddenError('Only post authors write posts.');
    return this.insertPost('post', validatePostDraft(draft), false, options);
  }

  async suggestPost(suggestion: Suggestion, options: CreateOptions): Promise<Post> {
    await this.rt.roundTrip(options?.signal);
    return this.insertPost('suggest', validatePostDraft(suggestionDraft(suggestion)), true, options);
  }

  /** Stores a checked draft as the viewer's (a draft, or a submitted suggestion); a retried key gives the post it made. */
  private insertPost(operation: string, valid: PostDraft, suggested: boolean, options: CreateOptions): Post {
    const now = this.rt.now();
    const state = this.rt.store.read();
    const authorId = this.rt.viewer(state).id;
    const key = options?.idempotencyKey ? `${authorId}|${operation}|${options.idempotencyKey}` : null;
    const earlier = key ? state.idempotency[key] : undefined;
    if (earlier) return this.view(earlier.id);
    const id = this.rt.store.mutate((next) => {
      const post: StoredPost = {
        id: randomId('post'),
        ...valid,
        link: { url: valid.link.url, preview: null },
        status: suggested ? 'submitted' : 'draft',
        authorId,
        suggested,
        returnComment: null,
        createdAt: new Date(now).toISOString(),
      };
      next.share.posts.unshift(post);
      if (key) next.idempotency[key] = { id: post.id, at: now };
      forgetOldKeys(next, now);
      return post.id;
    });
    return this.view(id);
  }

  async updatePost(postId: string, draft: PostDraft, options?: CallOptions): Promise<Post> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const post = this.visible(state, postId);
    if (!canEdit(post, this.rt.viewer(state), this.rt.now())) throw new ForbiddenError('This post is not yours to change now.');
    const valid = validatePostDraft(draft);
    this.rt.store.mutate((next) => {
      const stored = findPost(next, postId);
      // Its status moved meanwhile (in another tab): the edit was checked against the old one.
      if (!stored || stored.status !== post.status) throw new ConflictError('This post changed meanwhile: reload it.');
      // The preview belongs to the link: it stays only while the link does.
      Object.assign(stored, valid, { link: { url: valid.link.url, preview: stored.link.url === valid.link.url ? stored.link.preview : null } });
    });
    return this.view(postId);
  }

  async actOnPost(postId: string, request: PostActionRequest, options?: CallOptions): Promise<Post> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const post = this.visible(state, postId);
    const moved = applyAction(post, request, this.rt.viewer(state), this.rt.now());
    this.rt.store.mutate((next) => {
      const stored = findPost(next, postId);
      if (!stored || stored.status !== post.status) throw new ConflictError('This post changed meanwhile: reload it.');
      Object.assign(stored, { status: moved.status, publishAt: moved.publishAt, expireAt: moved.expireAt, returnComment: moved.returnComment });
    });
    return this.view(postId);
  }
}
