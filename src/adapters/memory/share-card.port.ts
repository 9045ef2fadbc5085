import type { CallOptions } from '../../adapter/port.js';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import { DEFAULT_SHARE_CARD, type ShareCard } from '../../core/share-card.js';
import type { MemoryRuntime } from './runtime.js';

/** The embedded backend of <chorus-share-card>: answers after the adapter's simulated latency (and failures). */
export class MemoryShareCardPort implements ShareCardPort {
  constructor(private readonly rt: MemoryRuntime) {}

  async getShareCard(options?: CallOptions): Promise<ShareCard> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(DEFAULT_SHARE_CARD) as ShareCard;
  }
}
