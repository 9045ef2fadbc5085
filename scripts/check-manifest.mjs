#!/usr/bin/env node
// `npm run manifest:check`: fails when custom-elements.json is not what `npm run analyze` would
// write from the current sources, or when src/base/version.ts disagrees with package.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const problems = [];

// 1. The manifest, regenerated in memory with the project's config (same as `npm run analyze`).
const fresh = `${JSON.stringify(await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true }), null, 2)}\n`;
let committed = '';
try {
  committed = read('custom-elements.json');
} catch {
  problems.push('custom-elements.json is missing. Run `npm run analyze` and commit it.');
}
if (committed && committed !== fresh) {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  problems.push(
    'custom-elements.json is out of date with the element sources (the JSDoc on *.element.ts).\n' +
      `  First difference at line ${line + 1}:\n    committed: ${a[line]?.trim() ?? '(end of file)'}\n    expected:  ${b[line]?.trim() ?? '(end of file)'}\n` +
      '  Run `npm run analyze` and commit custom-elements.json.',
  );
}

// 2. The version that defineElement compares must be the package's.
const pkgVersion = JSON.parse(read('package.json')).version;
const srcVersion = /export const VERSION = ['"]([^'"]+)['"]/.exec(read('src/base/version.ts'))?.[1];
if (srcVersion !== pkgVersion) {
  problems.push(`src/base/version.ts has VERSION = '${srcVersion}' but package.json has version ${pkgVersion}. Make them equal.`);
}

if (problems.length) {
  console.error(`manifest:check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`manifest:check: custom-elements.json is current; version ${pkgVersion} matches.`);
