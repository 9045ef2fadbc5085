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
import { Worker } from 'node:worker_threads';
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
const SUBSCRIBERS = Number(process.env.CHORUS_LOAD_SUBSCRIBERS ?? 1000);
/** The writer load asked for while the fan-out is timed (autocannon's overall rate). */
const WRITE_RATE = 1000;
/** Probe votes per run, one after another, while the writer load gives kudos. */
const PROBES = 5;
const BASE = '/api/chorus';
const PEOPLE = Array.from({ length: 30 }, (_, i) => `p-${String(i + 1).padStart(2, '0')}`);
const LUNCH = ['lunch-ramen', 'lunch-bowl', 'lunch-pizza', 'lunch-tacos'];

interface FanOut {
  /** Per run: the writes per second the server took meanwhile, and p50/p99 of (event received − vote's 200) over every probe and subscriber. */
  writesPerSecond: number[];
  p50: number[];
  p99: number[];
  /** Subscribers that never got a probe's event within 10 s. */
  missed: number;
  subscribers: number;
}

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

const nearest = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

/**
 * SUBSCRIBERS event streams (topics kudos and poll, as a wall and a poll on a page), signed in as
 * the 30 people in turn, on 127.0.0.1, held by a worker thread (bench/subscribers.mjs: what they
 * cost to read is not the server's); kudos given at up to WRITE_RATE per second;
 * then PROBES votes on poll-lunch one after another (the only poll events while it runs). Each subscriber notes when the probe's
 * event reaches it; the time counted is from the vote's 200 to that moment (an event can arrive
 * before the answer does, since the NOTIFY goes out at commit: then it counts 0).
 */
async function fanOut(port: number, runs: number): Promise<FanOut> {
  const result: FanOut = { writesPerSecond: [], p50: [], p99: [], missed: 0, subscribers: SUBSCRIBERS };
  const waiting = new Set<(at: number) => void>();
  let seen = 0;
  const listeners = new Worker(new URL('./subscribers.mjs', import.meta.url), {
    workerData: { port, path: `${BASE}/events?topics=kudos,poll`, count: SUBSCRIBERS, people: PEOPLE },
  });
  await new Promise<void>((resolve, reject) => {
    listeners.on('message', (message: 'ready' | { at: number }) => {
      if (message === 'ready') resolve();
      else for (const fn of waiting) fn(message.at);
    });
    listeners.once('error', reject);
  });
  try {
    for (let run = 0; run <= runs; run++) {
      const writer = autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: CONNECTIONS,
        overallRate: WRITE_RATE,
        duration: SECONDS + PROBES,
        requests: [scenarios.kudos!],
      });
      const delays: number[] = [];
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (let probe = 0; probe < PROBES; probe++) {
        const received: number[] = [];
        const done = new Promise<void>((resolve) => {
          const fn = (at: number) => {
            received.push(at);
            if (received.length >= SUBSCRIBERS) resolve();
          };
          waiting.add(fn);
          setTimeout(resolve, 10_000).unref();
        });
        const voter = PEOPLE[(run * PROBES + probe) % PEOPLE.length]!;
        // From the vote sent: on PGlite the events often reach every stream before the vote's
        // answer does, so timing from the answer read 0 ms.
        const sent = performance.timeOrigin + performance.now();
        const answer = await fetch(`http://127.0.0.1:${port}${BASE}/polls/poll-lunch/votes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-remote-user': voter, 'idempotency-key': `fan-${process.pid}-${seen++}` },
          body: JSON.stringify({ optionIds: [LUNCH[probe % LUNCH.length]], writeIn: null, score: null }),
        });
        await answer.text();
        await done;
        waiting.clear();
        result.missed += SUBSCRIBERS - received.length;
        if (answer.ok) for (const at of received) delays.push(at - sent);
      }
      const writes = await writer;
      if (run === 0) continue;
      delays.sort((a, b) => a - b);
      result.p50.push(nearest(delays, 0.5));
      result.p99.push(nearest(delays, 0.99));
      result.writesPerSecond.push((writes.requests.total - writes.non2xx - writes.errors) / writes.duration);
    }
  } finally {
    listeners.postMessage('close');
    await new Promise((resolve) => listeners.once('exit', resolve));
  }
  return result;
}

async function load(db: Db): Promise<Record<string, Outcome | FanOut>> {
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
  const outcomes: Record<string, Outcome | FanOut> = {};
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
    if (SUBSCRIBERS > 0) {
      outcomes.fanout = await fanOut(port, Math.max(1, Math.round(RUNS / 2)));
      await drained();
    }
  } finally {
    await drained();
    await server.close();
    await new Promise((resolve) => http.close(resolve));
  }
  return outcomes;
}

const out: Record<string, Record<string, Outcome | FanOut> | string> = {};
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
