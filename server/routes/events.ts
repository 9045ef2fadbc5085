import { Hono } from 'hono';
import type { Deps, Env } from '../context.js';
import { checked } from '../context.js';

export function eventRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/events', async (c) => {
    const { params } = await checked(deps, c, 'streamEvents');
    const topics = String(params.topics).split(',');
    // The header (what EventSource sends on reconnect) wins over the query parameter.
    const raw = (params['Last-Event-ID'] ?? params.lastEventId) as string | number | undefined;
    const last = raw !== undefined && /^\d+$/.test(String(raw)) ? Number(raw) : null;
    return deps.live.stream(c.get('user'), topics, last);
  });

  return app;
}
