import { allowedOrigins } from '../../edge/origins.js';

/*
 * Who may frame the `/embed/…` pages (CHORUS_FRAME_ANCESTORS): `'self'`, or origins, exact or
 * `https://*.example.com` for one subdomain label (`https://*.sharepoint.com`), the same forms
 * as CHORUS_CORS_ORIGINS. Written as given into the page's `frame-ancestors` and read by the
 * page's height reporter as the only origins it may post to.
 */
export const DEFAULT_FRAME_ANCESTORS: readonly string[] = ["'self'"];

/** The sources of `list` (comma- or space-separated); throws naming an entry that is neither `'self'` nor an origin. */
export function parseFrameAncestors(list: string): string[] {
  const sources = list
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const source of sources) {
    if (source === "'self'") continue;
    // Throws with the entry's name when it is not an origin.
    allowedOrigins(source);
  }
  if (!sources.length) throw new Error("name at least one source: 'self' or an origin such as https://intranet.example.com.");
  return [...new Set(sources.map((s) => (s === "'self'" ? s : s.toLowerCase())))];
}
