import type { CallOptions, CreateOptions } from '../../adapter/port.js';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import type { Page } from '../../core/people.js';
import type { Post, PostQuery, ShareGuidelines, ShareLink, ShareNetwork } from '../../core/share-card.js';
import type { HttpClient } from './http.js';
import { toPost, toPostPage, toShareGuidelines, toShareLink } from './mapping.js';
import { call, keyOf } from './operations.js';

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
}
