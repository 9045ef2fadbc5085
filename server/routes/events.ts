import { Hono } from 'hono';
import { lastEventId } from '../../edge/sse.js';
import type { Deps, Env } from '../context.js';
import { checked } from '../context.js';

export function eventRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/events', async (c) => {
    const { params } = await checked(deps, c, 'streamEvents');
    const topics = String(params.topics).split(',');
    // The header (what EventSource sends on reconnect) wins over the query parameter.
    const last = lastEventId(params['Last-Event-ID'] as string | undefined, params.lastEventId as string | undefined);
    return deps.live.stream(c.get('user'), topics, last);
  });

  return app;
}
