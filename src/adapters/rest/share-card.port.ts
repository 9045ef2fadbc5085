import type { CallOptions, CreateOptions } from '../../adapter/port.js';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import { UnsupportedError } from '../../core/errors.js';
import type { Page } from '../../core/people.js';
import type { Post, PostQuery, ShareGuidelines, ShareLink, ShareNetwork } from '../../core/share-card.js';
import type { HttpClient } from './http.js';

const notYet = () => new UnsupportedError('The share card is not in the HTTP contract yet.');

/** <chorus-share-card> over the HTTP contract (its operations come with the contract's /share paths). */
export class RestShareCardPort implements ShareCardPort {
  constructor(readonly http: HttpClient) {}

  async listPosts(_query: PostQuery, _options?: CallOptions): Promise<Page<Post>> {
    throw notYet();
  }
  async getPost(_postId: string, _options?: CallOptions): Promise<Post> {
    throw notYet();
  }
  async getGuidelines(_options?: CallOptions): Promise<ShareGuidelines> {
    throw notYet();
  }
  async acceptGuidelines(_version: string, _options?: CallOptions): Promise<ShareGuidelines> {
    throw notYet();
  }
  async getShareLink(_postId: string, _network: ShareNetwork, _options?: CallOptions): Promise<ShareLink> {
    throw notYet();
  }
  async recordShare(_postId: string, _network: ShareNetwork, _options: CreateOptions): Promise<Post> {
    throw notYet();
  }
}
