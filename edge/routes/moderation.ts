import { Hono } from 'hono';
// Importing the port's module also adds `moderation` to ChorusAdapter (interface merging) here.
import type { ModerationPort } from '../../src/adapter/moderation.port.js';
import type { ModerationAction, ModerationKind, ModerationState, QueueOrder, QueueQuery } from '../../src/core/moderation.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** What moderators see and do: the reports, the queue and their actions (403 for everyone else, from the port). */
export function moderationRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/admin/reports', async (c) => {
    await checked(c, 'listReports');
    const moderation: ModerationPort = port(c, 'moderation');
    return c.json(await moderation.listReports());
  });

  app.get('/moderation/queue', async (c) => {
    const { params } = await checked(c, 'listQueue');
    const query: QueueQuery = {
      ...(params.kind ? { kind: params.kind as ModerationKind } : {}),
      ...(params.state ? { state: params.state as ModerationState } : {}),
      ...(params.order ? { order: params.order as QueueOrder } : {}),
    };
    return c.json(await port(c, 'moderation').listQueue(query));
  });

  app.post('/moderation/items/:kind/:itemId/actions', async (c) => {
    const { params, body } = await checked(c, 'moderate', true);
    const { action, reason } = body as { action: ModerationAction; reason: string };
    const ref = { kind: params.kind as ModerationKind, id: String(params.itemId) };
    return c.json(await port(c, 'moderation').moderate(ref, action, reason));
  });

  return app;
}
