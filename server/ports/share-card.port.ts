import type { CallOptions } from '../../src/adapter/port.js';
import type { ShareCardPort } from '../../src/adapter/share-card.port.js';
import { DEFAULT_SHARE_CARD, type ShareCard } from '../../src/core/share-card.js';

/**
 * <chorus-share-card>'s port on the reference server, what edge/routes/share-card.ts runs on here. The stub
 * answers its fixed content; give it SQL storage (server/db/) as polls.port.ts does.
 */
export class ServerShareCardPort implements ShareCardPort {
  async getShareCard(_options?: CallOptions): Promise<ShareCard> {
    return structuredClone(DEFAULT_SHARE_CARD) as ShareCard;
  }
}
