import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';

/*
 * A PostgreSQL database for a test run, thrown away afterwards:
 *  - CHORUS_TEST_DATABASE_URL set (a server you already run, e.g. CI's): a fresh database is
 *    created on it and dropped at the end (the URL's user needs CREATEDB);
 *  - otherwise, with Debian's `postgresql` installed: a throwaway cluster in a temp folder on
 *    127.0.0.1, as server/test/postgres.test.ts starts one;
 *  - otherwise: `unavailable` says why, and the tests that need it skip.
 */

export interface TestDatabase {
  url: string;
  stop(): Promise<void>;
}

function findBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

const bin = findBin();
const isRoot = process.getuid?.() === 0;
const serverUrl = process.env.CHORUS_TEST_DATABASE_URL;

/** Why no database can be had here, or null when one can. */
export const unavailable: string | null =
  serverUrl || bin ? null : 'PostgreSQL is not installed (apt-get install -y postgresql) and CHORUS_TEST_DATABASE_URL is not set';

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb refuses root). */
function pgTool(tool: string, args: string[], timeout = 60_000): string {
  const file = join(bin!, tool);
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return execFileSync(cmd, argv, { timeout, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function onServer(url: string): Promise<TestDatabase> {
  const name = `chorus_conformance_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.href,
    async stop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function throwawayCluster(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-conformance-pg-'));
  const data = join(dir, 'data');
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        pgTool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '30', 'stop']);
      } catch (error) {
        console.error('could not stop the test cluster:', error);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Whatever ends this process, the cluster does not outlive it.
  process.once('exit', stop);
  try {
    pgTool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
    pgTool('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', `-k /tmp -h 127.0.0.1 -p ${port} -c fsync=off`, 'start']);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      process.removeListener('exit', stop);
      stop();
    },
  };
}

export async function startTestDatabase(): Promise<TestDatabase> {
  if (unavailable) throw new Error(unavailable);
  return serverUrl ? onServer(serverUrl) : throwawayCluster();
}
