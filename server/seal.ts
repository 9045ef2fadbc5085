import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { Db, Queryable } from './db/db.js';
import { IDEMPOTENCY_TTL_MS, idempotent, idempotentKeyFirst, type StoredResponse } from './idempotency.js';

/*
 * Idempotency entries that name nobody, for anonymous votes and anonymous feedback. The entry is
 * stored with no user id, under a key that only the client's Idempotency-Key (and whatever else
 * the caller mixes in) can produce; its request hash is an HMAC under a key derived from the same
 * secret; and the response it replays — which holds a secret (a ballot receipt, a reply token) —
 * is AES-256-GCM-encrypted under that key. Reading the database gives neither a sender nor a
 * usable secret.
 */

/** AES-256-GCM: `iv.ciphertext.tag`, base64url. */
export function seal(text: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, data, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

export function unseal(sealed: string, key: Buffer): string {
  const [iv, data, tag] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
}

/** sha256 of a domain-separated secret: a 32-byte key (for `seal`) or, base64url, a lookup key. */
export function derive(label: string, secret: string): Buffer {
  return createHash('sha256').update(`chorus:${label}:${secret}`).digest();
}

/**
 * `idempotent` for a request made as nobody: the entry is kept under `entryKey` with user id ''
 * (see above), the request hash becomes an HMAC under `sealKey`, and the stored body is sealed
 * under it. The answer is the plain response, replayed or not. `keyFirst`: the work has effects
 * outside the transaction (anonymous feedback's in-memory limiter), so the key is looked at before
 * it runs (`idempotentKeyFirst`).
 */
export async function sealedIdempotent(
  db: Db,
  entryKey: string,
  sealKey: Buffer,
  hash: string,
  now: number,
  work: (tx: Queryable) => Promise<{ status: number; body: unknown }>,
  keyFirst = false,
): Promise<StoredResponse> {
  const stored = await (keyFirst ? idempotentKeyFirst : idempotent)(
    db,
    '',
    entryKey,
    createHmac('sha256', sealKey).update(hash).digest('base64url'),
    now,
    async (tx) => {
      const result = await work(tx);
      return { status: result.status, body: seal(JSON.stringify(result.body), sealKey) };
    },
  );
  return { ...stored, body: unseal(JSON.parse(stored.body) as string, sealKey) };
}

/** The sealed entry's answer for this very request (`hash`) within the TTL, else null; reads only. */
export async function sealedFind(db: Queryable, entryKey: string, sealKey: Buffer, hash: string, now: number): Promise<StoredResponse | null> {
  const [row] = await db.query<{ request_hash: string; status: number | null; response: string | null; created_at: Date }>(
    "select request_hash, status, response, created_at from idempotency_keys where user_id = '' and key = $1",
    [entryKey],
  );
  if (!row || row.status === null || row.response === null || new Date(row.created_at).getTime() < now - IDEMPOTENCY_TTL_MS) return null;
  if (row.request_hash !== createHmac('sha256', sealKey).update(hash).digest('base64url')) return null;
  return { status: Number(row.status), body: unseal(JSON.parse(row.response) as string, sealKey), replayed: true };
}
