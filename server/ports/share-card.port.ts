import type { CallOptions, CreateOptions } from '../../src/adapter/port.js';
import type { ShareCardPort, ShareClickPort } from '../../src/adapter/share-card.port.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/core/errors.js';
import type { CurrentUser, Page } from '../../src/core/people.js';
import { newShareRef, randomId } from '../../src/core/secret.js';
import type { Post, PostActionRequest, PostDraft, PostQuery, ShareGuidelines, ShareLink, ShareNetwork, Suggestion } from '../../src/core/share-card.js';
import { canEdit, isPostApprover, isPostAuthor, suggestionDraft, applyAction, validatePostDraft, visibleStatus } from '../../src/core/share-card.rules.js';
import * as view from '../../src/core/share-card.view.js';
import type { Db, Queryable } from '../db/db.js';
import { decodeCursor, encodeCursor } from '../kudos.store.js';
import { recordChangedEvent } from '../live.js';
import { usersById } from '../people.store.js';
import * as store from '../share.store.js';

/*
 * The share card in SQL as the port the edge's routes call (edge/routes/share-card.ts), with the
 * embedded adapter's rules and order of checks (src/adapters/memory/share-card.port.ts, both over
 * src/core/share-card.view.ts and .rules.ts): visibility (404), network, a retried key, the post's
 * status (409), then the guidelines (403). Counts come from SQL aggregates (share.store.ts).
 * Publishing: an edit or a step locks the post's row for its transaction, so of two approvers
 * acting at once the second sees the first's status (409); every change records a `share` event.
 * A create's Idempotency-Key is the edge's (one entry per user and key, in the create's transaction).
 */

const PAGE_LIMIT = 20;
const MAX_PAGE_LIMIT = 100;

export class SqlShareCardPort implements ShareCardPort {
  constructor(
    private readonly db: Db,
    private readonly user: CurrentUser,
    private readonly now: () => number,
  ) {}

  /** The post if this user may see it, else NotFoundError (an unknown post and a hidden one look alike). */
  private async visible(db: Queryable, postId: string, lock = false): Promise<view.PostRecord> {
    const post = await store.loadPost(db, postId, { forUpdate: lock });
    if (!post || !view.canSeePost(post, this.user, this.now())) throw new NotFoundError('No post with this id.');
    return post;
  }

  private async views(db: Queryable, posts: readonly view.PostRecord[]): Promise<Post[]> {
    const tallies = await store.loadTallies(
      db,
      posts.map((p) => p.id),
      this.user.id,
    );
    const authors = await usersById(
      db,
      posts.map((p) => p.authorId),
    );
    return posts.map((post) => view.toPost(post, authors.get(post.authorId), tallies.get(post.id)!, this.now()));
  }

  private async view(db: Queryable, postId: string): Promise<Post> {
    return (await this.views(db, [await this.visible(db, postId)]))[0]!;
  }

  async listPosts(query: PostQuery, _options?: CallOptions): Promise<Page<Post>> {
    const now = this.now();
    const queue = !!query.filter?.queue;
    if (queue && !isPostAuthor(this.user) && !isPostApprover(this.user)) throw new ForbiddenError('Only post authors and approvers see the queue.');
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const limit = Math.max(1, Math.min(MAX_PAGE_LIMIT, Math.floor(query.limit ?? PAGE_LIMIT)));
    const topic = query.filter?.topic;
    const page: view.PostRecord[] = [];
    let nextCursor: string | null = null;
    // Few posts, and which one a user sees is core's rule (by the clock): filtered here, in the embedded adapter's order.
    for (const post of await store.loadPosts(this.db)) {
      const at = view.postTime(post);
      if (after && (at > after.createdAt || (at === after.createdAt && post.id >= after.id))) continue;
      if (topic && post.topic !== topic) continue;
      if (queue ? !(view.isQueued(post, now) && view.canSeePost(post, this.user, now)) : visibleStatus(post, now) !== 'published') continue;
      if (page.length === limit) {
        const last = page[page.length - 1]!;
        nextCursor = encodeCursor({ createdAt: view.postTime(last), id: last.id });
        break;
      }
      page.push(post);
    }
    return { items: await this.views(this.db, page), nextCursor };
  }

  async getPost(postId: string, _options?: CallOptions): Promise<Post> {
    return this.view(this.db, postId);
  }

  async getGuidelines(_options?: CallOptions): Promise<ShareGuidelines> {
    return view.guidelinesView(await store.loadGuidelines(this.db), await store.acceptedVersion(this.db, this.user.id));
  }

