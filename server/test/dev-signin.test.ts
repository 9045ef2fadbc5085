import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { devHostRefusal } from '../auth/session.js';
import { startTestServer, type TestServer } from './helpers.js';

/*
 * The dev sign-in lets anyone be anyone: the server refuses to offer it on an address other
 * machines reach unless forced, and says why; and signing out ends the session on the server, so
 * a copied cookie stops working then, not 30 days later.
 */
describe('dev sign-in', () => {
  let s: TestServer;
  before(async () => (s = await startTestServer()));
  after(() => s.close());

  it('signing out revokes the session: the same cookie is refused afterwards', async () => {
    const signIn = await s.call(null, 'POST', '/session', { body: { userId: 'p-01' } });
    assert.equal(signIn.status, 200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const me = () => s.call(null, 'GET', '/me', { headers: { cookie } });
    assert.equal((await me()).status, 200);
    const out = await s.call(null, 'DELETE', '/session', { headers: { cookie } });
    assert.equal(out.status, 204);
    assert.equal((await me()).status, 401, 'the cookie kept from before signing out');
    const again = await s.json(null, 'GET', '/session', { headers: { cookie } });
    assert.deepEqual(again.body, { user: null });
    // Another session of the same person (signed in a second later) is not affected.
    s.clock.now += 1000;
    const other = (await s.call(null, 'POST', '/session', { body: { userId: 'p-01' } })).headers.get('set-cookie')!.split(';')[0]!;
    assert.equal((await s.call(null, 'GET', '/me', { headers: { cookie: other } })).status, 200);
  });

  it('is refused on an address other machines reach unless forced', () => {
    for (const host of ['127.0.0.1', '127.0.0.5', 'localhost', '::1', '[::1]']) assert.equal(devHostRefusal(host, {}), null, host);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'intranet.example.com', '10.0.0.1']) {
      assert.match(devHostRefusal(host, {}) ?? '', /CHORUS_AUTH_DEV_FORCE=1/, host);
      assert.equal(devHostRefusal(host, { CHORUS_AUTH_DEV_FORCE: '1' }), null, `${host}, forced`);
    }
  });

  it('the server exits and says so when started that way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chorus-dev-'));
    try {
      const main = fileURLToPath(new URL('../main.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', main], {
        env: { ...process.env, HOST: '0.0.0.0', PORT: '0', CHORUS_AUTH: 'dev', CHORUS_AUTH_DEV_FORCE: '', CHORUS_DATA_DIR: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill(), 60_000);
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      clearTimeout(timer);
      assert.equal(code, 1, stderr);
      assert.match(stderr, /anyone can sign in as anyone/);
      assert.match(stderr, /CHORUS_AUTH_DEV_FORCE=1/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
