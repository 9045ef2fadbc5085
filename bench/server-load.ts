/*
 * The reference server under load (run by bench/run.mjs: `node --import tsx bench/server-load.ts`):
 * the server as server/main.ts builds it, on 127.0.0.1 and a free port, driven by autocannon for
 * a fixed time per run. Prints one JSON line: per database, per scenario, one sample per run of
 * requests per second (successful answers only), latency p50 and p99, and failed answers.
 *
 * Scenarios: votes on one poll (the seeded named poll, 30 people changing their vote over and over,
 * each request with its own Idempotency-Key); kudos given (30 people, no rate limit, as in a
 * large company where each person gives rarely but many give at once). Sign-in is the proxy header,
 * so no session cookie is checked per request. Databases: an in-memory PGlite, and a throwaway
 * PostgreSQL cluster when Debian's PostgreSQL is installed (test/conformance/postgres-cluster.ts).
 *
 * Options (env): CHORUS_LOAD_RUNS per scenario (default 5), CHORUS_LOAD_SECONDS per run (default 2),
 * CHORUS_LOAD_CONNECTIONS (default 10). Each run waits for the server to finish what it accepted.
 */
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.js';
import { ProxyHeaderAuth } from '../server/auth/proxy.js';
import type { Db } from '../server/db/db.js';
import { openPglite } from '../server/db/pglite.js';
import { openPostgres } from '../server/db/postgres.js';
import { prepareDatabase } from '../server/setup.js';
import { startTestDatabase, unavailable as postgresUnavailable } from '../test/conformance/postgres-cluster.js';

const RUNS = Number(process.env.CHORUS_LOAD_RUNS ?? 5);
const SECONDS = Number(process.env.CHORUS_LOAD_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.CHORUS_LOAD_CONNECTIONS ?? 10);
const BASE = '/api/chorus';
const PEOPLE = Array.from({ length: 30 }, (_, i) => `p-${String(i + 1).padStart(2, '0')}`);
const LUNCH = ['lunch-ramen', 'lunch-bowl', 'lunch-pizza', 'lunch-tacos'];

interface Outcome {
  perSecond: number[];
  p50: number[];
  p99: number[];
  failed: number;
}

let counter = 0;
/** A request as one of the 30 people in turn, with a fresh Idempotency-Key. */
function request(path: string, body: (n: number, person: string) => unknown): autocannon.Request {
  return {
    method: 'POST',
    path: BASE + path,
    setupRequest: (req) => {
      const n = counter++;
      const person = PEOPLE[n % PEOPLE.length]!;
      return {
        ...req,
        headers: { 'content-type': 'application/json', 'x-remote-user': person, 'idempotency-key': `load-${process.pid}-${n}` },
        body: JSON.stringify(body(n, person)),
      };
    },
  };
}

const scenarios: Record<string, autocannon.Request> = {
  votes: request('/polls/poll-lunch/votes', (n) => ({ optionIds: [LUNCH[n % LUNCH.length]], writeIn: null, score: null })),
  kudos: request('/kudos', (n, person) => ({
    recipientIds: [person === 'p-30' ? 'p-29' : 'p-30'],
    message: `Thank you for the careful review (${n})!`,
    valueId: null,
    image: null,
    visibility: 'public',
  })),
};

async function load(db: Db): Promise<Record<string, Outcome>> {
  await prepareDatabase(db, Date.now(), true);
  const server = await createApp({ db, auth: new ProxyHeaderAuth('x-remote-user'), basePath: BASE, rateLimit: { max: 1e9, windowSeconds: 60 } });
  let inFlight = 0;
  const fetch = async (req: Request) => {
    inFlight++;
    try {
      return await server.app.fetch(req);
    } finally {
      inFlight--;
    }
  };
  const drained = async () => {
    while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const http = serve({ fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => http.once('listening', resolve));
  const { port } = http.address() as AddressInfo;
  const outcomes: Record<string, Outcome> = {};
  try {
    for (const [name, req] of Object.entries(scenarios)) {
      const outcome: Outcome = (outcomes[name] = { perSecond: [], p50: [], p99: [], failed: 0 });
      // Run 0 warms up (JIT, connection pool, caches) and is left out.
      for (let run = 0; run <= RUNS; run++) {
        const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: SECONDS, requests: [req] });
        await drained();
        if (run === 0) continue;
        outcome.perSecond.push((result.requests.total - result.non2xx - result.errors) / SECONDS);
        outcome.p50.push(result.latency.p50);
        outcome.p99.push(result.latency.p99);
        outcome.failed += result.non2xx + result.errors;
      }
    }
  } finally {
    await drained();
    await server.close();
    await new Promise((resolve) => http.close(resolve));
  }
  return outcomes;
}

const out: Record<string, Record<string, Outcome> | string> = {};
const pglite = await openPglite();
try {
  out.pglite = await load(pglite);
} finally {
  await pglite.close();
}
if (postgresUnavailable) out.postgres = postgresUnavailable;
else {
  const cluster = await startTestDatabase();
  const db = openPostgres({ connectionString: cluster.url });
  try {
    out.postgres = await load(db);
  } finally {
    await db.close();
    await cluster.stop();
  }
}
console.log(JSON.stringify(out));
