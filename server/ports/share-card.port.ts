import type { CallOptions, CreateOptions } from '../../src/adapter/port.js';
import type { ShareCardPort } from '../../src/adapter/share-card.port.js';
import { UnsupportedError } from '../../src/core/errors.js';
import type { Page } from '../../src/core/people.js';
import type { Post, PostQuery, ShareGuidelines, ShareLink, ShareNetwork } from '../../src/core/share-card.js';

const notYet = () => new UnsupportedError('The share card is not in the HTTP contract yet.');

/** <chorus-share-card> on the reference server (SQL storage comes next). */
export class ServerShareCardPort implements ShareCardPort {
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
