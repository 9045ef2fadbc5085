// The layering rule, read from CONTRIBUTING.md's "Where things go" table so the table is the one
// source: each row names a folder and, in "may import", the folders (in backticks) it may import
// from. An import from any other folder of the table is reported by `no-restricted-imports`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = import.meta.dirname;

/** The table's rows: folder (`src/adapters/<name>/` → `src/adapters`) and the folders it may import. */
export function readLayers(markdown) {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Where things go'));
  if (!section) throw new Error('CONTRIBUTING.md: no "Where things go" table.');
  const folderOf = (cell) =>
    /`([^`]+)`/
      .exec(cell)?.[1]
      .replace(/<[^>]+>\/?$/, '')
      .replace(/\/$/, '');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').slice(1, -1));
  const layers = rows.map((cells) => ({
    folder: folderOf(cells[0]),
    allowed: [...cells[2].matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\/$/, '')),
  }));
  const known = new Set(layers.map((l) => l.folder));
  for (const { folder, allowed } of layers) {
    for (const name of allowed) {
      if (!known.has(name)) throw new Error(`CONTRIBUTING.md: the row of ${folder}/ may import \`${name}/\`, which is not a folder of the table.`);
    }
  }
  return layers;
}

function directories(dir) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return [dir, ...entries.filter((e) => e.isDirectory()).flatMap((e) => directories(`${dir}/${e.name}`))];
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Flat-config entries, one per directory of a layer: `no-restricted-imports` with a pattern per
 * folder it may not import, written as the relative path from that directory (imports are
 * relative), so `../../adapters/x.js` is caught in src/widgets/poll/ and `../src/adapters/x.js`
 * in server/. `exceptions` maps a file to the folders it may still import, for a move in progress.
 */
export function layerRules(exceptions = {}) {
  const layers = readLayers(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8'));
  const entries = [];
  for (const { folder, allowed } of layers) {
    const forbidden = layers.map((l) => l.folder).filter((f) => f !== folder && !allowed.includes(f));
    const why = (target) => `${folder}/ may not import ${target}/: see "Where things go" in CONTRIBUTING.md.`;
    for (const dir of directories(folder)) {
      const patterns = (except = []) =>
        forbidden
          .filter((target) => !except.includes(target))
          .map((target) => {
            const path = relative(dir, target).split(sep).join('/');
            return { regex: `^${escape(path.startsWith('.') ? path : `./${path}`)}(/|$)`, message: why(target) };
          });
      const files = [`${dir}/*.{ts,js,mjs}`];
      entries.push({ files, rules: { 'no-restricted-imports': ['error', { patterns: patterns() }] } });
      for (const [file, except] of Object.entries(exceptions)) {
        if (file.startsWith(`${dir}/`) && !file.slice(dir.length + 1).includes('/')) {
          entries.push({ files: [file], rules: { 'no-restricted-imports': ['error', { patterns: patterns(except) }] } });
        }
      }
    }
  }
  return entries;
}
