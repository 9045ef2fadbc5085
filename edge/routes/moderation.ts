import { Hono } from 'hono';
// Importing the port's module also adds `moderation` to ChorusAdapter (interface merging) here.
import type { ModerationPort } from '../../src/adapter/moderation.port.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** What moderators see: the reported kudos (403 for everyone else, from the port). */
export function moderationRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/admin/reports', async (c) => {
    await checked(c, 'listReports');
    const moderation: ModerationPort = port(c, 'moderation');
    return c.json(await moderation.listReports());
  });

  app.get('/moderation', async (c) => {
    await checked(c, 'getModeration');
    const found: ModerationPort = port(c, 'moderation');
    return c.json(await found.getModeration());
  });

  return app;
}
