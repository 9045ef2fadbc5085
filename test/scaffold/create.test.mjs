// `npm run create <name>` in a throwaway copy of the repository (tracked and new files, with
// node_modules linked): it writes the widget's files, edits only the files it should, leaves
// the lists complete (lint:packaging) and the sources compiling (tsc), and refuses a bad or
// taken name without writing anything. Nothing is written to the repository itself.
// Run: `npm run test:scaffold` (part of `npm test`).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const NEW_FILES = [
  'edge/routes/zz-probe.ts',
  'server/ports/zz-probe.port.ts',
  'src/adapter/zz-probe.port.ts',
  'src/adapters/memory/zz-probe.port.ts',
  'src/adapters/rest/zz-probe.port.ts',
  'src/core/zz-probe.ts',
  'src/i18n/de.zz-probe.ts',
  'src/i18n/en.zz-probe.ts',
  'src/i18n/es.zz-probe.ts',
  'src/i18n/fr.zz-probe.ts',
  'src/i18n/it.zz-probe.ts',
  'src/react/zz-probe.ts',
  'src/widgets/zz-probe/zz-probe.element.ts',
  'src/widgets/zz-probe/zz-probe.styles.ts',
  'src/widgets/zz-probe/zz-probe.ts',
  'stories/zz-probe.stories.ts',
  'test/conformance/zz-probe.suite.ts',
  'test/widgets/zz-probe/zz-probe.test.ts',
];
/** The existing files a new widget edits: at most 16, generated ones included. */
const EDITED = [
  'contract/openapi.yaml',
  'custom-elements.json',
  'edge/contract.gen.ts',
  'edge/routes/index.ts',
  'package.json',
  'server/ports/index.ts',
  'src/adapters/memory/memory.adapter.ts',
  'src/adapters/rest/contract.gen.ts',
  'src/adapters/rest/rest.adapter.ts',
  'src/all.ts',
  'src/i18n/de.ts',
  'src/i18n/es.ts',
  'src/i18n/fr.ts',
  'src/i18n/it.ts',
  'src/library.ts',
  'src/react/index.ts',
];

/** The repository's files as git sees them (tracked, and new ones not ignored). */
const repoFiles = () =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    // A node_modules symlink (a clone sharing another's) is not matched by `node_modules/` in .gitignore.
    .filter((file) => file && file !== 'node_modules' && !file.startsWith('node_modules/'));

/** Path → content hash of every file of the copy but node_modules. */
function snapshot(dir, files) {
  return new Map(
    files.map((file) => {
      try {
        return [
          file,
          createHash('sha1')
            .update(readFileSync(join(dir, file)))
            .digest('hex'),
        ];
      } catch {
        return [file, null];
      }
    }),
  );
}

/** Every file under `dir` (node_modules aside), relative. */
function walk(dir, sub = '') {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.name === 'node_modules') return [];
    return entry.isDirectory() ? walk(dir, path) : [path];
  });
}

const create = (dir, ...args) => spawnSync(process.execPath, [join(dir, 'scripts/create.mjs'), ...args, '--root', dir], { cwd: dir, encoding: 'utf8' });

describe('npm run create', () => {
  let dir;
  let files;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-create-'));
    files = repoFiles();
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    }
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a name that is not kebab-case, or is taken, and writes nothing', () => {
    const before = snapshot(dir, files);
    for (const [name, why] of [
      ['ZzProbe', /not a kebab-case name/],
      ['zz_probe', /not a kebab-case name/],
      ['zz-2', /not a kebab-case name/],
      ['chorus-zz', /leave out the prefix/],
      ['kudos', /already used by Chorus/],
      ['poll', /src\/widgets\/poll\/poll\.ts exists already/],
    ]) {
      const result = create(dir, name);
      assert.equal(result.status, 1, `${name}: exit code`);
      assert.match(result.stderr, why, name);
    }
    assert.deepEqual(snapshot(dir, files), before, 'no file changed');
  });

  it('writes the widget, edits only the expected files, and keeps the lists complete and the sources compiling', { timeout: 900_000 }, () => {
    const before = snapshot(dir, files);
    const result = create(dir, 'zz-probe');
    assert.equal(result.status, 0, result.stderr + result.stdout);

    const after = snapshot(dir, [...files, ...NEW_FILES]);
    const edited = files.filter((file) => after.get(file) !== before.get(file)).sort();
    assert.deepEqual(edited, EDITED);
    for (const file of NEW_FILES) assert.ok(after.get(file), `${file} written`);
    const known = new Set(files);
    assert.deepEqual(
      walk(dir)
        .filter((file) => !known.has(file))
        .sort(),
      [...NEW_FILES].sort(),
      'the new files, and no other',
    );

    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.equal(pkg.exports['./zz-probe.js'].default, './dist/widgets/zz-probe/zz-probe.js');
    assert.ok(pkg.sideEffects.includes('./dist/widgets/zz-probe/zz-probe.js'));
    assert.match(readFileSync(join(dir, 'src/adapters/rest/contract.gen.ts'), 'utf8'), /"\/zz-probe"/);
    assert.match(readFileSync(join(dir, 'custom-elements.json'), 'utf8'), /"chorus-zz-probe"/);

    for (const [what, args] of [
      ['lint:packaging', ['run', '--silent', 'lint:packaging']],
      ['tsc', ['exec', '--', 'tsc', '--noEmit']],
      ['tsc -p server', ['exec', '--', 'tsc', '--noEmit', '-p', 'server']],
    ]) {
      const check = spawnSync('npm', args, { cwd: dir, encoding: 'utf8' });
      assert.equal(check.status, 0, `${what} after create:\n${check.stdout}${check.stderr}`);
    }
  });

  it('refuses the same name again, writes nothing, and still takes another widget (each marker is still there once)', () => {
    const before = snapshot(dir, [...files, ...NEW_FILES]);
    const again = create(dir, 'zz-probe');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /nothing written[\s\S]*src\/core\/zz-probe\.ts exists already/);
    assert.deepEqual(snapshot(dir, [...files, ...NEW_FILES]), before, 'no file changed');

    const other = create(dir, 'zz-other', '--dry-run');
    assert.equal(other.status, 0, other.stderr);
    assert.match(other.stdout, /would edit 13 files/);
  });
});
