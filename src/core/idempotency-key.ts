/*
 * One idempotency key per operation the user started: a retried send carries the same key, so
 * the backend stores it once. `crypto.randomUUID` exists only in secure contexts, and intranet
 * pages are often plain http; `crypto.getRandomValues` is there in every context.
 */

const hex = (bytes: Uint8Array, from: number, to: number) => Array.from(bytes.subarray(from, to), (b) => b.toString(16).padStart(2, '0')).join('');

/** A random version-4 UUID, made with `crypto.randomUUID` where it exists. */
export function idempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
  return `${hex(bytes, 0, 4)}-${hex(bytes, 4, 6)}-${hex(bytes, 6, 8)}-${hex(bytes, 8, 10)}-${hex(bytes, 10, 16)}`;
}
