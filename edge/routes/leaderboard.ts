import { Hono } from 'hono';
// Importing the port's module also adds `leaderboard` to ChorusAdapter (interface merging) here.
import type { LeaderboardPort } from '../../src/adapter/leaderboard.port.js';
import type { BoardQuery } from '../../src/core/leaderboard.js';
import { DEFAULT_BOARD_QUERY } from '../../src/core/leaderboard.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** The leaderboard's resources (/leaderboard/…), over its port: the server's and the mock's alike (edge/routes/index.ts mounts them). */
export function leaderboardRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();
  const board = (c: Parameters<typeof port>[0]): LeaderboardPort => port(c, 'leaderboard');

  app.get('/leaderboard/config', async (c) => {
    await checked(c, 'getLeaderboardConfig');
    return c.json(await board(c).getLeaderboardConfig());
  });

  app.get('/leaderboard/board', async (c) => {
    const { params } = await checked(c, 'getBoard');
    const query: BoardQuery = {
      period: (params.period as BoardQuery['period'] | undefined) ?? DEFAULT_BOARD_QUERY.period,
      metric: (params.metric as BoardQuery['metric'] | undefined) ?? DEFAULT_BOARD_QUERY.metric,
      scope: (params.scope as BoardQuery['scope'] | undefined) ?? DEFAULT_BOARD_QUERY.scope,
      teamScore: (params.teamScore as BoardQuery['teamScore'] | undefined) ?? DEFAULT_BOARD_QUERY.teamScore,
      limit: (params.limit as number | undefined) ?? DEFAULT_BOARD_QUERY.limit,
      ...(params.offset !== undefined ? { offset: params.offset as number } : {}),
      ...(params.around !== undefined ? { around: params.around as number } : {}),
    };
    return c.json(await board(c).getBoard(query));
  });

  app.get('/leaderboard/me', async (c) => {
    await checked(c, 'getMyLeaderboardSummary');
    return c.json(await board(c).getMySummary());
  });

  app.put('/leaderboard/me/announced', async (c) => {
    const { body } = await checked(c, 'markBadgesAnnounced', true);
    return c.json(await board(c).markBadgesAnnounced((body as { keys: string[] }).keys));
  });

  app.put('/leaderboard/me/opt-out', async (c) => {
    const { body } = await checked(c, 'setLeaderboardOptOut', true);
    return c.json(await board(c).setOptOut((body as { optedOut: boolean }).optedOut));
  });

  return app;
}
