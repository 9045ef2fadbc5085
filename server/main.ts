/*
 * The reference server from the command line:  node --import tsx server/main.ts
 *
 *   PORT                      default 8787
 *   HOST                      default 127.0.0.1 (listen on localhost only)
 *   DATABASE_URL              postgres://… to use a PostgreSQL server; unset: embedded PGlite
 *   CHORUS_DATA_DIR           PGlite's data folder, kept across restarts (default .data/pglite)
 *   CHORUS_AUTH               dev (default: sign in as anyone with POST /session; on a HOST other than
 *                             loopback only with CHORUS_AUTH_DEV_FORCE=1) | proxy | jwt
 *   CHORUS_SESSION_SECRET     dev cookie key; unset: generated once and kept in the database
 *   CHORUS_PROXY_USER_HEADER  proxy mode's header (default X-Remote-User), a person id or e-mail
 *   CHORUS_JWT_ISSUER         jwt mode: the OpenID Connect issuer (`iss`) whose signed bearer tokens sign people in
 *   CHORUS_JWT_AUDIENCE       jwt mode: this API's audience (`aud`); several, comma-separated
 *   CHORUS_JWT_JWKS_URL       jwt mode: the issuer's keys; unset: the jwks_uri of <issuer>/.well-known/openid-configuration
 *   CHORUS_JWT_CLAIM          jwt mode: the claim naming the person by id or e-mail (default sub; e.g. email, upn)
 *   CHORUS_JWT_CLOCK_SKEW     jwt mode: seconds of clock difference forgiven (default 60)
 *   CHORUS_CORS_ORIGINS       other origins whose pages may call the API with credentials, comma-separated:
 *                             exact (https://intranet.example.com) or one subdomain level (https://*.sharepoint.com)
 *   CHORUS_IMAGE_HOSTS        hosts kudos images may come from, comma-separated: images.example.com, or
 *                             *.example.com for its subdomains (default none: only data: images up to 256 KB)
 *   CHORUS_STATIC_DIR         a folder to serve at / (npm start serves the built demo page)
 *   CHORUS_FRAME_ANCESTORS    who may frame the /embed/<widget> pages (Content-Security-Policy frame-ancestors),
 *                             comma- or space-separated: 'self' (default) and origins, exact or one subdomain
 *                             level (https://*.sharepoint.com); also the only origins the page posts its height to
 *   CHORUS_EMBED_DIR          the folder holding chorus.js, the widget bundle the /embed pages load
 *                             (default dist/cdn, written by npm run build; npm start builds its own)
 *   CHORUS_SEED               0 to leave an empty database empty (default: seed the demo company)
 *   CHORUS_TRUST_PROXY        N (1, 2…): the server is behind N reverse proxies that each append the
 *                             address they saw to X-Forwarded-For; the client's address is then the
 *                             N-th entry from the right (the one your outermost proxy wrote; entries
 *                             further left are whatever the client sent). Unset or 0: the socket's
 *                             address. Used only for anonymous feedback's rate limit, as the input of
 *                             an HMAC under an hourly in-memory key, and then dropped: never stored
 *                             or logged.
 *   CHORUS_FEEDBACK_RATE_LIMIT  anonymous feedback sends and replies per network address and window,
 *                             "<max>/<seconds>" (default 10/600). Many colleagues may share one
 *                             address behind a proxy: raise it, or set CHORUS_TRUST_PROXY.
 *   CHORUS_AUTO_HIDE_REPORTS  reports that hide a kudos or comment until a moderator looks at it
 *                             (default 3; 0: reports never hide anything by themselves).
 *   CHORUS_FEEDBACK_DELIVER_AFTER_HOUR  1: recipients get a sender's feedback or reply only once the hour
 *                             it is stored at has ended, so refreshing the inbox does not time it
 *                             (default 0: at once, as the demo does).
 */
import { serve } from '@hono/node-server';
import { allowedOrigins, type OriginAllowed } from '../edge/origins.js';
import { parseImageHosts } from '../src/core/image.rules.js';
import { resolve } from 'node:path';
import { forwardedAddress } from './anonymous-rate-limit.js';
import { createApp, DEFAULT_EMBED_DIR } from './app.js';
import { parseFrameAncestors } from './embed/frame-ancestors.js';
import { existsSync } from 'node:fs';
import { answerClientErrors } from './client-errors.js';
import type { Authenticator } from './auth/authenticator.js';
import { discoverJwksUrl, JwtBearerAuth } from './auth/jwt.js';
import { ProxyHeaderAuth } from './auth/proxy.js';
import { devHostRefusal, DevSessionAuth, sessionSecret } from './auth/session.js';
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
if (authKind !== 'dev' && authKind !== 'proxy' && authKind !== 'jwt') fail(`CHORUS_AUTH must be "dev", "proxy" or "jwt", not "${authKind}".`);
if (authKind === 'jwt' && (!env.CHORUS_JWT_ISSUER || !env.CHORUS_JWT_AUDIENCE)) fail('CHORUS_AUTH=jwt needs CHORUS_JWT_ISSUER and CHORUS_JWT_AUDIENCE.');
const clockSkew = Number(env.CHORUS_JWT_CLOCK_SKEW ?? 60);
if (!Number.isInteger(clockSkew) || clockSkew < 0 || clockSkew > 600)
  fail(`CHORUS_JWT_CLOCK_SKEW must be seconds (0–600), not "${env.CHORUS_JWT_CLOCK_SKEW}".`);
