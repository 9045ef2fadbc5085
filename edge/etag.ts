import { sha256 } from './hash.js';

/*
 * One ETag for every tagged answer: strong, the first 32 characters of the base64url sha256 of
 * the JSON text sent. Equal bodies, equal tags; the body is per user where the view is.
 */

export async function etagOf(json: string): Promise<string> {
  return `"${(await sha256(json)).slice(0, 32)}"`;
}

/** Whether an If-None-Match / If-Match header names this ETag (weak or strong, or `*`). */
export function etagMatches(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}
