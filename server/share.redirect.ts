import { Hono, type MiddlewareHandler } from 'hono';
import { SHARE_REDIRECT_PATH, shareRedirectRoutes, type ShareRedirectEnv } from '../edge/routes/share-card.js';
import type { Deps } from './context.js';
import { markAnonymous } from './errors.js';
import { SqlShareClicks } from './ports/share-card.port.js';

/*
 * The share card's click-counting redirect as the server serves it: the edge's route
 * (edge/routes/share-card.ts), mounted by app.ts before authentication, since whoever clicks a
 * shared link is nobody to us. No authenticator, cookie or header is read; the click is stored
 * as its reference and time only (no IP address, no user agent), and the error log marks the
 * request anonymous.
 */
export function shareRedirectApp(deps: Deps): Hono<ShareRedirectEnv> {
  const app = new Hono<ShareRedirectEnv>();
  const asNobody: MiddlewareHandler<ShareRedirectEnv> = async (c, next) => {
    markAnonymous(c);
    c.set('ports', { shareClicks: new SqlShareClicks(deps.db, deps.now) });
    await next();
  };
  app.use(SHARE_REDIRECT_PATH, asNobody);
  app.route('/', shareRedirectRoutes());
  return app;
}
