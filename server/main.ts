/*
 * The reference server from the command line:  node --import tsx server/main.ts
 *
 *   PORT                      default 8787
 *   HOST                      default 127.0.0.1 (listen on localhost only)
 *   DATABASE_URL              postgres://… to use a PostgreSQL server; unset: embedded PGlite
 *   CHORUS_DATA_DIR           PGlite's data folder, kept across restarts (default .data/pglite)
 *   CHORUS_AUTH               dev (default: sign in as anyone with POST /session) | proxy
 *   CHORUS_SESSION_SECRET     dev cookie key; unset: generated once and kept in the database
 *   CHORUS_PROXY_USER_HEADER  proxy mode's header (default X-Remote-User), a person id or e-mail
 *   CHORUS_STATIC_DIR         a folder to serve at / (npm start serves the built demo page)
 *   CHORUS_SEED               0 to leave an empty database empty (default: seed the demo company)
 */
import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { createApp } from './app.js';
import type { Authenticator } from './auth/authenticator.js';
import { ProxyHeaderAuth } from './auth/proxy.js';
import { DevSessionAuth, sessionSecret } from './auth/session.js';
import type { Db } from './db/db.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import { prepareDatabase } from './setup.js';

const BASE_PATH = '/api/chorus';
const env = process.env;

function fail(message: string): never {
  console.error(`chorus: ${message}`);
  process.exit(1);
}

const port = env.PORT ? Number(env.PORT) : 8787;
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${env.PORT}".`);
const host = env.HOST || '127.0.0.1';
const authKind = env.CHORUS_AUTH || 'dev';
if (authKind !== 'dev' && authKind !== 'proxy') fail(`CHORUS_AUTH must be "dev" or "proxy", not "${authKind}".`);

let db: Db | undefined;
let onReconnect = () => {};
if (env.DATABASE_URL) {
  db = openPostgres({ connectionString: env.DATABASE_URL, onReconnect: () => onReconnect() });
} else {
  db = await openPglite(resolve(env.CHORUS_DATA_DIR || '.data/pglite'));
}
await prepareDatabase(db, Date.now(), env.CHORUS_SEED !== '0');

let auth: Authenticator;
if (authKind === 'proxy') {
  auth = new ProxyHeaderAuth((env.CHORUS_PROXY_USER_HEADER || 'x-remote-user').toLowerCase());
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    console.warn(`chorus: proxy sign-in trusts the ${auth instanceof ProxyHeaderAuth ? auth.header : ''} header; make sure only your proxy can reach ${host}:${port}.`);
  }
} else {
  auth = new DevSessionAuth({ secret: await sessionSecret(db, env.CHORUS_SESSION_SECRET), path: BASE_PATH, now: Date.now });
}

const server = await createApp({ db, auth, basePath: BASE_PATH, ...(env.CHORUS_STATIC_DIR ? { staticDir: env.CHORUS_STATIC_DIR } : {}) });
onReconnect = () => server.live.catchUp();

const http = serve({ fetch: server.app.fetch, hostname: host, port }, (info) => {
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  if (env.CHORUS_STATIC_DIR) console.log(`Chorus demo: ${origin}/  (API at ${BASE_PATH}, ${db.kind}, ${auth.kind} sign-in; Ctrl-C to stop)`);
  else console.log(`Chorus server: ${origin}${BASE_PATH}  (${db.kind}, ${auth.kind} sign-in; Ctrl-C to stop)`);
});
http.on('error', (error: NodeJS.ErrnoException) => {
  fail(error.code === 'EADDRINUSE' ? `port ${port} is taken on ${host}; set PORT to another one.` : String(error));
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Open event streams end first, so the HTTP server can close.
  await server.close();
  http.close();
  await db?.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
