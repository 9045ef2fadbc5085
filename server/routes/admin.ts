import { Hono } from 'hono';
import { ForbiddenError } from '../../src/core/errors.js';
import { isModerator } from '../../src/core/kudos.rules.js';
import type { Deps, Env } from '../context.js';
import { listReports } from '../kudos.store.js';

export function adminRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/admin/reports', async (c) => {
    if (!isModerator(c.get('user'))) throw new ForbiddenError('Only moderators and admins can see reports.');
    return c.json({ items: await listReports(deps.db) });
  });

  return app;
}
