import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Poll, PollDraft } from '../../src/core/poll.js';
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { key, startTestServer, type TestServer } from './helpers.js';

/*
 * What the poll route tests share (polls.test.ts: reads, creation, named votes, write-ins and
 * results; polls.anonymous.test.ts: anonymous votes and the live topic): one reference server per
 * test file and the calls they make to it.
 */

/** Kwame: a poll author (and the author of poll-lunch). */
export const KWAME = 'p-06';
/** Arjun: a poll author (poll-offsite, poll-enps). */
export const ARJUN = 'p-34';
export const HOUR = 3_600_000;

export type Json = { status: number; body: any; res: Response }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The test file's server, started by `withPollServer()`. */
export const server = {} as { s: TestServer };

/** Starts a reference server before the file's tests and closes it after them. */
export function withPollServer(): void {
  before(async () => {
    server.s = await startTestServer();
  });
  after(async () => {
    await server.s?.close();
  });
}

export const getPoll = (userId: string, id: string): Promise<Json> => server.s.json(userId, 'GET', `/polls/${id}`, { operationId: 'getPoll' });

export function vote(
  userId: string,
  pollId: string,
  body: { optionIds?: string[]; writeIn?: string | null; score?: number | null },
  options: { key?: string; receipt?: string } = {},
): Promise<Json> {
  const headers: Record<string, string> = { 'Idempotency-Key': options.key ?? key() };
  if (options.receipt) headers['Chorus-Vote-Receipt'] = options.receipt;
  return server.s.json(userId, 'POST', `/polls/${pollId}/votes`, {
    body: { optionIds: [], writeIn: null, score: null, ...body },
    headers,
    operationId: 'votePoll',
  });
}

export function pollDraft(overrides: Partial<PollDraft> = {}): PollDraft {
  return plainPollDraft('Which snack should the kitchen stock?', ['Apples', 'Crisps', 'Nuts'], overrides);
}

export async function create(overrides: Partial<PollDraft> = {}, userId = KWAME): Promise<Poll> {
  const res = await server.s.json(userId, 'POST', '/polls', {
    body: pollDraft(overrides),
    headers: { 'Idempotency-Key': key() },
    operationId: 'createPoll',
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as Poll;
}

export const count = (poll: Poll, optionId: string) => poll.results?.options.find((o) => o.optionId === optionId)?.count;
export const fieldsOf = (res: Json) => (res.body.error.fields as { field: string; code: string }[]).map((f) => `${f.field}:${f.code}`);
