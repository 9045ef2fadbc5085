import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ValidationError } from '../../src/core/errors.js';
import type { Kudos, KudosComment, KudosConfig, KudosDraft, KudosQuery } from '../../src/core/kudos.js';
import type { RateLimit } from '../../src/core/kudos.rules.js';
import type { Page, Person, Team } from '../../src/core/people.js';
import { CHLOE, MAI, NADIA, T0, key, startTestServer, type TestServer } from './helpers.js';
import { lightKudos } from '../../edge/kudos-image.js';

/*
 * The server must behave like the embedded adapter. Both start from the same seed at the same
 * moment, so their answers can be compared item by item: lists for several viewers and
 * filters, comments, people search, teams, config, and the field errors of broken requests.
 *
 * The memory adapter runs here in Node (in memory, no latency). It is imported through a
 * computed specifier so the server's type check does not pull in its browser-only storage code.
 */

interface MemoryLike {
  kudos: {
    getKudosConfig(): Promise<KudosConfig>;
    listKudos(q: KudosQuery): Promise<Page<Kudos>>;
    listComments(id: string): Promise<KudosComment[]>;
    giveKudos(draft: KudosDraft, o: { idempotencyKey: string }): Promise<Kudos>;
    addComment(id: string, message: string, o: { idempotencyKey: string }): Promise<KudosComment>;
    reportKudos(id: string, reason: string): Promise<void>;
    setReaction(id: string, emoji: string, active: boolean): Promise<Kudos>;
  };
  people: { searchPeople(q: string, o?: { limit?: number }): Promise<Person[]>; listTeams(): Promise<Team[]> };
  setCurrentUser(id: string): void;
  dispose(): void;
}
interface MemoryModule {
  MemoryAdapter: new (o: Record<string, unknown>) => MemoryLike;
  DEFAULT_RATE_LIMIT: RateLimit;
  DEFAULT_KUDOS_CONFIG: KudosConfig;
}

const memoryUrl = new URL('../../src/adapters/memory/memory.adapter.ts', import.meta.url).href;
let memoryModule: MemoryModule;
let memory: MemoryLike;
let s: TestServer;

before(async () => {
  memoryModule = (await import(memoryUrl)) as MemoryModule;
  s = await startTestServer();
  memory = new memoryModule.MemoryAdapter({ persist: false, latency: 0, now: () => s.clock.now });
});
after(async () => {
  memory?.dispose();
  await s?.close();
});

async function memoryErrors(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  return [];
}

