import { Hono } from 'hono';
import { checked, port, type EdgeEnv } from '../app.js';

/** `GET /{{name}}` for <{{tag}}>, over its port: the server's and the mock's alike (edge/routes/index.ts mounts it). */
export function {{camel}}Routes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/{{name}}', async (c) => {
    await checked(c, 'get{{Name}}');
    return c.json(await port(c, '{{camel}}').get{{Name}}());
  });

  return app;
}
