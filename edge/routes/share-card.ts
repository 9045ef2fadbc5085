import { Hono } from 'hono';
// Importing the port's module also adds `shareCard` to ChorusAdapter (interface merging) here.
import type { ShareCardPort } from '../../src/adapter/share-card.port.js';
import { checked, port, type EdgeEnv } from '../app.js';

/** `GET /share-card` for <chorus-share-card>, over its port: the server's and the mock's alike (edge/routes/index.ts mounts it). */
export function shareCardRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();

  app.get('/share-card', async (c) => {
    await checked(c, 'getShareCard');
    const found: ShareCardPort = port(c, 'shareCard');
    // Transitional until the contract's /share paths: the stub's shape, listing the posts' titles.
    const page = await found.listPosts({});
    return c.json({ title: 'Share card', items: page.items.map((post) => post.title) });
  });

  return app;
}
