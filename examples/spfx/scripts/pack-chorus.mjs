#!/usr/bin/env node
/*
 * Builds chorus-widgets from this repository (npm run build at the root) and packs it into
 * .chorus/chorus-widgets.tgz, the file this example depends on, as an npm install of the
 * published package would give it. Then: npm install here. Runs on the repository's Node (20.19+;
 * SPFx's Node 18 cannot build it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = fileURLToPath(new URL('../.chorus', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const packed = execFileSync(npm, ['pack', '--silent', '--pack-destination', out], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
renameSync(`${out}/${packed}`, `${out}/chorus-widgets.tgz`);
// A tarball under the same name is taken from npm's cache by the lockfile's checksum: forget both.
const here = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${here}/node_modules/chorus-widgets`, { recursive: true, force: true });
if (existsSync(`${here}/package-lock.json`)) {
  const lock = JSON.parse(readFileSync(`${here}/package-lock.json`, 'utf8'));
  delete lock.packages?.['node_modules/chorus-widgets'];
  writeFileSync(`${here}/package-lock.json`, JSON.stringify(lock, null, 2) + '\n');
}
console.log(`packed ${out}/chorus-widgets.tgz; now npm install here`);
