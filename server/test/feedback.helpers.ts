import assert from 'node:assert/strict';
import type { FeedbackDraft } from '../../src/core/feedback.js';
import { DevSessionAuth } from '../auth/session.js';
import type { Db } from '../db/db.js';
import { BASE, SECRET, T0, key, type TestServer } from './helpers.js';

/*
 * What the feedback tests share (feedback.inbox.test.ts: the inbox and the token flow;
 * feedback.anonymity.test.ts: the rest). They cover anonymous feedback through the reference server: the sender's token flow, the recipients'
 * inbox, and above all what is *not* kept — no user, no address, no header, no raw token, in any
 * table or any log line — and a rate limit that counts networks without knowing them.
 */

/** Kwame: a feedback recipient. */
export const KWAME = 'p-06';
export const HOUR = 3_600_000;

export type Json = { status: number; body: any; res: Response }; // eslint-disable-line @typescript-eslint/no-explicit-any

export function draft(overrides: Partial<FeedbackDraft> = {}): FeedbackDraft {
  return { categoryId: 'workplace', message: 'The printer on floor two has been jammed for a week.', score: 2, ...overrides };
}

export const fieldsOf = (res: Json) => (res.body.error.fields as { field: string; code: string }[]).map((f) => `${f.field}:${f.code}`).sort();

/** The sender's calls: made as nobody (no session), whatever extra headers a test adds. */
export function sender(s: TestServer) {
  return {
    config: (headers: Record<string, string> = {}) => s.json(null, 'GET', '/feedback/config', { headers, operationId: 'getFeedbackConfig' }),
    send: (body: unknown = draft(), headers: Record<string, string> = {}, idempotencyKey = key()): Promise<Json> =>
      s.json(null, 'POST', '/feedback', { body, headers: { 'Idempotency-Key': idempotencyKey, ...headers }, operationId: 'sendFeedback' }),
    thread: (token: string, headers: Record<string, string> = {}): Promise<Json> =>
      s.json(null, 'GET', '/feedback/thread', { headers: { 'Chorus-Reply-Token': token, ...headers }, operationId: 'getFeedbackThread' }),
    reply: (token: string, message: string, headers: Record<string, string> = {}, idempotencyKey = key()): Promise<Json> =>
      s.json(null, 'POST', '/feedback/thread/replies', {
        body: { message },
        headers: { 'Chorus-Reply-Token': token, 'Idempotency-Key': idempotencyKey, ...headers },
        operationId: 'replyToFeedback',
      }),
  };
}

export function answer(s: TestServer, userId: string, threadId: string, message: string, idempotencyKey = key()): Promise<Json> {
  return s.json(userId, 'POST', `/feedback/inbox/${threadId}/answers`, {
    body: { message },
    headers: { 'Idempotency-Key': idempotencyKey },
    operationId: 'answerFeedback',
  });
}

export function setStatus(s: TestServer, userId: string, threadId: string, status: string): Promise<Json> {
  return s.json(userId, 'PUT', `/feedback/inbox/${threadId}/status`, { body: { status }, operationId: 'setFeedbackStatus' });
}

/** Every row of every table in the database, as JSON text. */
export async function dumpDatabase(db: Db): Promise<string[]> {
  const tables = await db.query<{ table_schema: string; table_name: string }>(
    `select table_schema, table_name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  assert.ok(
    tables.some((t) => t.table_name === 'feedback_threads'),
    'the dump sees the feedback tables',
  );
  const rows: string[] = [];
  for (const t of tables) {
    const quoted = `"${t.table_schema.replace(/"/g, '""')}"."${t.table_name.replace(/"/g, '""')}"`;
    for (const r of await db.query<{ j: string }>(`select row_to_json(t)::text as j from ${quoted} t`)) rows.push(`${t.table_name}: ${r.j}`);
  }
  return rows;
}

export const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Runs `work` with every console method captured; returns what was written. */
export async function captureConsole<T>(work: () => Promise<T>): Promise<{ result: T; output: string }> {
  const saved = CONSOLE_METHODS.map((m) => [m, console[m]] as const);
  const lines: string[] = [];
  for (const m of CONSOLE_METHODS)
    console[m] = (...args: unknown[]) =>
      void lines.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  try {
    const result = await work();
    return { result, output: lines.join('\n') };
  } finally {
    for (const [m, fn] of saved) console[m] = fn;
  }
}

/** An authenticator that records whether anything asked it who made a request. */
export function spyingAuth(): { auth: DevSessionAuth; asked: string[] } {
  const auth = new DevSessionAuth({ secret: SECRET, path: BASE, now: () => T0 });
  const asked: string[] = [];
  const authenticate = auth.authenticate.bind(auth);
  auth.authenticate = (c, db) => {
    asked.push(`${c.req.method} ${c.req.path}`);
    return authenticate(c, db);
  };
  return { auth, asked };
}

// ---- the seeded inbox ---------------------------------------------------------------------------
