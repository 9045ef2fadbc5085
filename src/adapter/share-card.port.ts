import type { ShareCard } from '../core/share-card.js';
import type { CallOptions } from './port.js';

/** What <chorus-share-card> needs from a backend. Every call takes an AbortSignal and throws ChorusError subclasses. */
export interface ShareCardPort {
  getShareCard(options?: CallOptions): Promise<ShareCard>;
}

// Adds the port to ChorusAdapter (interface merging, as HTMLElementTagNameMap is extended per tag).
declare module './port.js' {
  interface ChorusAdapter {
    readonly shareCard?: ShareCardPort;
  }
}
