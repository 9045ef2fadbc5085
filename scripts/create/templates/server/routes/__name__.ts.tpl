import { Hono } from 'hono';
import { DEFAULT_{{NAME}} } from '../../src/core/{{name}}.js';
import { checked, type Deps, type Env } from '../context.js';

/** `GET /{{name}}` for <{{tag}}>: the stub's content, as the embedded adapter answers it. */
export function {{camel}}Routes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/{{name}}', async (c) => {
    await checked(deps, c, 'get{{Name}}');
    return c.json(DEFAULT_{{NAME}});
  });

  return app;
}
