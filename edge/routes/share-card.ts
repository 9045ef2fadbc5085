import { Hono } from 'hono';
// Importing the port's module also adds `shareCard` to ChorusAdapter (interface merging) here.
import type { ShareCardPort, ShareClickPort } from '../../src/adapter/share-card.port.js';
import { ChorusError, NotFoundError } from '../../src/core/errors.js';
import type { PostActionRequest, PostDraft, ShareNetwork, Suggestion } from '../../src/core/share-card.js';
import { isHttpUrl } from '../../src/core/share-card.links.js';
import { checked, port, replay, type EdgeEnv } from '../app.js';
import { requestHash } from '../idempotency.js';

/*
 * The share card's resources (/share/…), over its port: the server's and the mock's alike
 * (edge/routes/index.ts mounts them). The click-counting redirect is made as nobody and mounted
 * apart, before authentication, like the feedback sender's routes (shareRedirectRoutes).
 */
export function shareCardRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();
  const share = (c: Parameters<typeof port>[0]): ShareCardPort => port(c, 'shareCard');

  app.get('/share/posts', async (c) => {
    const { params } = await checked(c, 'listPosts');
    const queue = params.queue === true || params.queue === 'true';
    const topic = params.topic as string | undefined;
    const page = await share(c).listPosts({
      filter: { ...(topic ? { topic } : {}), ...(queue ? { queue } : {}) },
      cursor: params.cursor as string | undefined,
      limit: params.limit as number | undefined,
    });
    return c.json(page);
  });

  // Publishing: a create and a suggestion run once per Idempotency-Key, as recordShare; an edit
  // (a PUT) and a step (a 409 when repeated) need none.
  app.post('/share/posts', async (c) => {
    const { params, body } = await checked(c, 'createPost', true);
    const idempotencyKey = String(params['Idempotency-Key']);
    const response = await c.get('idempotency').run(idempotencyKey, await requestHash('POST', '/share/posts', body), async (ports) => ({
      status: 201,
      body: await ports.shareCard!.createPost(body as PostDraft, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  app.post('/share/suggestions', async (c) => {
    const { params, body } = await checked(c, 'suggestPost', true);
    const idempotencyKey = String(params['Idempotency-Key']);
    const response = await c.get('idempotency').run(idempotencyKey, await requestHash('POST', '/share/suggestions', body), async (ports) => ({
      status: 201,
      body: await ports.shareCard!.suggestPost(body as Suggestion, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  app.put('/share/posts/:postId', async (c) => {
    const { params, body } = await checked(c, 'updatePost', true);
    return c.json(await share(c).updatePost(String(params.postId), body as PostDraft));
  });

  app.post('/share/posts/:postId/actions', async (c) => {
    const { params, body } = await checked(c, 'actOnPost', true);
    return c.json(await share(c).actOnPost(String(params.postId), body as PostActionRequest));
  });

  app.get('/share/posts/:postId', async (c) => {
    const { params } = await checked(c, 'getPost');
    return c.json(await share(c).getPost(String(params.postId)));
  });

  app.get('/share/posts/:postId/links/:network', async (c) => {
    const { params } = await checked(c, 'getShareLink');
    return c.json(await share(c).getShareLink(String(params.postId), params.network as ShareNetwork));
  });

  app.post('/share/posts/:postId/shares', async (c) => {
    const { params, body } = await checked(c, 'recordShare', true);
    const postId = String(params.postId);
    const { network } = body as { network: ShareNetwork };
    const idempotencyKey = String(params['Idempotency-Key']);
    const response = await c.get('idempotency').run(idempotencyKey, await requestHash('POST', `/share/posts/${postId}/shares`, body), async (ports) => ({
      status: 201,
      body: await ports.shareCard!.recordShare(postId, network, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  app.get('/share/guidelines', async (c) => {
    await checked(c, 'getShareGuidelines');
    return c.json(await share(c).getGuidelines());
  });

  app.put('/share/guidelines/acceptance', async (c) => {
    const { body } = await checked(c, 'acceptShareGuidelines', true);
    return c.json(await share(c).acceptGuidelines((body as { version: string }).version));
  });

  return app;
}

/** What the redirect's route needs: a click port made as nobody (the mock's anonymous ports have it too). */
export type ShareRedirectEnv = { Variables: { ports: { readonly shareClicks?: ShareClickPort } } };

/** The redirect's path, for the apps that mount it before authentication. */
export const SHARE_REDIRECT_PATH = '/share/r/:ref';

/**
 * `GET /share/r/{ref}`: counts one click and answers 302 to the post's own stored link. Nothing of
 * the request but the reference is read (its query string, headers and cookies are ignored), so
 * it can never send anyone elsewhere; nothing about the clicker is stored.
 */
export function shareRedirectRoutes(): Hono<ShareRedirectEnv> {
  const app = new Hono<ShareRedirectEnv>();
  app.get(SHARE_REDIRECT_PATH, async (c) => {
    const { params } = await checked(c, 'followShareLink');
    const clicks = c.get('ports').shareClicks;
    if (!clicks) throw new ChorusError('unsupported', 'This backend has no share redirect.');
    const url = await clicks.followShareRef(String(params.ref));
    // The stored link was checked when the post was written; checked again, as the last word before a redirect.
    if (!isHttpUrl(url)) throw new NotFoundError('This link leads nowhere.');
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect(url, 302);
  });
  return app;
}
