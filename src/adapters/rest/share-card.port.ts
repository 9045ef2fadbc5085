import type { CallOptions, CreateOptions } from '../../adapter/port.js';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import type { Page } from '../../core/people.js';
import type { Post, PostActionRequest, PostDraft, PostQuery, ShareGuidelines, ShareLink, ShareNetwork, Suggestion } from '../../core/share-card.js';
import type { HttpClient } from './http.js';
import { toPost, toPostPage, toShareGuidelines, toShareLink, type Wire } from './mapping.js';
import { call, keyOf } from './operations.js';

/** A draft as the contract's PostDraft: its fields only, whatever else the object carries. */
function toWirePostDraft(draft: PostDraft): Wire['PostDraft'] {
  return {
    title: draft.title,
    captions: { ...draft.captions },
    image: draft.image ? { url: draft.image.url, alt: draft.image.alt } : null,
    link: { url: draft.link?.url },
    locked: { disclosure: draft.locked?.disclosure ?? null, hashtags: [...(draft.locked?.hashtags ?? [])] },
    topic: draft.topic ?? null,
    publishAt: draft.publishAt ?? null,
    expireAt: draft.expireAt ?? null,
    captionEditable: draft.captionEditable !== false,
  };
}

/** A publishing step as the contract's PostActionRequest: each action with its own fields only. */
function toWireAction(request: PostActionRequest): Wire['PostActionRequest'] {
  switch (request.action) {
    case 'return':
      return { action: 'return', comment: request.comment };
    case 'schedule':
      // An absent expireAt keeps the post's; null clears it.
      return { action: 'schedule', publishAt: request.publishAt, ...(request.expireAt === undefined ? {} : { expireAt: request.expireAt }) };
    default:
      return { action: request.action };
  }
}

/* <chorus-share-card>'s calls over the HTTP contract (the /share paths), mapped to the domain types in mapping.ts. */
export class RestShareCardPort implements ShareCardPort {
  constructor(private readonly http: HttpClient) {}

  async listPosts(query: PostQuery, options?: CallOptions): Promise<Page<Post>> {
    const { body } = await call(this.http, 'listPosts', {
      query: { topic: query.filter?.topic, queue: query.filter?.queue || undefined, cursor: query.cursor, limit: query.limit },
      signal: options?.signal,
    });
    return toPostPage(body);
  }

  async getPost(postId: string, options?: CallOptions): Promise<Post> {
    const { body } = await call(this.http, 'getPost', { params: { postId }, signal: options?.signal });
    return toPost(body);
  }

  async getGuidelines(options?: CallOptions): Promise<ShareGuidelines> {
    const { body } = await call(this.http, 'getShareGuidelines', { signal: options?.signal });
    return toShareGuidelines(body);
  }

  async acceptGuidelines(version: string, options?: CallOptions): Promise<ShareGuidelines> {
    // A PUT: accepting twice is accepting once, so a retry is harmless.
    const { body } = await call(this.http, 'acceptShareGuidelines', { body: { version }, idempotent: true, signal: options?.signal });
    return toShareGuidelines(body);
  }

  async getShareLink(postId: string, network: ShareNetwork, options?: CallOptions): Promise<ShareLink> {
    const { body } = await call(this.http, 'getShareLink', { params: { postId, network }, signal: options?.signal });
    return toShareLink(body);
  }

  async recordShare(postId: string, network: ShareNetwork, options: CreateOptions): Promise<Post> {
    const { body } = await call(this.http, 'recordShare', { params: { postId }, body: { network }, idempotencyKey: keyOf(options), signal: options?.signal });
    return toPost(body);
  }

  async createPost(draft: PostDraft, options: CreateOptions): Promise<Post> {
    const { body } = await call(this.http, 'createPost', { body: toWirePostDraft(draft), idempotencyKey: keyOf(options), signal: options?.signal });
    return toPost(body);
  }

  async updatePost(postId: string, draft: PostDraft, options?: CallOptions): Promise<Post> {
    // A PUT of the whole content (retried as any PUT): sent twice, it leaves the post as sent once.
    const { body } = await call(this.http, 'updatePost', { params: { postId }, body: toWirePostDraft(draft), signal: options?.signal });
    return toPost(body);
  }

  async suggestPost(suggestion: Suggestion, options: CreateOptions): Promise<Post> {
    const { body } = await call(this.http, 'suggestPost', {
      body: { url: suggestion.url, note: suggestion.note ?? '' },
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toPost(body);
  }

  async actOnPost(postId: string, request: PostActionRequest, options?: CallOptions): Promise<Post> {
    // Not retried: a repeated step is a 409 (it moved already), so a lost answer is reported, not replayed.
    const { body } = await call(this.http, 'actOnPost', { params: { postId }, body: toWireAction(request), signal: options?.signal });
    return toPost(body);
  }
}
