import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

/*
 * A Node script (a seed script, a test, the mock server) that makes a MemoryAdapter must end when
 * its work is done: the adapter's BroadcastChannel must not hold the event loop open.
 */
test('a Node process that made a MemoryAdapter exits by itself', () => {
  const script = "import { MemoryAdapter } from './src/adapters/memory/index.ts'; new MemoryAdapter(); console.log('made');";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), timeout: 30_000, encoding: 'utf8' });
  assert.equal(run.stdout.trim(), 'made', run.stderr);
  assert.equal(run.signal, null, 'still running after 30 s: something keeps the process alive');
  assert.equal(run.status, 0);
});