const devRefusal = authKind === 'dev' ? devHostRefusal(host, env) : null;
if (devRefusal) fail(devRefusal);
if (authKind === 'dev' && env.CHORUS_AUTH_DEV_FORCE === '1' && devHostRefusal(host, {}))
  console.warn(`chorus: dev sign-in on ${host}, forced: anyone who reaches it can sign in as anyone.`);
const trustProxy = env.CHORUS_TRUST_PROXY ? Number(env.CHORUS_TRUST_PROXY) : 0;
if (!Number.isInteger(trustProxy) || trustProxy < 0 || trustProxy > 10)
  fail(`CHORUS_TRUST_PROXY must be the number of proxies in front (0–10), not "${env.CHORUS_TRUST_PROXY}".`);

let corsOrigins: OriginAllowed | undefined;
try {
  corsOrigins = env.CHORUS_CORS_ORIGINS?.trim() ? allowedOrigins(env.CHORUS_CORS_ORIGINS) : undefined;
} catch (error) {
  fail(`CHORUS_CORS_ORIGINS: ${(error as Error).message}`);
}

let imageHosts: string[] = [];
try {
  imageHosts = parseImageHosts(env.CHORUS_IMAGE_HOSTS ?? '');
} catch (error) {
  fail(`CHORUS_IMAGE_HOSTS: ${(error as Error).message}`);
}

let frameAncestors: string[] | undefined;
try {
  frameAncestors = env.CHORUS_FRAME_ANCESTORS?.trim() ? parseFrameAncestors(env.CHORUS_FRAME_ANCESTORS) : undefined;
} catch (error) {
  fail(`CHORUS_FRAME_ANCESTORS: ${(error as Error).message}`);
}
const embedDir = resolve(env.CHORUS_EMBED_DIR || DEFAULT_EMBED_DIR);
if (!existsSync(resolve(embedDir, 'chorus.js')))
  console.warn(`chorus: the /embed pages need the widget bundle, and ${embedDir} has no chorus.js: run npm run build, or set CHORUS_EMBED_DIR.`);

let feedbackRateLimit: { max: number; windowSeconds: number } | undefined;
if (env.CHORUS_FEEDBACK_RATE_LIMIT) {
  const found = /^(\d+)\/(\d+)$/.exec(env.CHORUS_FEEDBACK_RATE_LIMIT.trim());
  if (!found || Number(found[2]) < 1) fail(`CHORUS_FEEDBACK_RATE_LIMIT must be "<max>/<seconds>", e.g. 10/600, not "${env.CHORUS_FEEDBACK_RATE_LIMIT}".`);
  feedbackRateLimit = { max: Number(found[1]), windowSeconds: Number(found[2]) };
}

const deliverAfterHour = env.CHORUS_FEEDBACK_DELIVER_AFTER_HOUR ?? '0';
if (deliverAfterHour !== '0' && deliverAfterHour !== '1') fail(`CHORUS_FEEDBACK_DELIVER_AFTER_HOUR must be 0 or 1, not "${deliverAfterHour}".`);

const autoHideReports = Number(env.CHORUS_AUTO_HIDE_REPORTS ?? 3);
if (!Number.isInteger(autoHideReports) || autoHideReports < 0)
  fail(`CHORUS_AUTO_HIDE_REPORTS must be a whole number (0: never), not "${env.CHORUS_AUTO_HIDE_REPORTS}".`);

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
    console.warn(
      `chorus: proxy sign-in trusts the ${auth instanceof ProxyHeaderAuth ? auth.header : ''} header; make sure only your proxy can reach ${host}:${port}.`,
    );
  }
} else if (authKind === 'jwt') {
  const issuer = env.CHORUS_JWT_ISSUER!;
  let jwksUrl: URL;
  try {
    jwksUrl = env.CHORUS_JWT_JWKS_URL ? new URL(env.CHORUS_JWT_JWKS_URL) : await discoverJwksUrl(issuer);
  } catch (error) {
    fail(`cannot find the signing keys of ${issuer} (set CHORUS_JWT_JWKS_URL?): ${String(error)}`);
  }
  auth = new JwtBearerAuth({
    issuer,
    audience: env.CHORUS_JWT_AUDIENCE!.split(',').map((a) => a.trim()),
    jwksUrl,
    claim: env.CHORUS_JWT_CLAIM || 'sub',
    clockToleranceS: clockSkew,
  });
} else {
  auth = new DevSessionAuth({ secret: await sessionSecret(db, env.CHORUS_SESSION_SECRET), path: BASE_PATH, now: Date.now });
}

const server = await createApp({
  db,
  auth,
  basePath: BASE_PATH,
  ...(env.CHORUS_STATIC_DIR ? { staticDir: env.CHORUS_STATIC_DIR } : {}),
  ...(trustProxy ? { clientAddress: forwardedAddress(trustProxy) } : {}),
  ...(feedbackRateLimit ? { feedbackRateLimit } : {}),
  ...(deliverAfterHour === '1' ? { feedbackConfig: { deliverAfterHour: true } } : {}),
  ...(corsOrigins ? { corsOrigins } : {}),
  imageHosts,
  autoHideReports,
  embed: { bundleDir: embedDir, ...(frameAncestors ? { frameAncestors } : {}) },
});
onReconnect = () => server.live.catchUp();

const http = serve({ fetch: server.app.fetch, hostname: host, port }, (info) => {
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  if (env.CHORUS_STATIC_DIR) console.log(`Chorus demo: ${origin}/  (API at ${BASE_PATH}, ${db.kind}, ${auth.kind} sign-in; Ctrl-C to stop)`);
  else console.log(`Chorus server: ${origin}${BASE_PATH}  (${db.kind}, ${auth.kind} sign-in; Ctrl-C to stop)`);
});
answerClientErrors(http);
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
