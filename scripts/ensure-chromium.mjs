#!/usr/bin/env node
/*
 * Runs before `npm test`: the browser tests need a Chromium, and we never download one.
 * Uses CHROME_PATH or Debian's /usr/bin/chromium; when missing, installs Debian's package
 * (as root, or with passwordless sudo), else says exactly what to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as wanted } from './chromium.mjs';

if (existsSync(wanted)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;

if (hasApt && (isRoot || sudo)) {
  console.log('Chromium is missing: installing Debian’s chromium package…');
  const run = (args) =>
    execFileSync(sudo ? 'sudo' : args[0], sudo ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  if (existsSync(wanted)) process.exit(0);
}

console.error(`The tests run in Chromium, and none was found at ${wanted}.
Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROME_PATH at a Chromium or Chrome binary.`);
process.exit(1);
