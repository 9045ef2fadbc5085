import type { Context } from 'hono';
import type { CurrentUser } from '../../src/core/people.js';
import type { Queryable } from '../db/db.js';

/**
 * Who makes a request. Identity is the server's business, not the contract's: the contract only
 * says a request is made as a user, and one without a user is `401`. Swap this for your SSO.
 */
export interface Authenticator {
  readonly kind: string;
  /** The signed-in user, or null (→ 401). */
  authenticate(c: Context, db: Queryable): Promise<CurrentUser | null>;
}
