import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions, type ServerApp } from '../app.js';
import { answerClientErrors } from '../client-errors.js';
import { ProxyHeaderAuth } from '../auth/proxy.js';
import { DevSessionAuth, SESSION_COOKIE, sessionValue } from '../auth/session.js';
import type { Db } from '../db/db.js';
import { openPglite } from '../db/pglite.js';
import { prepareDatabase } from '../setup.js';
import { ContractValidator } from '../validation.js';

/** A fixed moment, so seeded timestamps and cursors are the same on every run. */
export const T0 = Date.parse('2025-03-10T09:00:00.000Z');
export const SECRET = 'test-secret-test-secret-test-secret!';
export const BASE = '/api/chorus';

/** Chloé: a regular employee (the demo's default user). */
export const CHLOE = 'p-01';
export const MAI = 'p-03';
/** Nadia: a moderator. */
export const NADIA = 'p-29';
/** Ólafur: an admin. */
export const OLAFUR = 'p-32';

export const contract = ContractValidator.fromFile();

export interface TestServer {
  app: ServerApp;
  db: Db;
  clock: { now: number };
  /** A request as `userId` (null: nobody signed in). Checks every JSON answer against the contract. */
  call(
    userId: string | null,
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string>; operationId?: string },
  ): Promise<Response>;
  /** `call` and the parsed JSON (typed loosely: tests check answers against the contract instead). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json<T = any>(
    userId: string | null,
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string>; operationId?: string },
  ): Promise<{ status: number; body: T; res: Response }>;
  cookie(userId: string): string;
  close(): Promise<void>;
}

export interface TestServerOptions extends Partial<AppOptions> {
  db?: Db;
  /** Skip migrations and seed (the database is ready). */
  prepared?: boolean;
  seed?: boolean;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const clock = { now: T0 };
  const db = options.db ?? (await openPglite());
  if (!options.prepared) await prepareDatabase(db, clock.now, options.seed ?? true);
  const auth = options.auth ?? new DevSessionAuth({ secret: SECRET, path: BASE, now: () => clock.now });
  const app = await createApp({ now: () => clock.now, contract, ...options, db, auth });
  const cookie = (userId: string) => `${SESSION_COOKIE}=${sessionValue(SECRET, userId, Math.floor(clock.now / 1000))}`;

  const call: TestServer['call'] = async (userId, method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (userId && auth instanceof DevSessionAuth) headers.cookie = cookie(userId);
    if (userId && auth instanceof ProxyHeaderAuth) headers[auth.header] = userId;
    let body: string | undefined;
    if (init.body !== undefined) body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    // As the REST adapter does: every change is JSON, body or not (edge/forgery.ts refuses others).
    if (init.body !== undefined || (method !== 'GET' && method !== 'DELETE')) headers['content-type'] ??= 'application/json';
    const res = await app.app.request(BASE + path, { method, headers, body });
    if (init.operationId && res.headers.get('content-type')?.includes('application/json')) {
      const errors = contract.responseErrors(init.operationId, res.status, await res.clone().json());
      if (errors.length) throw new Error(`${method} ${path} → ${res.status} breaks the contract: ${errors.join('; ')}`);
    }
    return res;
  };

  return {
    app,
    db,
    clock,
    call,
    async json(userId, method, path, init) {
      const res = await call(userId, method, path, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, res };
    },
    cookie,
    async close() {
      await app.close();
      if (!options.db) await db.close();
    },
  };
}

/** Serves an app over real HTTP on 127.0.0.1 (an ephemeral port), for streams. */
export async function listen(app: ServerApp): Promise<{ url: string; server: ServerType; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}${BASE}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
    answerClientErrors(server);
  });
}

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
  retry?: string;
}

/**
 * Reads a text/event-stream with fetch. `next(predicate, ms)` resolves with the first message
 * (comments included) that matches, or rejects after `ms` — nothing waits forever.
 */
export async function openStream(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  // Nothing in a test waits forever: the stream is cut after a minute whatever happens.
  const res = await fetch(url, { headers, signal: AbortSignal.any([abort.signal, AbortSignal.timeout(60_000)]) });
  const queue: SseMessage[] = [];
  const waiter: { wake: (() => void) | null } = { wake: null };
  let ended = false;
  void (async () => {
    if (!res.body) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const msg of parseBlock(block)) queue.push(msg);
          waiter.wake?.();
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      ended = true;
      waiter.wake?.();
    }
  })();

  return {
    res,
    /** Everything received and not yet taken. */
    taken: queue,
    async next(match: (m: SseMessage) => boolean = (m) => m.data !== undefined, ms = 5000): Promise<SseMessage> {
      const deadline = Date.now() + ms;
      for (;;) {
        const i = queue.findIndex(match);
        if (i >= 0) return queue.splice(i, 1)[0]!;
        if (ended) throw new Error('the stream ended');
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching event within ${ms} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiter.wake = () => {
            clearTimeout(timer);
            waiter.wake = null;
            resolve();
          };
        });
      }
    },
    /** Events (with data; not the stream's own `ready`) received within `ms`, for "nothing arrives" checks. */
    async drain(ms: number): Promise<SseMessage[]> {
      await new Promise((r) => setTimeout(r, ms));
      return queue.splice(0).filter((m) => m.data !== undefined && m.event !== 'ready');
    },
    close() {
      abort.abort();
    },
  };
}

function parseBlock(block: string): SseMessage[] {
  const msg: SseMessage = {};
  const comments: SseMessage[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) comments.push({ comment: line.slice(1).trim() });
    else {
      const at = line.indexOf(':');
      const key = at < 0 ? line : line.slice(0, at);
      const value = at < 0 ? '' : line.slice(at + 1).replace(/^ /, '');
      if (key === 'data') msg.data = msg.data === undefined ? value : `${msg.data}\n${value}`;
      else if (key === 'id' || key === 'event' || key === 'retry') msg[key] = value;
    }
  }
  return Object.keys(msg).length ? [msg, ...comments] : comments;
}

export function draft(overrides: Record<string, unknown> = {}) {
  return {
    recipientIds: [MAI],
    message: 'Thanks for fixing the build pipeline before the release.',
    valueId: null,
    image: null,
    visibility: 'public',
    ...overrides,
  };
}

let keys = 0;
export function key(): string {
  return `test-key-${++keys}-${Math.random().toString(36).slice(2)}`;
}
