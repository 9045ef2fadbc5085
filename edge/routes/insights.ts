import { Hono } from 'hono';
// Importing the port's module also adds `insights` to ChorusAdapter (interface merging) here.
import type { InsightsPort } from '../../src/adapter/insights.port.js';
import type { InsightsPeriod } from '../../src/core/insights.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** `GET /insights?period=` for <chorus-insights>, over its port: the server's and the mock's alike (edge/routes/index.ts mounts it). */
export function insightsRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/insights', async (c) => {
    const { params } = await checked(c, 'getInsights');
    const found: InsightsPort = port(c, 'insights');
    const period = params.period as InsightsPeriod | undefined;
    return c.json(await found.getInsights(period ? { period } : {}));
  });

  return app;
}