  async acceptGuidelines(version: string, _options?: CallOptions): Promise<ShareGuidelines> {
    return this.db.transaction(async (tx) => {
      const guidelines = await store.loadGuidelines(tx);
      if (version !== guidelines.version) throw new ConflictError('The guidelines have changed: read the new version before accepting it.');
      await store.accept(tx, this.user.id, version, this.now());
      return view.guidelinesView(guidelines, version);
    });
  }

  async getShareLink(postId: string, network: ShareNetwork, _options?: CallOptions): Promise<ShareLink> {
    view.validNetwork(network);
    return this.db.transaction(async (tx) => {
      const post = await this.visible(tx, postId);
      const ref = await store.refFor(tx, postId, this.user.id, newShareRef());
      return { postId, network, url: view.shareUrl(post, network, ref) };
    });
  }

  async recordShare(postId: string, network: ShareNetwork, options: CreateOptions): Promise<Post> {
    view.validNetwork(network);
    const key = options?.idempotencyKey;
    if (!key) throw new ValidationError([{ field: 'Idempotency-Key', code: 'required', message: 'An Idempotency-Key is required.' }]);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const post = await this.visible(tx, postId);
      // A retry of a share already recorded: the same answer, counted once.
      if (await store.shareRecorded(tx, this.user.id, key)) return this.view(tx, postId);
      const reason = view.notPublishedReason(post, now);
      if (reason) throw new ConflictError(reason);
      if (view.needsAcceptance(await store.loadGuidelines(tx), await store.acceptedVersion(tx, this.user.id))) {
        throw new ForbiddenError('Accept the sharing guidelines first.');
      }
      if (await store.insertShare(tx, { postId, personId: this.user.id, network, key, now })) await recordChangedEvent(tx, 'share', postId, now);
      return this.view(tx, postId);
    });
  }

  async createPost(draft: PostDraft, _options: CreateOptions): Promise<Post> {
    if (!isPostAuthor(this.user)) throw new ForbiddenError('Only post authors write posts.');
    return this.insertPost(validatePostDraft(draft), false);
  }

  async suggestPost(suggestion: Suggestion, _options: CreateOptions): Promise<Post> {
    return this.insertPost(validatePostDraft(suggestionDraft(suggestion)), true);
  }

  /** Stores a checked draft as this user's: a draft, or a suggestion waiting (submitted) for an approver. */
  private async insertPost(valid: PostDraft, suggested: boolean): Promise<Post> {
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const id = randomId('post');
      await store.insertPost(tx, {
        id,
        ...valid,
        link: { url: valid.link.url, preview: null },
        status: suggested ? 'submitted' : 'draft',
        authorId: this.user.id,
        suggested,
        returnComment: null,
        createdAt: new Date(now).toISOString(),
      });
      await recordChangedEvent(tx, 'share', id, now);
      return this.view(tx, id);
    });
  }

  async updatePost(postId: string, draft: PostDraft, _options?: CallOptions): Promise<Post> {
    return this.db.transaction(async (tx) => {
      const post = await this.visible(tx, postId, true);
      if (!canEdit(post, this.user, this.now())) throw new ForbiddenError('This post is not yours to change now.');
      const valid = validatePostDraft(draft);
      await store.updatePostContent(tx, postId, { ...valid, link: { url: valid.link.url, preview: null } });
      await recordChangedEvent(tx, 'share', postId, this.now());
      return this.view(tx, postId);
    });
  }

  async actOnPost(postId: string, request: PostActionRequest, _options?: CallOptions): Promise<Post> {
    return this.db.transaction(async (tx) => {
      // Locked: a second approver waits here, then meets this step's status (409 from transition).
      const post = await this.visible(tx, postId, true);
      const moved = applyAction(post, request, this.user, this.now());
      await store.setPostState(tx, postId, moved);
      await recordChangedEvent(tx, 'share', postId, this.now());
      return this.view(tx, postId);
    });
  }
}

/** The click-counting redirect, made as nobody: it knows the reference only, and stores the click's time alone. */
export class SqlShareClicks implements ShareClickPort {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  async followShareRef(ref: string, _options?: CallOptions): Promise<string> {
    return this.db.transaction(async (tx) => {
      const now = this.now();
      const found = await store.followRef(tx, ref, now);
      if (!found) throw new NotFoundError('This link leads nowhere.');
      await recordChangedEvent(tx, 'share', found.postId, now);
      return found.url;
    });
  }
}
