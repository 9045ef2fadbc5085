import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { fileURLToPath } from 'node:url';
import { errorBody } from '../../edge/errors.js';
import { EMBED_ASSETS, embedCsp, embedErrorPage, embedPage } from './embed.page.js';
import { EMBED_WIDGETS, readEmbedQuery } from './embed.widgets.js';

/*
 * `/embed/<widget>`: a page holding one widget, for hosts that only take an iframe (SharePoint's
 * Embed web part, Confluence's iframe macro). Its assets: the page's own script and styles
 * (./assets) and the one-file widget bundle (dist/cdn, `vite build --mode cdn`).
 */

export interface EmbedOptions {
  /** The `frame-ancestors` sources (CHORUS_FRAME_ANCESTORS); default `'self'`. */
  frameAncestors: readonly string[];
  /** The folder holding chorus.js, the widget bundle (CHORUS_EMBED_DIR; default the package's dist/cdn). */
  bundleDir: string;
  /** The API's path, for the page's `<chorus-provider endpoint>`. */
  apiPath: string;
}

const OWN_ASSETS = fileURLToPath(new URL('./assets', import.meta.url));

export function embedRoutes(options: EmbedOptions): Hono {
  const app = new Hono();
  const policy = embedCsp(options.frameAncestors);
  const problemPolicy = embedCsp(options.frameAncestors, false);

  const security = (c: Context, csp: string) => {
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  };
  const problem = (c: Context, status: 400 | 404, message: string) => {
    security(c, problemPolicy);
    c.header('Cache-Control', 'no-store');
    // A script asking (Accept: application/json) gets the API's error body; a person, a page.
    const wantsJson = /application\/json/.test(c.req.header('accept') ?? '') && !/text\/html/.test(c.req.header('accept') ?? '');
    if (wantsJson) return c.json(errorBody(status === 404 ? 'not-found' : 'validation', message), status);
    return c.html(embedErrorPage(status, message), status);
  };

  app.use(`${EMBED_ASSETS}/*`, async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (c.res.ok) c.header('Cache-Control', 'no-cache');
  });
  const strip = (path: string) => path.slice(EMBED_ASSETS.length);
  app.get(`${EMBED_ASSETS}/embed.js`, serveStatic({ root: OWN_ASSETS, rewriteRequestPath: strip }));
  app.get(`${EMBED_ASSETS}/embed.css`, serveStatic({ root: OWN_ASSETS, rewriteRequestPath: strip }));
  app.get(`${EMBED_ASSETS}/*`, serveStatic({ root: options.bundleDir, rewriteRequestPath: strip }));
  app.get(`${EMBED_ASSETS}/*`, (c) => problem(c, 404, 'There is no such file among the embed assets.'));

  app.get('/embed/:widget', (c) => {
    const name = c.req.param('widget');
    const widget = Object.hasOwn(EMBED_WIDGETS, name) ? EMBED_WIDGETS[name] : undefined;
    if (!widget) return problem(c, 404, `There is no widget "${name.slice(0, 60)}". Embed one of: ${Object.keys(EMBED_WIDGETS).join(', ')}.`);
    const read = readEmbedQuery(widget, new URL(c.req.url).searchParams);
    if ('problem' in read) return problem(c, 400, read.problem);
    security(c, policy);
    c.header('Cache-Control', 'no-cache');
    return c.html(embedPage(read, options.apiPath, options.frameAncestors));
  });
  app.get('/embed', (c) => problem(c, 404, `Name a widget: /embed/<widget>, one of ${Object.keys(EMBED_WIDGETS).join(', ')}.`));
  return app;
}
