import { Hono } from 'hono';
import type { DevSessionAuth } from '../auth/session.js';
import type { Deps } from '../context.js';
import { jsonBody } from '../context.js';
import { invalid } from '../errors.js';
import { findUser, listUsers } from '../people.store.js';

/*
 * Reference-server only (not in the contract), and only with CHORUS_AUTH=dev: who one may sign in
 * as, and a signed session cookie for them. A demo convenience — anyone may be anyone.
 */
export function sessionRoutes(deps: Deps, auth: DevSessionAuth): Hono {
  const app = new Hono();

  app.get('/session/users', async (c) => c.json({ items: await listUsers(deps.db) }));

  /** Who this browser is signed in as, or `{ user: null }` (never 401: a page may ask before signing in). */
  app.get('/session', async (c) => c.json({ user: await auth.authenticate(c, deps.db) }));

  app.post('/session', async (c) => {
    const body = (await jsonBody(c)) as { userId?: unknown } | undefined;
    const userId = body && typeof body === 'object' ? body.userId : undefined;
    if (typeof userId !== 'string' || !userId || userId.length > 200) throw invalid('userId', 'userId is required.', 'required');
    const user = await findUser(deps.db, userId);
    if (!user) throw invalid('userId', 'No person has this id.');
    auth.signIn(c, user.id);
    return c.json(user);
  });

  app.delete('/session', async (c) => {
    await auth.signOut(c, deps.db);
    return c.body(null, 204);
  });

  return app;
}
