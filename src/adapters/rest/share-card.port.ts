import type { CallOptions } from '../../adapter/port.js';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import type { ShareCard } from '../../core/share-card.js';
import type { paths } from './contract.gen.js';
import type { HttpClient } from './http.js';
import { call } from './operations.js';

type WireShareCard = paths['/share-card']['get']['responses'][200]['content']['application/json'];

/** <chorus-share-card> over the HTTP contract: operation `getShareCard`, mapped to the domain type here. */
export class RestShareCardPort implements ShareCardPort {
  constructor(private readonly http: HttpClient) {}

  async getShareCard(options?: CallOptions): Promise<ShareCard> {
    const { body } = await call(this.http, 'getShareCard', { signal: options?.signal });
    const wire = body as WireShareCard;
    return { title: wire.title, items: [...wire.items] };
  }
}
