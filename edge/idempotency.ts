import { ConflictError } from '../src/core/errors.js';
import { sha256 } from './hash.js';

/*
 * Idempotency-Key, as the contract has it: a retried request with the same key and the same
 * request (method, path, body as JSON — key order does not matter) gets the first answer again,
 * marked `Idempotent-Replayed: true`; the same key with another request is 409. Only what
 * happened is kept: a failure may be retried with the same key. Entries live 24 hours.
 * The server keeps entries in SQL (server/idempotency.ts, in the work's transaction); the mock
 * in a Map (`MemoryIdempotencyStore`).
 */

/** How long a key is remembered (the contract: 24 hours). */
export const IDEMPOTENCY_TTL_MS = 86_400_000;
export const KEY_REUSED = 'This Idempotency-Key was used for a different request.';

export interface StoredResponse {
  status: number;
  /** The JSON text exactly as first sent, so a replay is byte for byte the same. */
  body: string;
  replayed: boolean;
}

/** JSON with sorted keys: the same body hashes the same whatever order its keys came in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests "the same": method, path and body. */
export function requestHash(method: string, path: string, body: unknown): Promise<string> {
  return sha256(`${method} ${path}\n${canonical(body)}`);
}

/** Headers of an answer that may be a replay. */
export function replayHeaders(response: StoredResponse): Record<string, string> {
  return { 'Content-Type': 'application/json', ...(response.replayed ? { 'Idempotent-Replayed': 'true' } : {}) };
}

/**
 * Entries in memory, for the mock: `scope` (the user, or a secret for anonymous calls) and the
 * key name an entry. Runs are serialised by the caller (the mock handles one request at a time).
 */
export class MemoryIdempotencyStore {
  private readonly entries = new Map<string, { hash: string; at: number; status: number; body: string }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The response stored for this very request within the TTL, else null; stores nothing. */
  find(scope: string, key: string, hash: string): StoredResponse | null {
    const earlier = this.entries.get(`${scope}\n${key}`);
    if (!earlier || earlier.at < this.now() - IDEMPOTENCY_TTL_MS || earlier.hash !== hash) return null;
    return { status: earlier.status, body: earlier.body, replayed: true };
  }

  async run(scope: string, key: string, hash: string, work: () => Promise<{ status: number; body: unknown }>): Promise<StoredResponse> {
    const id = `${scope}\n${key}`;
    const earlier = this.entries.get(id);
    if (earlier && earlier.at >= this.now() - IDEMPOTENCY_TTL_MS) {
      if (earlier.hash !== hash) throw new ConflictError(KEY_REUSED);
      return { status: earlier.status, body: earlier.body, replayed: true };
    }
    const result = await work();
    const body = JSON.stringify(result.body);
    this.entries.set(id, { hash, at: this.now(), status: result.status, body });
    return { status: result.status, body, replayed: false };
  }
}
