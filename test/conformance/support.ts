import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { DEFAULT_RATE_LIMIT } from '../../src/core/kudos.rules.js';
import { DEFAULT_FEEDBACK_RATE_LIMIT } from '../../src/core/feedback.rules.js';
import { freePort } from './free-port.js';
import type { UserKey } from './target.js';

export { freePort };

/** The people of the demo company (the seed both backends share) the suite acts as. */
export const SEEDED_USERS: Record<UserKey, string> = {
  a: 'p-01', // Chloé Dubois, engineering
  b: 'p-03', // Nguyễn Thị Mai, engineering
  c: 'p-08', // Aiyana Redcloud, product
  moderator: 'p-29', // Nadia Haddad
  d: 'p-12', // Ingrid Johansson: uses up her kudos allowance in the rate-limit check
  pollAuthor: 'p-34', // Arjun Mehta, poll-author (and moderator): creates the polls of poll.suite.ts
  recipient: 'p-06', // Kwame Mensah, feedback-recipient (and poll-author): reads and answers the feedback inbox
  postAuthor: 'p-33', // Beatriz Santos, post-author: writes the share card's posts
  postApprover: 'p-16', // Priya Raghunathan, post-approver: approves them
  insights: 'p-32', // Ólafur Sigurðsson, admin: reads the programme's figures (Nadia, the insights role, is `moderator`)
};

/**
 * The feedback limit the targets are configured with: per device (embedded, MSW) or network
 * address (server), and every user of the suite sends from the same one, so the default (10 per
 * 10 minutes) would refuse the suite's own ~25 sends. The rate-limit check then uses up the rest.
 */
export const CONFORMANCE_FEEDBACK_RATE_LIMIT = { ...DEFAULT_FEEDBACK_RATE_LIMIT, max: 40 };

/** Both backends' default: 10 kudos per person per minute. */
export const SEEDED_RATE_LIMIT = { ...DEFAULT_RATE_LIMIT };

/** Where the REST adapter itself falls short of the suite, whatever the backend (none known). */
export const REST_ADAPTER_GAPS: Record<string, string> = {};

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const API_PATH = '/api/chorus';

/**
 * A REST adapter for one user, with credentials in a header (a cookie or a bearer token), quick
 * to retry and to reconnect so the suite stays fast.
 */
export function restAdapter(baseUrl: string, headers: Record<string, string>, fetchImpl?: typeof fetch): RestAdapter {
  return new RestAdapter({
    baseUrl,
    credentials: 'omit',
    headers: () => headers,
    timeoutMs: 8000,
    retryDelayMs: 50,
    maxRetryDelayMs: 2000,
    reconnectMs: 100,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

/** `POST /session` on the reference server (dev sign-in): the session cookie, ready for a Cookie header. */
export async function signIn(apiUrl: string, userId: string): Promise<string> {
  const res = await fetch(`${apiUrl}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ userId }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`signing in as ${userId} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('chorus_session='));
  if (!cookie) throw new Error(`signing in as ${userId} set no chorus_session cookie`);
  return cookie.split(';')[0]!;
}

export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The API's base URL: origin + /api/chorus. */
  api: string;
  child: ChildProcess;
  /** Everything it printed, for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Whatever ends this process (a failed hook, Ctrl-C), the servers it started end with it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * `node --import tsx server/main.ts` on 127.0.0.1, as `npm run server` runs it, with `env` on top
 * (DATABASE_URL, CHORUS_DATA_DIR, CHORUS_STATIC_DIR…). Resolves once it prints where it listens.
 * The child also ends by itself if this process dies without stopping it (orphan-guard.mjs).
 */
export async function startServerProcess(
  env: Record<string, string>,
  { port, timeoutMs = 60_000 }: { port?: number; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const listenOn = port ?? (await freePort());
  const guard = fileURLToPath(new URL('./orphan-guard.mjs', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', guard, 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(listenOn), CHORUS_AUTH: 'dev', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (output += chunk));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const found = /Chorus (?:server|demo): (http:\/\/[^\s/]+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return {
    origin,
    api: origin + API_PATH,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
