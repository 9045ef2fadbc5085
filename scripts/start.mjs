#!/usr/bin/env node
/*
 * `npm start`: the demo intranet page on the reference server, as one would deploy it.
 *
 *   1. builds the demo page (demo/) with Vite into .data/demo-dist, and the widget bundle the
 *      /embed/<widget> pages load into .data/embed-dist (a few seconds);
 *   2. starts the server (server/main.ts, through tsx) on the embedded PGlite database, whose
 *      data is kept in .data/pglite across restarts, serving the page at / and the API at
 *      /api/chorus;
 *   3. the server prints `Chorus demo: http://127.0.0.1:PORT/`.
 *
 * PORT=8080 npm start picks another port; when the port is taken, the next free one is used.
 * DATABASE_URL, CHORUS_DATA_DIR and the other server settings pass through (see server/main.ts).
 * Stops with Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../.data/demo-dist', import.meta.url));
const embedDir = fileURLToPath(new URL('../.data/embed-dist', import.meta.url));
const host = process.env.HOST || '127.0.0.1';

function fail(message, error) {
  console.error(`Chorus demo: ${message}${error ? `\n${error?.stack ?? error}` : ''}`);
  process.exit(1);
}

/** `port` if free on `host`, else the next free one (up to 20 tries). */
async function freePort(port) {
  for (let p = port; p < port + 20; p++) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(p, host, () => probe.close(() => resolve(true)));
    });
    if (free) return p;
  }
  fail(`no free port from ${port} to ${port + 19} on ${host}; set PORT.`);
}

try {
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir: embedDir, emptyOutDir: true },
  });
} catch (error) {
  fail('the demo page did not build.', error);
}

const port = await freePort(process.env.PORT ? Number(process.env.PORT) : 5173);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HOST: host, PORT: String(port), CHORUS_STATIC_DIR: outDir, CHORUS_EMBED_DIR: embedDir },
});
server.on('error', (error) => fail('the server did not start.', error));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

// Ctrl-C reaches the server too (same process group); a plain `kill` of this process is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