describe('the server and the embedded adapter agree', () => {
  it('on the configuration and the rate limit', async () => {
    const config = await s.json(CHLOE, 'GET', '/kudos/config');
    assert.deepEqual(config.body, await memory.kudos.getKudosConfig());
    assert.deepEqual(s.app.deps.rateLimit, memoryModule.DEFAULT_RATE_LIMIT);
  });

  it('on every page of the wall, for each kind of viewer and filter', async () => {
    const filters: Record<string, string>[] = [{}, { valueId: 'own-it' }, { teamId: 't-sales' }, { personId: MAI }];
    for (const viewer of [CHLOE, MAI, NADIA, 'p-02']) {
      memory.setCurrentUser(viewer);
      for (const filter of filters) {
        let cursor: string | null = null;
        let pages = 0;
        do {
          const ours: Page<Kudos> = await memory.kudos.listKudos({ filter, cursor, limit: 30 });
          const qs: URLSearchParams = new URLSearchParams({ ...filter, limit: '30', ...(cursor ? { cursor } : {}) });
          const theirs: { body: Page<Kudos> } = await s.json<Page<Kudos>>(viewer, 'GET', `/kudos?${qs.toString()}`);
          // On the wire an uploaded image is named by its address (edge/kudos-image.ts), not carried.
          assert.deepEqual(theirs.body.items, ours.items.map(lightKudos), `${viewer} ${JSON.stringify(filter)} page ${pages}`);
          assert.equal(theirs.body.nextCursor, ours.nextCursor, 'the same cursors, even');
          cursor = ours.nextCursor;
          pages++;
        } while (cursor && pages < 20);
      }
    }
  });

  it('on comments, people search and teams', async () => {
    memory.setCurrentUser(CHLOE);
    const withComments = (
      await s.db.query<{ kudos_id: string }>(
        "select distinct c.kudos_id from comments c join kudos k on k.id = c.kudos_id where k.visibility = 'public' order by 1 limit 5",
      )
    ).map((r) => r.kudos_id);
    assert.ok(withComments.length > 0);
    for (const id of withComments) {
      assert.deepEqual((await s.json(CHLOE, 'GET', `/kudos/${id}/comments`)).body.items, await memory.kudos.listComments(id));
    }
    for (const q of ['so', 'SØR', 'eng', 'mai', 'product designer', 'zz', 'o', 'jose maria']) {
      for (const limit of [undefined, 3]) {
        const qs = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
        assert.deepEqual(
          (await s.json(CHLOE, 'GET', `/people?${qs.toString()}`)).body.items,
          await memory.people.searchPeople(q, limit ? { limit } : {}),
          `people "${q}" ${limit}`,
        );
      }
    }
    assert.deepEqual((await s.json(CHLOE, 'GET', '/teams')).body.items, await memory.people.listTeams());
  });

  it('on the field errors of broken kudos, comments, reactions and reports', async () => {
    memory.setCurrentUser(CHLOE);
    const drafts: KudosDraft[] = [
      { recipientIds: [], message: '', valueId: null, image: null, visibility: 'public' },
      { recipientIds: [CHLOE], message: 'short', valueId: 'nope', image: { url: 'ftp://x', alt: '' }, visibility: 'public' },
      { recipientIds: ['p-999'], message: 'x'.repeat(501), valueId: null, image: { url: '', alt: 'alt' }, visibility: 'private' },
      {
        recipientIds: Array.from({ length: 11 }, (_, i) => `p-${String(i + 2).padStart(2, '0')}`),
        message: '🇫🇷'.repeat(9),
        valueId: null,
        image: null,
        visibility: 'public',
      },
    ];
    for (const draft of drafts) {
      const theirs = await s.json(CHLOE, 'POST', '/kudos', { body: draft, headers: { 'Idempotency-Key': key() } });
      assert.equal(theirs.status, 400);
      assert.deepEqual(
        theirs.body.error.fields,
        await memoryErrors(() => memory.kudos.giveKudos(draft, { idempotencyKey: key() })),
        JSON.stringify(draft).slice(0, 80),
      );
    }
    const target = (await s.json<Page<Kudos>>(CHLOE, 'GET', '/kudos?limit=1')).body.items[0]!.id;
    for (const message of ['', '  ', 'x'.repeat(301)]) {
      const theirs = await s.json(CHLOE, 'POST', `/kudos/${target}/comments`, { body: { message }, headers: { 'Idempotency-Key': key() } });
      assert.deepEqual(theirs.body.error.fields, await memoryErrors(() => memory.kudos.addComment(target, message, { idempotencyKey: key() })));
    }
    const reaction = await s.json(CHLOE, 'PUT', `/kudos/${target}/reactions/${encodeURIComponent('🦄')}`);
    assert.deepEqual(reaction.body.error.fields, await memoryErrors(() => memory.kudos.setReaction(target, '🦄', true)));
    const report = await s.json(CHLOE, 'POST', `/kudos/${target}/reports`, { body: { reason: 'x'.repeat(501) } });
    assert.deepEqual(report.body.error.fields, await memoryErrors(() => memory.kudos.reportKudos(target, 'x'.repeat(501))));
  });

  it('on what a new kudos, reaction and comment look like', async () => {
    memory.setCurrentUser(CHLOE);
    s.clock.now = T0 + 3_600_000;
    const draft: KudosDraft = {
      recipientIds: [MAI, 'p-04'],
      message: '  Thanks for the calm, clear incident review!  ',
      valueId: 'customer-first',
      image: null,
      visibility: 'private',
    };
    const ours = await memory.kudos.giveKudos(draft, { idempotencyKey: key() });
    const theirs = (await s.json<Kudos>(CHLOE, 'POST', '/kudos', { body: draft, headers: { 'Idempotency-Key': key() } })).body;
    assert.deepEqual({ ...theirs, id: '' }, { ...ours, id: '' });

    memory.setCurrentUser(MAI);
    const reactedOurs = await memory.kudos.setReaction(ours.id, '🎉', true);
    const reactedTheirs = (await s.json<Kudos>(MAI, 'PUT', `/kudos/${theirs.id}/reactions/${encodeURIComponent('🎉')}`)).body;
    assert.deepEqual({ ...reactedTheirs, id: '' }, { ...reactedOurs, id: '' });

    const commentOurs = await memory.kudos.addComment(ours.id, ' Thank you! ', { idempotencyKey: key() });
    const commentTheirs = (
      await s.json<KudosComment>(MAI, 'POST', `/kudos/${theirs.id}/comments`, {
        body: { message: ' Thank you! ' },
        headers: { 'Idempotency-Key': key() },
      })
    ).body;
    assert.deepEqual({ ...commentTheirs, id: '', kudosId: '' }, { ...commentOurs, id: '', kudosId: '' });
  });

  it("on the rate limit's answer", async () => {
    const giver = 'p-12';
    memory.setCurrentUser(giver);
    s.clock.now = T0 + 7_200_000;
    const draft: KudosDraft = {
      recipientIds: [MAI],
      message: 'Thanks for all the help this week!',
      valueId: null,
      image: null,
      visibility: 'public',
    };
    for (let i = 0; i < 10; i++) {
      await memory.kudos.giveKudos(draft, { idempotencyKey: key() });
      assert.equal((await s.json(giver, 'POST', '/kudos', { body: draft, headers: { 'Idempotency-Key': key() } })).status, 201);
      s.clock.now += 2000;
    }
    const theirs = await s.json(giver, 'POST', '/kudos', { body: draft, headers: { 'Idempotency-Key': key() } });
    await assert.rejects(memory.kudos.giveKudos(draft, { idempotencyKey: key() }), (error: { retryAfterSeconds: number }) => {
      assert.equal(theirs.status, 429);
      assert.equal(Number(theirs.res.headers.get('retry-after')), error.retryAfterSeconds);
      return true;
    });
  });
});
