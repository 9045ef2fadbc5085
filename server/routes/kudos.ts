import { Hono } from 'hono';
import { ForbiddenError, NotFoundError } from '../../src/core/errors.js';
import type { Kudos, KudosDraft } from '../../src/core/kudos.js';
import { canDelete, canSee, validateComment, validateDraft, validateReaction, validateReportReason } from '../../src/core/kudos.rules.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Queryable } from '../db/db.js';
import type { Ctx, Deps, Env } from '../context.js';
import { checked } from '../context.js';
import { etagMatches, etagOf } from '../../edge/etag.js';
import { preconditionFailed } from '../errors.js';
import { idempotent, requestHash, type StoredResponse } from '../idempotency.js';
import * as store from '../kudos.store.js';
import { peopleNamed, toComment, toKudos, type KudosRecord } from '../kudos.view.js';
import { existingIds, usersById } from '../people.store.js';
import { recordEvent } from '../live.js';
import { takeRateSlot } from '../rate-limit.js';

/*
 * The kudos resources. Each handler follows the embedded adapter's order of checks (so both
 * backends answer a bad request the same way): shape (the contract), then the rules
 * (src/core/kudos.rules.ts), then visibility (404) and permission (403).
 */

function replay(c: Ctx, response: StoredResponse): Response {
  if (response.replayed) c.header('Idempotent-Replayed', 'true');
  return c.body(response.body, response.status as 201, { 'Content-Type': 'application/json' });
}

