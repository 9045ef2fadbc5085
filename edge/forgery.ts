import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../src/core/errors.js';
import { invalid } from './errors.js';

/*
 * Cross-site request forgery, refused once for every state-changing route of both backends (the
 * server and the mocks mount it before their routes). SameSite=Lax cookies do not stop a page on
 * the same site (another intranet app on a sibling host) from posting a plain form or a `no-cors`
 * fetch, and a route that takes no body (closing a poll) would act on it. Two checks:
 *  - the browser's `Sec-Fetch-Site` says where the request came from: only the page's own origin
 *    (or the user typing it, `none`) may change state; absent (not a browser), nothing to say;
 *  - a JSON Content-Type, body or not, which neither a form nor a `no-cors` fetch can send, and a
 *    cross-origin script can send only after a CORS preflight this backend does not grant.
 * The REST adapter sends both as a matter of course.
 */

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TRUSTED_SITES = new Set(['same-origin', 'none']);
const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;

export function refuseForgedRequests(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (!UNSAFE.has(method)) return next();
    const site = c.req.header('Sec-Fetch-Site');
    if (site && !TRUSTED_SITES.has(site)) throw new ForbiddenError('Changes are accepted from this site’s own pages only.');
    if (method !== 'DELETE' && !JSON_TYPE.test(c.req.header('Content-Type') ?? '')) throw invalid('body', 'Send JSON with Content-Type: application/json.');
    return next();
  };
}
