import { Hono } from 'hono';
// Importing the port's module also adds `insights` to ChorusAdapter (interface merging) here.
import type { InsightsPort } from '../../src/adapter/insights.port.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** `GET /insights` for <chorus-insights>, over its port: the server's and the mock's alike (edge/routes/index.ts mounts it). */
export function insightsRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/insights', async (c) => {
    await checked(c, 'getInsights');
    const found: InsightsPort = port(c, 'insights');
    return c.json(await found.getInsights());
  });

  return app;
}
