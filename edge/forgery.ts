import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../src/core/errors.js';
import { invalid } from './errors.js';
import type { OriginAllowed } from './origins.js';

/*
 * Cross-site request forgery, refused once for every state-changing route of both backends (the
 * server and the mocks mount it before their routes). SameSite=Lax cookies do not stop a page on
 * the same site (another intranet app on a sibling host) from posting a plain form or a `no-cors`
 * fetch, and a route that takes no body (closing a poll) would act on it. Two checks:
 *  - the browser's `Sec-Fetch-Site` says where the request came from: only the page's own origin
 *    (or the user typing it, `none`) may change state; absent (not a browser), nothing to say;
 *  - a JSON Content-Type, body or not, which neither a form nor a `no-cors` fetch can send, and a
 *    cross-origin script can send only after a CORS preflight this backend does not grant.
 * The REST adapter sends both as a matter of course. A page of an origin the backend allows
 * (CHORUS_CORS_ORIGINS, edge/origins.ts) is `cross-site` too, and is let through by its `Origin`,
 * which browsers set themselves; its JSON requests passed the CORS preflight for the same reason.
 */

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TRUSTED_SITES = new Set(['same-origin', 'none']);
const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;

export function refuseForgedRequests(allowedOrigin: OriginAllowed = () => false): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (!UNSAFE.has(method)) return next();
    const site = c.req.header('Sec-Fetch-Site');
    const origin = c.req.header('Origin');
    if (site && !TRUSTED_SITES.has(site) && !(origin && allowedOrigin(origin)))
      throw new ForbiddenError('Changes are accepted from this site’s own pages only.');
    if (method !== 'DELETE' && !JSON_TYPE.test(c.req.header('Content-Type') ?? '')) throw invalid('body', 'Send JSON with Content-Type: application/json.');
    return next();
  };
}