export function kudosRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  const { config } = deps;
  const configJson = JSON.stringify(config);
  const configTag = etagOf(configJson);

  async function view(db: Queryable, record: KudosRecord, user: CurrentUser): Promise<Kudos> {
    return toKudos(record, user, await usersById(db, peopleNamed([record])), config.reactions);
  }

  /** The kudos if `user` may see it; a private kudos of others is "not found", never "forbidden". */
  async function visible(db: Queryable, id: string, user: CurrentUser): Promise<KudosRecord> {
    const record = await store.loadRecord(db, id);
    if (!record || !canSee(record, user)) throw new NotFoundError();
    return record;
  }

  app.get('/kudos/config', async (c) => {
    await checked(deps, c, 'getKudosConfig');
    const tag = await configTag;
    c.header('ETag', tag);
    c.header('Cache-Control', 'private, no-cache');
    if (etagMatches(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
    return c.body(configJson, 200, { 'Content-Type': 'application/json' });
  });

  app.get('/kudos', async (c) => {
    const { params } = await checked(deps, c, 'listKudos');
    const user = c.get('user');
    const { valueId, teamId, personId } = params as Record<string, string | undefined>;
    const filter = { ...(valueId ? { valueId } : {}), ...(teamId ? { teamId } : {}), ...(personId ? { personId } : {}) };
    const { records, more } = await store.listRecords(deps.db, user, { filter, cursor: (params.cursor as string | undefined) ?? null, limit: Number(params.limit) });
    // The SQL filter is core's canSee; this keeps a future change to one from leaking past the other.
    const seen = records.filter((r) => canSee(r, user));
    const people = await usersById(deps.db, peopleNamed(seen));
    const last = records[records.length - 1];
    return c.json({
      items: seen.map((r) => toKudos(r, user, people, config.reactions)),
      nextCursor: more && last ? store.encodeCursor(last) : null,
    });
  });

  app.post('/kudos', async (c) => {
    const { params, body } = await checked(deps, c, 'giveKudos', true);
    const user = c.get('user');
    const draft = body as KudosDraft;
    const now = deps.now();
    const response = await idempotent(deps.db, user.id, String(params['Idempotency-Key']), await requestHash('POST', '/kudos', draft), now, async (tx) => {
      const ids = Array.isArray(draft.recipientIds) ? draft.recipientIds : [];
      const valid = validateDraft(draft, config, await existingIds(tx, ids), user);
      await takeRateSlot(tx, user.id, 'kudos', now, deps.rateLimit);
      const id = await store.insertKudos(tx, user.id, valid, now);
      await recordEvent(tx, 'created', { id, authorId: user.id, recipientIds: valid.recipientIds, visibility: valid.visibility }, now);
      return { status: 201, body: await view(tx, (await store.loadRecord(tx, id))!, user) };
    });
    return replay(c, response);
  });

  app.get('/kudos/:kudosId', async (c) => {
    const { params } = await checked(deps, c, 'getKudos');
    const user = c.get('user');
    const json = JSON.stringify(await view(deps.db, await visible(deps.db, String(params.kudosId), user), user));
    const tag = await etagOf(json);
    c.header('ETag', tag);
    // The view depends on who asks (`mine`, `reportedByMe`): never shared between users.
    c.header('Cache-Control', 'private, no-cache');
    if (etagMatches(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
    return c.body(json, 200, { 'Content-Type': 'application/json' });
  });

  app.delete('/kudos/:kudosId', async (c) => {
    const { params } = await checked(deps, c, 'deleteKudos');
    const user = c.get('user');
    const id = String(params.kudosId);
    const ifMatch = params['If-Match'] as string | undefined;
    await deps.db.transaction(async (tx) => {
      const record = await visible(tx, id, user);
      if (!canDelete(record, user)) throw new ForbiddenError('Only the author or a moderator can delete this kudos.');
      if (ifMatch && !etagMatches(ifMatch, await etagOf(JSON.stringify(await view(tx, record, user))))) throw preconditionFailed();
      if (!(await store.deleteKudos(tx, id))) throw new NotFoundError();
      await recordEvent(tx, 'deleted', record, deps.now());
    });
    return c.body(null, 204);
  });

  const react = (active: boolean) => async (c: Ctx) => {
    const { params } = await checked(deps, c, active ? 'addReaction' : 'removeReaction');
    const user = c.get('user');
    const emoji = String(params.emoji);
    validateReaction(emoji, config);
    const kudos = await deps.db.transaction(async (tx) => {
      const record = await visible(tx, String(params.kudosId), user);
      // Already as asked: no write, no live event, same answer (idempotent).
      if (!(await store.setReaction(tx, record.id, user.id, emoji, active))) return view(tx, record, user);
      await recordEvent(tx, 'updated', record, deps.now());
      return view(tx, (await store.loadRecord(tx, record.id))!, user);
    });
    return c.json(kudos);
  };
  app.put('/kudos/:kudosId/reactions/:emoji', react(true));
  app.delete('/kudos/:kudosId/reactions/:emoji', react(false));

  app.get('/kudos/:kudosId/comments', async (c) => {
    const { params } = await checked(deps, c, 'listComments');
    const record = await visible(deps.db, String(params.kudosId), c.get('user'));
    const comments = await store.listComments(deps.db, record.id);
    const people = await usersById(deps.db, comments.map((m) => m.authorId));
    return c.json({ items: comments.map((m) => toComment(m, people)) });
  });

  app.post('/kudos/:kudosId/comments', async (c) => {
    const { params, body } = await checked(deps, c, 'addComment', true);
    const user = c.get('user');
    const kudosId = String(params.kudosId);
    await visible(deps.db, kudosId, user);
    const message = (body as { message: string }).message;
    const now = deps.now();
    const hash = await requestHash('POST', `/kudos/${kudosId}/comments`, body);
    const response = await idempotent(deps.db, user.id, String(params['Idempotency-Key']), hash, now, async (tx) => {
      const text = validateComment(message, config);
      const record = await visible(tx, kudosId, user);
      const id = await store.insertComment(tx, record.id, user.id, text, now);
      await recordEvent(tx, 'updated', record, now);
      const comment = (await store.loadComment(tx, id))!;
      return { status: 201, body: toComment(comment, await usersById(tx, [user.id])) };
    });
    return replay(c, response);
  });

  app.post('/kudos/:kudosId/reports', async (c) => {
    const { params, body } = await checked(deps, c, 'reportKudos', true);
    const user = c.get('user');
    const reason = validateReportReason((body as { reason: string }).reason);
    await deps.db.transaction(async (tx) => {
      const record = await visible(tx, String(params.kudosId), user);
      // Reporting twice keeps the first report: one person is one signal for moderators.
      if (!(await store.insertReport(tx, record.id, user.id, reason, deps.now()))) return;
      // Only the reporter's view changed (`reportedByMe`).
      await recordEvent(tx, 'updated', record, deps.now(), user.id);
    });
    return c.body(null, 204);
  });

  return app;
}
