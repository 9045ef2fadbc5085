#!/usr/bin/env node
/*
 * `npm start`: serves the demo intranet page (demo/) with Vite's dev server straight from the
 * TypeScript sources — no build first, no network needed. Prints one line with the local URL
 * and keeps running until Ctrl-C. PORT=8080 npm start picks another port; if the port is taken,
 * the next free one is used and printed.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const configFile = fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url));
const port = process.env.PORT ? Number(process.env.PORT) : undefined;

let server;
try {
  server = await createServer({
    configFile,
    logLevel: 'warn',
    ...(port ? { server: { port } } : {}),
  });
  await server.listen();
} catch (error) {
  console.error(`Chorus demo: the dev server did not start.\n${error?.stack ?? error}`);
  process.exit(1);
}

const address = server.httpServer?.address();
const url =
  server.resolvedUrls?.local[0] ??
  (address && typeof address === 'object' ? `http://127.0.0.1:${address.port}/` : 'http://127.0.0.1:5173/');
console.log(`Chorus demo: ${url}  (Ctrl-C to stop)`);

let closing = false;
async function stop() {
  if (closing) return;
  closing = true;
  await server.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
