import { Hono } from 'hono';
import type { Kudos, KudosDraft } from '../../src/core/kudos.js';
import { checked, port, replay, tagged, type EdgeContext, type EdgeEnv } from '../app.js';
import { preconditionFailed } from '../errors.js';
import { etagMatches, etagOf } from '../etag.js';
import { requestHash } from '../idempotency.js';
import { kudosImageResponse, lightKudos, lightKudosPage } from '../kudos-image.js';

/*
 * The kudos resources (the moderators' report list and the event stream are the mounters' own).
 * The port keeps each backend's order of checks: shape (the contract, here), the rules
 * (src/core/kudos.rules.ts), then visibility (404) and permission (403). What HTTP adds is here:
 * ETags, If-Match, Idempotency-Key, and an uploaded image by its address (edge/kudos-image.ts).
 */
export function kudosRoutes(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>();
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

  app.get('/kudos/config', async (c) => {
    await checked(c, 'getKudosConfig');
    return tagged(c, await port(c, 'kudos').getKudosConfig());
  });

  app.get('/kudos', async (c) => {
    const { params } = await checked(c, 'listKudos');
    const filter = { valueId: text(params.valueId), teamId: text(params.teamId), personId: text(params.personId) };
    const limit = typeof params.limit === 'number' ? params.limit : undefined;
    return c.json(lightKudosPage(await port(c, 'kudos').listKudos({ filter, cursor: text(params.cursor) ?? null, limit })));
  });

  app.post('/kudos', async (c) => {
    const { params, body } = await checked(c, 'giveKudos', true);
    const idempotencyKey = String(params['Idempotency-Key']);
    const response = await c.get('idempotency').run(idempotencyKey, await requestHash('POST', '/kudos', body), async (ports) => ({
      status: 201,
      body: lightKudos(await ports.kudos!.giveKudos(body as KudosDraft, { idempotencyKey })),
    }));
    return replay(c, response);
  });

  // The view depends on who asks (`reactions[].mine`, `reportedByMe`): `tagged` never shares it.
  app.get('/kudos/:kudosId', async (c) => {
    const { params } = await checked(c, 'getKudos');
    return tagged(c, lightKudos(await port(c, 'kudos').getKudos(String(params.kudosId))));
  });

  // Visibility as the kudos' own: getKudos is 404 to whoever may not see it.
  app.get('/kudos/:kudosId/image', async (c) => {
    const { params } = await checked(c, 'getKudosImage');
    return kudosImageResponse(await port(c, 'kudos').getKudos(String(params.kudosId)));
  });

  // If-Match is checked by the port after its 404 and 403, in the delete's transaction.
  app.delete('/kudos/:kudosId', async (c) => {
    const { params } = await checked(c, 'deleteKudos');
    const ifMatch = params['If-Match'] as string | undefined;
    const precondition = ifMatch
      ? async (current: unknown) => {
          if (!etagMatches(ifMatch, await etagOf(JSON.stringify(lightKudos(current as Kudos))))) throw preconditionFailed();
        }
      : undefined;
    await port(c, 'kudos').deleteKudos(String(params.kudosId), { precondition });
    return c.body(null, 204);
  });

  const react = (active: boolean) => async (c: EdgeContext) => {
    const { params } = await checked(c, active ? 'addReaction' : 'removeReaction');
    return c.json(lightKudos(await port(c, 'kudos').setReaction(String(params.kudosId), String(params.emoji), active)));
  };
  app.put('/kudos/:kudosId/reactions/:emoji', react(true));
  app.delete('/kudos/:kudosId/reactions/:emoji', react(false));

  app.get('/kudos/:kudosId/comments', async (c) => {
    const { params } = await checked(c, 'listComments');
    return c.json({ items: await port(c, 'kudos').listComments(String(params.kudosId)) });
  });

  app.post('/kudos/:kudosId/comments', async (c) => {
    const { params, body } = await checked(c, 'addComment', true);
    const kudosId = String(params.kudosId);
    // A kudos the caller cannot see is 404 even to a replayed key.
    await port(c, 'kudos').getKudos(kudosId);
    const idempotencyKey = String(params['Idempotency-Key']);
    const hash = await requestHash('POST', `/kudos/${kudosId}/comments`, body);
    const response = await c.get('idempotency').run(idempotencyKey, hash, async (ports) => ({
      status: 201,
      body: await ports.kudos!.addComment(kudosId, (body as { message: string }).message, { idempotencyKey }),
    }));
    return replay(c, response);
  });

  app.post('/kudos/:kudosId/comments/:commentId/reports', async (c) => {
    const { params, body } = await checked(c, 'reportComment', true);
    await port(c, 'kudos').reportComment(String(params.kudosId), String(params.commentId), (body as { reason: string }).reason);
    return c.body(null, 204);
  });

  app.post('/kudos/:kudosId/reports', async (c) => {
    const { params, body } = await checked(c, 'reportKudos', true);
    await port(c, 'kudos').reportKudos(String(params.kudosId), (body as { reason: string }).reason);
    return c.body(null, 204);
  });

  return app;
}
