/*
 * The other origins whose pages may call the API (an SPFx web part on `*.sharepoint.com`), as
 * configured: exact origins, or `https://*.example.com` for any one subdomain label of a host.
 * Read by CORS (server/cors.ts) and by the forgery check (edge/forgery.ts), so both agree.
 */

export type OriginAllowed = (origin: string) => boolean;

const ENTRY = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(:\d{1,5})?$/;

/** A matcher for `list` (comma-separated); throws on an entry that is not an origin, naming it. */
export function allowedOrigins(list: string): OriginAllowed {
  const exact = new Set<string>();
  const wildcards: { scheme: string; suffix: string }[] = [];
  for (const raw of list.split(',')) {
    const entry = raw.trim().toLowerCase().replace(/\/$/, '');
    if (!entry) continue;
    const found = ENTRY.exec(entry);
    if (!found) throw new Error(`"${raw.trim()}" is not an origin (https://host[:port], or https://*.host for its subdomains).`);
    const [, scheme, star, host, port = ''] = found as unknown as [string, string, string | undefined, string, string | undefined];
    if (star) wildcards.push({ scheme, suffix: `.${host}${port}` });
    else exact.add(entry);
  }
  return (origin) => {
    const o = origin.toLowerCase();
    if (exact.has(o)) return true;
    return wildcards.some(({ scheme, suffix }) => {
      const prefix = `${scheme}://`;
      if (!o.startsWith(prefix) || !o.endsWith(suffix)) return false;
      // Exactly one label: `contoso.sharepoint.com`, never `a.b.sharepoint.com` or a port smuggled in.
      return /^[a-z0-9-]+$/.test(o.slice(prefix.length, o.length - suffix.length));
    });
  };
}
