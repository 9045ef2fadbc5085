import type { CallOptions, CreateOptions, KudosPort } from '../../adapter/port.js';
import type { Kudos, KudosComment, KudosConfig, KudosDraft, KudosQuery } from '../../core/kudos.js';
import type { Page } from '../../core/people.js';
import type { HttpClient } from './http.js';
import type { KudosImages } from './images.js';
import { call, keyOf } from './operations.js';
import { toComment, toComments, toKudos, toKudosConfig, toKudosPage, toWireComment, toWireDraft, toWireReport } from './mapping.js';

/* The kudos wall's calls over the HTTP contract. */

export class RestKudosPort implements KudosPort {
  /** The last configuration and its ETag: a revalidation answered 304 costs no body. */
  private config: { etag: string; value: KudosConfig } | null = null;

  constructor(
    private readonly http: HttpClient,
    private readonly images: KudosImages,
  ) {}

  /** A kudos from the wire, its uploaded image named by an address the page can load. */
  private kudos(body: unknown): Promise<Kudos> {
    return this.images.shown(toKudos(body, (address) => this.images.url(address)));
  }

  async getKudosConfig(options?: CallOptions): Promise<KudosConfig> {
    const cached = this.config;
    const { status, headers, body } = await call(this.http, 'getKudosConfig', {
      headers: cached ? { 'If-None-Match': cached.etag } : {},
      signal: options?.signal,
    });
    if (status === 304 && cached) return structuredClone(cached.value);
    const value = toKudosConfig(body);
    const etag = headers.get('ETag');
    this.config = etag ? { etag, value: structuredClone(value) } : null;
    return value;
  }

  async listKudos(query: KudosQuery, options?: CallOptions): Promise<Page<Kudos>> {
    const filter = query?.filter ?? {};
    const limit = query?.limit === undefined ? undefined : Math.max(1, Math.min(100, Math.floor(query.limit)));
    const { body } = await call(this.http, 'listKudos', {
      query: { valueId: filter.valueId, teamId: filter.teamId, personId: filter.personId, cursor: query?.cursor, limit },
      signal: options?.signal,
    });
    const page = toKudosPage(body, (address) => this.images.url(address));
    return { ...page, items: await Promise.all(page.items.map((k) => this.images.shown(k))) };
  }

  async getKudos(kudosId: string, options?: CallOptions): Promise<Kudos> {
    const { body } = await call(this.http, 'getKudos', { params: { kudosId }, signal: options?.signal });
    return this.kudos(body);
  }

  async giveKudos(draft: KudosDraft, options: CreateOptions): Promise<Kudos> {
    const { body } = await call(this.http, 'giveKudos', {
      body: toWireDraft(draft),
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return this.kudos(body);
  }

  async setReaction(kudosId: string, emoji: string, active: boolean, options?: CallOptions): Promise<Kudos> {
    const request = { params: { kudosId, emoji }, signal: options?.signal };
    const { body } = await (active ? call(this.http, 'addReaction', request) : call(this.http, 'removeReaction', request));
    return this.kudos(body);
  }

  async listComments(kudosId: string, options?: CallOptions): Promise<KudosComment[]> {
    const { body } = await call(this.http, 'listComments', { params: { kudosId }, signal: options?.signal });
    return toComments(body);
  }

  async addComment(kudosId: string, message: string, options: CreateOptions): Promise<KudosComment> {
    const { body } = await call(this.http, 'addComment', {
      params: { kudosId },
      body: toWireComment(message),
      idempotencyKey: keyOf(options),
      signal: options?.signal,
    });
    return toComment(body);
  }

  async reportComment(kudosId: string, commentId: string, reason: string, options?: CallOptions): Promise<void> {
    // Reporting twice keeps the first report, so a retry is harmless.
    await call(this.http, 'reportComment', { params: { kudosId, commentId }, body: toWireReport(reason), idempotent: true, signal: options?.signal });
  }

  async reportKudos(kudosId: string, reason: string, options?: CallOptions): Promise<void> {
    await call(this.http, 'reportKudos', {
      params: { kudosId },
      body: toWireReport(reason),
      // Reporting twice keeps the first report (the contract says so), so a retry is harmless.
      idempotent: true,
      signal: options?.signal,
    });
  }

  async deleteKudos(kudosId: string, options?: CallOptions): Promise<void> {
    await call(this.http, 'deleteKudos', { params: { kudosId }, signal: options?.signal });
  }
}
