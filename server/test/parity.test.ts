import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Context } from 'hono';
import { getResponse, type RequestHandler } from 'msw';
import { parse } from 'yaml';
import type { Authenticator } from '../auth/authenticator.js';
import type { Queryable } from '../db/db.js';
import { findUser } from '../people.store.js';
import { CONTRACT_PATH } from '../validation.js';
import { BASE, T0, startTestServer, type TestServer } from './helpers.js';
import { CASES as WRITTEN, CHLOE, JSON_HEADERS, type Ids, type WireCase } from './parity.cases.js';

/*
 * Wire-level parity: the same raw requests, sent to the MSW mock (mocks/, what stories and the
 * browser tests meet) and to the reference server (PGlite in memory, a pinned clock), get the
 * same status, the same body and the same protocol headers, over every operation of
 * contract/openapi.yaml. Both sides seed the same demo company at the same moment (T0) and know
 * a user by `Authorization: Bearer <person id>` (the server through a test authenticator: who
 * signs in is the server's business, not the contract's).
 *
 * What legitimately differs, and is normalised before comparing:
 * - ids each backend makes up at run time (kudos, comments, polls, options, threads, messages):
 *   every `id` in the answer to a write becomes `<new:N>`, numbered in order of appearance, on
 *   each side, and so does every later occurrence of that id;
 * - secrets made up at run time (`replyToken`, `receipt`, a tracked link's `ref`): `<token>`, `<ref>`;
 * - a leaderboard pseudonym and its entrant id (each backend's own secret): `<pseudonym>`, `colleague-<id>`;
 * - an ETag's value when the body it tags holds such ids (its kind, strong or weak, is compared).
 * Nothing else: statuses, error codes, messages, field errors, times and replay headers must be equal.
 */

const ORIGIN = 'http://parity.test';

/**
 * The mock, imported by a path tsc does not follow: it runs on the embedded adapter, typed
 * against the DOM, which the server's Node-only type check (server/tsconfig.json) does not have.
 */
interface KudosMock {
  handlers: RequestHandler[];
  dropStreams(): void;
}
const MOCK_MODULE: string = '../../mocks/kudos.handlers.js';
const { kudosMock } = (await import(MOCK_MODULE)) as { kudosMock(options: object): KudosMock };

/** Who a request is made as, for the server: the bearer token names the person (as the mock reads it). */
const bearerAuth: Authenticator = {
  kind: 'bearer',
  async authenticate(c: Context, db: Queryable) {
    const id = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    return id ? findUser(db, id) : null;
  },
};

interface Side {
  name: string;
  send(path: string, init: RequestInit): Promise<Response>;
  ids: Ids;
  /** Run-time id → `<new:N>`. */
  aliases: Map<string, string>;
}

interface Seen {
  status: number;
  headers: Record<string, string | null>;
  body: unknown;
}

let server: TestServer;
let mock: KudosMock;
let sides: Side[];

before(async () => {
  server = await startTestServer({ auth: bearerAuth });
  mock = kudosMock({ baseUrl: ORIGIN + BASE, auth: 'required', adapter: { now: () => T0 } });
  const side = (name: string, send: Side['send']): Side => ({ name, send, ids: {}, aliases: new Map() });
  sides = [
    side('server', async (path, init) => server.app.app.request(BASE + path, init)),
    side('mock', async (path, init) => {
      const response = await getResponse(mock.handlers, new Request(ORIGIN + BASE + path, init));
      return response ?? new Response('no handler', { status: 599 });
    }),
  ];
});
after(async () => {
  mock?.dropStreams();
  await server?.close();
});

const resolve = <T>(value: T | ((ids: Ids) => T), ids: Ids): T => (typeof value === 'function' ? (value as (ids: Ids) => T)(ids) : value);

/** Walks a JSON value: run-time ids and secrets replaced as the header comment says. */
function normalise(value: unknown, side: Side, learn: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v, side, learn));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    if (learn && typeof record.id === 'string' && !side.aliases.has(record.id)) side.aliases.set(record.id, `<new:${side.aliases.size + 1}>`);
    for (const [k, v] of Object.entries(record))
      out[k] =
        (k === 'replyToken' || k === 'receipt') && typeof v === 'string'
          ? '<token>'
          : k === 'pseudonym' && typeof v === 'string'
            ? '<pseudonym>'
            : k === 'url' && typeof v === 'string'
              ? withoutRef(v).replace(/^kudos\/([^/]+)\/image$/, (_, id: string) => `kudos/${side.aliases.get(decodeURIComponent(id)) ?? id}/image`)
              : normalise(v, side, learn);
    return out;
  }
  if (typeof value === 'string') return side.aliases.get(value) ?? value.replace(/^colleague-[0-9a-f]{20}$/, 'colleague-<id>');
  return value;
}

