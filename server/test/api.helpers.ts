import { after, before } from 'node:test';
import { draft, key, startTestServer, type TestServer } from './helpers.js';

/*
 * What the kudos API tests share (api.test.ts: sign-in, people, config, listing and private
 * kudos; api.kudos-writes.test.ts: giving, idempotency, reactions, comments, reports, deleting):
 * one reference server per test file, and the seeded public kudos' ids.
 */

/** The test file's server and seeded public kudos (the seed is deterministic, but the tests should not depend on which ids). */
export const server = { P: [] as string[] } as { s: TestServer; P: string[] };

/** Starts a reference server before the file's tests and closes it after them. */
export function withKudosServer(): void {
  before(async () => {
    server.s = await startTestServer();
    server.P = (await server.s.db.query<{ id: string }>("select id from kudos where visibility = 'public' order by id desc limit 10")).map((r) => r.id);
  });
  after(async () => {
    await server.s?.close();
  });
}

export const give = (userId: string, body: unknown = draft(), idempotencyKey = key()) =>
  server.s.json(userId, 'POST', '/kudos', { body, headers: { 'Idempotency-Key': idempotencyKey }, operationId: 'giveKudos' });
