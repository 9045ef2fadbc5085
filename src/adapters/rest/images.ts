import type { Kudos } from '../../core/kudos.js';
import type { HttpClient } from './http.js';

/** Images kept as blob: URLs for hosts whose credentials are headers; past this the oldest is let go. */
const KEPT = 200;

/**
 * A kudos' uploaded image, as the server names it: `kudos/{id}/image`, relative to the API's base
 * (contract: getKudosImage), so no answer or live event carries its bytes. `url` resolves it.
 * An `<img>` sends cookies, not a host's headers: with a headers hook (a bearer token) the image
 * is fetched here, with those headers, and shown from a blob: URL, one fetch per image.
 */
export class KudosImages {
  private readonly kept = new Map<string, Promise<string>>();

  constructor(private readonly http: HttpClient) {}

  /** An address from the wire: a relative one (the server's own image route) against the API's base, any other as given. */
  url(address: string): string {
    return /^[a-z][a-z\d+.-]*:/i.test(address) ? address : this.http.url(address);
  }

  /** Whether `kudos` must wait for its image to be fetched before a page can show it. */
  needsLoad(kudos: Kudos): boolean {
    return this.http.hasHeadersHook && !!kudos.image && this.http.isOwn(kudos.image.url);
  }

  /** The kudos with an image the page can show as it is (a blob: URL when its credentials are headers). */
  async shown(kudos: Kudos): Promise<Kudos> {
    if (!this.needsLoad(kudos)) return kudos;
    const image = kudos.image!;
    return { ...kudos, image: { url: await this.load(image.url), alt: image.alt } };
  }

  private load(url: string): Promise<string> {
    let found = this.kept.get(url);
    if (!found) {
      found = this.fetchBlob(url);
      this.kept.set(url, found);
      if (this.kept.size > KEPT) {
        const [oldest, blob] = this.kept.entries().next().value!;
        this.kept.delete(oldest);
        void blob.then((u) => u.startsWith('blob:') && URL.revokeObjectURL(u));
      }
    }
    return found;
  }

  /** The image as a blob: URL; on failure or timeout its address (the card shows the alt text) and it is tried again next time. */
  private async fetchBlob(url: string): Promise<string> {
    try {
      // Bounded like any request: live events after this kudos wait for it (RestLivePort).
      const signal = AbortSignal.timeout(this.http.timeoutMs);
      const response = await this.http.fetch(url, { headers: await this.http.headers(), credentials: this.http.credentials, signal });
      if (!response.ok) throw new Error(String(response.status));
      return URL.createObjectURL(await response.blob());
    } catch {
      this.kept.delete(url);
      return url;
    }
  }
}
