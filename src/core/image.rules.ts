/*
 * Where a kudos image may come from. Every viewer's browser fetches it, so an address is a request
 * the author makes from everyone's machine: never to a private or loopback address (a router, an
 * intranet admin page), and only from hosts the backend allows (CHORUS_IMAGE_HOSTS, the embedded
 * adapter's `imageHosts`; none by default). A `data:` image carries itself, so it needs no host:
 * raster types only (an SVG is a document that can hold scripts and links) and small, since it is
 * stored with the kudos (the HTTP edge serves it by its own address: edge/kudos-image.ts). Both
 * backends and the composer use this one rule.
 */

/** The largest `data:` image, decoded. */
export const DATA_IMAGE_MAX_BYTES = 256 * 1024;

/** Why an image address is refused: not an image address, a host not allowed, or too large. */
export type ImageUrlFault = 'invalid' | 'not-allowed' | 'too-large';

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,([A-Za-z0-9+/]*={0,2})$/i;
const HOST_ENTRY = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * What is wrong with `url` as an image address, or null. `hosts` are the allowed hosts
 * (`images.example.com`, or `*.example.com` for its subdomains); without them (the composer,
 * which does not know the backend's list) every public host passes and the backend decides.
 */
export function imageUrlFault(url: string, hosts?: readonly string[]): ImageUrlFault | null {
  if (/^data:/i.test(url)) {
    const found = DATA_IMAGE.exec(url);
    if (!found) return 'invalid';
    const base64 = found[1]!;
    const bytes = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
    return bytes > DATA_IMAGE_MAX_BYTES ? 'too-large' : null;
  }
  if (!/^https?:\/\/\S+$/i.test(url)) return 'invalid';
  let host: string;
  try {
    // The parsed host: `0x7f.1` is 127.0.0.1 and `[::ffff:a00:1]` is 10.0.0.1 to a browser too.
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'invalid';
  }
  if (isPrivateHost(host)) return 'not-allowed';
  if (hosts && !hosts.some((entry) => hostMatches(host, entry))) return 'not-allowed';
  return null;
}

/** Whether `host` names this machine or a private, link-local or shared network. */
export function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal')) return true;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  const v4 = mapped
    ? [parseInt(mapped[1]!, 16) >> 8, parseInt(mapped[1]!, 16) & 255, parseInt(mapped[2]!, 16) >> 8]
    : /^(\d+)\.(\d+)\.(\d+)\.\d+$/.exec(h)?.slice(1, 4).map(Number);
  if (v4) {
    const [a, b] = v4 as [number, number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (h.includes(':')) return h === '::' || h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith('::ffff:');
  return false;
}

/** `entry` is a host, or `*.host` for any of its subdomains. */
function hostMatches(host: string, entry: string): boolean {
  const e = entry.trim().toLowerCase();
  return e.startsWith('*.') ? host.endsWith(e.slice(1)) : host === e;
}

/** The type and bytes of an allowed `data:` image, or null for anything else. */
export function decodeDataImage(url: string): { type: string; bytes: Uint8Array<ArrayBuffer> } | null {
  if (imageUrlFault(url) !== null || !/^data:/i.test(url)) return null;
  const [head, base64] = url.split(',', 2) as [string, string];
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { type: head.slice('data:'.length, head.indexOf(';')).toLowerCase(), bytes };
}

/** The host entries in `list` (comma-separated); throws on one that is not a host, naming it. */
export function parseImageHosts(list: string): string[] {
  const hosts = list
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.find((h) => !HOST_ENTRY.test(h));
  if (bad) throw new Error(`"${bad}" is not a host (images.example.com, or *.example.com for its subdomains).`);
  return hosts;
}
