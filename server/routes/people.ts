import { Hono } from 'hono';
import type { Deps, Env } from '../context.js';
import { checked } from '../context.js';
import { listTeams, searchPeople } from '../people.store.js';

export function peopleRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/me', (c) => c.json(c.get('user')));

  app.get('/people', async (c) => {
    const { params } = await checked(deps, c, 'searchPeople');
    const items = await searchPeople(deps.db, (params.q as string | undefined) ?? '', Number(params.limit));
    return c.json({ items });
  });

  app.get('/teams', async (c) => c.json({ items: await listTeams(deps.db) }));

  return app;
}
