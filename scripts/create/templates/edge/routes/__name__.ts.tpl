import { Hono } from 'hono';
// Importing the port's module also adds `{{camel}}` to ChorusAdapter (interface merging) here.
import type { {{Name}}Port } from '../../src/adapter/{{name}}.port.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** `GET /{{name}}` for <{{tag}}>, over its port: the server's and the mock's alike (edge/routes/index.ts mounts it). */
export function {{camel}}Routes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/{{name}}', async (c) => {
    await checked(c, 'get{{Name}}');
    const found: {{Name}}Port = port(c, '{{camel}}');
    return c.json(await found.get{{Name}}());
  });

  return app;
}