/** A tracked link's `ref` is random on each side (src/core/secret.ts, newShareRef): the rest of the link must be equal. */
const withoutRef = (url: string) => url.replace(/([?&]ref=)[\w-]+/, '$1<ref>');

function keptName(side: Side, value: string | null): string | null {
  const name = Object.entries(side.ids).find(([, v]) => v === value)?.[0];
  return name ? `<${name}>` : null;
}

async function send(side: Side, c: WireCase): Promise<Seen> {
  const headers: Record<string, string> = { ...resolve(c.headers ?? {}, side.ids) };
  if (c.as) headers.Authorization = `Bearer ${c.as}`;
  const raw = resolve(c.body, side.ids);
  let body: string | undefined;
  if (raw !== undefined) {
    body = typeof raw === 'string' ? raw : JSON.stringify(raw);
    Object.assign(headers, JSON_HEADERS);
  }
  const res = await side.send(resolve(c.path, side.ids), { method: c.method, headers, body, credentials: 'omit' });
  const type = res.headers.get('content-type')?.split(';')[0] ?? null;
  let parsed: unknown;
  if (type === 'text/event-stream') {
    // The first frame only; the stream stays open otherwise.
    const reader = res.body!.getReader();
    // Event ids count each backend's own events: the `ready` id is a number on both, not the same one.
    parsed = new TextDecoder().decode((await reader.read()).value).replace(/^id: \d+$/m, 'id: <current>');
    await reader.cancel();
  } else {
    const text = await res.text();
    parsed = text && type === 'application/json' ? JSON.parse(text) : text;
  }
  const kept = res.status < 300 && c.keep ? c.keep(parsed, res.headers) : {};
  const before = JSON.stringify(parsed);
  const normalised = normalise(parsed, side, c.method !== 'GET' && res.status < 300);
  const etag = res.headers.get('ETag');
  const etagKind = etag === null ? null : etag.startsWith('W/') ? 'weak' : 'strong';
  const headerTag = keptName(side, etag);
  Object.assign(side.ids, kept);
  return {
    status: res.status,
    headers: {
      'content-type': type,
      // The tag an earlier answer gave (If-None-Match), by name; otherwise its value only where
      // the tagged body holds nothing made up at run time.
      etag: headerTag ?? (before === JSON.stringify(normalised) ? etag : etagKind),
      'idempotent-replayed': res.headers.get('Idempotent-Replayed'),
      'retry-after': res.headers.get('Retry-After'),
      location: res.headers.get('Location'),
    },
    body: normalised,
  };
}

/**
 * Where the mock still answers otherwise, by case: these run as TODO (their output shows the
 * difference) until the mock runs the server's code. Remove an entry when its case passes.
 */
const DRIFTS: Record<string, string> = {};

type ContractOperation = { operationId?: string; parameters?: unknown[]; requestBody?: unknown };
const DOC = parse(readFileSync(CONTRACT_PATH, 'utf8')) as { paths: Record<string, Record<string, ContractOperation>> };
/**
 * The written cases, and one for each operation without a case that takes nothing (a GET of a
 * fixed path, no parameters: a new widget's stub, `npm run create`), sent as it is.
 */
const CASES: WireCase[] = [
  ...WRITTEN,
  ...Object.entries(DOC.paths).flatMap(([path, item]) => {
    const op = item.get;
    if (!op?.operationId || op.parameters?.length || op.requestBody || path.includes('{') || WRITTEN.some((c) => c.op === op.operationId)) return [];
    return [{ op: op.operationId, name: 'as is', as: CHLOE, method: 'GET', path }];
  }),
];

describe('the mock and the server answer the same raw requests alike', () => {
  it('has a case for every operation of the contract', () => {
    const operations = Object.values(DOC.paths).flatMap((item) =>
      Object.values(item)
        .map((op) => op?.operationId)
        .filter(Boolean),
    );
    const covered = new Set(CASES.map((c) => c.op));
    assert.deepEqual(
      operations.filter((op) => !covered.has(op!)),
      [],
      'operations without a parity case',
    );
    assert.deepEqual(
      [...covered].filter((op) => !operations.includes(op)),
      [],
      'cases of operations the contract does not have',
    );
  });

  for (const c of CASES) {
    const name = `${c.op}: ${c.name}`;
    it(name, { todo: DRIFTS[name] }, async () => {
      // Sequential, server first: both receive the whole sequence even when one case differs.
      const [fromServer, fromMock] = [await send(sides[0]!, c), await send(sides[1]!, c)];
      assert.deepEqual(fromMock, fromServer);
    });
  }
});
