#!/usr/bin/env node
/*
 * Builds chorus-widgets from this repository (npm run build at the root) and packs it into
 * .chorus/chorus-widgets.tgz, the file this example depends on, as an npm install of the
 * published package would give it. Then: npm install here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = fileURLToPath(new URL('../.chorus', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const packed = execFileSync(npm, ['pack', '--silent', '--pack-destination', out], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
renameSync(`${out}/${packed}`, `${out}/chorus-widgets.tgz`);
console.log(`packed ${out}/chorus-widgets.tgz`);
