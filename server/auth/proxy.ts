import type { Context } from 'hono';
import type { Queryable } from '../db/db.js';
import { findUserByIdOrEmail } from '../people.store.js';
import type { Authenticator } from './authenticator.js';

/**
 * Trusts a header set by a reverse proxy that has already signed the user in (oauth2-proxy,
 * Apache mod_auth_openidc, an SSO gateway): `X-Remote-User: p-07` or `…: ana@example.com`.
 *
 * ONLY SAFE BEHIND A PROXY THAT STRIPS THIS HEADER FROM CLIENTS' REQUESTS and is the only way
 * to reach the server (listen on 127.0.0.1 or a private network): otherwise anyone can send the
 * header and be anyone.
 */
export class ProxyHeaderAuth implements Authenticator {
  readonly kind = 'proxy';
  constructor(readonly header = 'x-remote-user') {}

  async authenticate(c: Context, db: Queryable) {
    const value = c.req.header(this.header)?.trim();
    if (!value || value.length > 320) return null;
    return findUserByIdOrEmail(db, value);
  }
}
