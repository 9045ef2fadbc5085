/*
 * sha256 with WebCrypto (Node 20 and browsers both have `crypto.subtle`), base64url-encoded:
 * the same digest node:crypto's `createHash('sha256').digest('base64url')` gives.
 */

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function sha256(text: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}
