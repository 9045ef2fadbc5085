import { Hono } from 'hono';
import { checked, port, tagged, type EdgeEnv } from '../app.js';

/** Who is signed in, the people directory and the teams. */
export function peopleRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/me', async (c) => {
    await checked(c, 'getCurrentUser');
    return c.json(await port(c, 'me').getCurrentUser());
  });

  app.get('/people', async (c) => {
    const { params } = await checked(c, 'searchPeople');
    return c.json({
      items: await port(c, 'people').searchPeople(typeof params.q === 'string' ? params.q : '', { limit: Number(params.limit) }),
    });
  });

  app.get('/people/names', async (c) => {
    await checked(c, 'listPeopleNames');
    return tagged(c, { items: (await port(c, 'people').listPeopleNames?.()) ?? [] });
  });

  app.get('/teams', async (c) => {
    await checked(c, 'listTeams');
    return c.json({ items: await port(c, 'people').listTeams() });
  });

  return app;
}
