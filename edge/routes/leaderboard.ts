import { Hono } from 'hono';
// Importing the port's module also adds `leaderboard` to ChorusAdapter (interface merging) here.
import type { LeaderboardPort } from '../../src/adapter/leaderboard.port.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** `GET /leaderboard` for <chorus-leaderboard>, over its port: the server's and the mock's alike (edge/routes/index.ts mounts it). */
export function leaderboardRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/leaderboard', async (c) => {
    await checked(c, 'getLeaderboard');
    const found: LeaderboardPort = port(c, 'leaderboard');
    return c.json(await found.getLeaderboard());
  });

  return app;
}
