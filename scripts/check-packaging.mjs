#!/usr/bin/env node
// `npm run lint:packaging` (part of `npm run lint`): the lists that must name every widget and
// every language agree with the folders. The widgets are the folders src/widgets/<name>/ with a
// defining module <name>.ts; the languages are src/i18n/<lang>.ts (English aside), each with one
// module per widget's strings, <lang>.<strings>.ts, next to en.<strings>.ts. vite.config.ts
// builds what package.json "exports" names, so it needs no list of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const root = new URL('..', import.meta.url).pathname;
const exists = (path) => existsSync(new URL(`../${path}`, import.meta.url));
const pkg = JSON.parse(read('package.json'));
const problems = [];
const manifest = exists('custom-elements.json') ? JSON.parse(read('custom-elements.json')) : { modules: [] };

/** A package.json "sideEffects" pattern as a RegExp (`*` and `?` within a folder, `**` across). */
const glob = (pattern) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/|\*|\?/g, (m) => ({ '**/': '(?:.*/)?', '*': '[^/]*', '?': '[^/]' })[m])}$`);
const sideEffects = pkg.sideEffects.map(glob);
const hasSideEffects = (path) => sideEffects.some((re) => re.test(path));

// 1. The manifest tools find (a path inside the package, not where it was once generated).
if (pkg.customElements !== 'custom-elements.json') {
  problems.push(`package.json "customElements" is ${JSON.stringify(pkg.customElements)}: it must be "custom-elements.json", the manifest in the package.`);
}
if (!pkg.files.includes('custom-elements.json')) problems.push('package.json "files" must include custom-elements.json.');
if (!exists('custom-elements.json')) problems.push('custom-elements.json is missing: run `npm run analyze`.');

// 2. Every public module is a source module of the build, with its types next to it.
for (const [path, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue; // ./package.json, ./custom-elements.json
  if (!target.default && target.types === './dist/types/jsx.d.ts') continue; // types only, written by scripts/gen-integrations.mjs
  const built = /^\.\/dist\/(.+)\.js$/.exec(target.default)?.[1];
  if (!built) problems.push(`package.json exports "${path}": "default" should be ./dist/….js, not ${target.default}.`);
  else if (!built.startsWith('cdn/') && !exists(`src/${built}.ts`)) problems.push(`package.json exports "${path}": src/${built}.ts does not exist.`);
  else if (!built.startsWith('cdn/') && target.types !== `./dist/types/${built}.d.ts`)
    problems.push(`package.json exports "${path}": "types" should be ./dist/types/${built}.d.ts.`);
}

// 2b. TypeScript's `moduleResolution: "node"` (SPFx projects) ignores "exports": "typesVersions" names the same types.
for (const [path, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string' || path === '.') continue;
  const mapped = pkg.typesVersions?.['*']?.[path.slice(2)];
  if (mapped?.length !== 1 || mapped[0] !== target.types)
    problems.push(`package.json "typesVersions" must map "${path.slice(2)}" to ["${target.types}"], as "exports" does (for moduleResolution "node").`);
}

/** The public path `name` must be exported as ./dist/<module>.js (and be in sideEffects when it registers something). */
function exported(name, module, why, { registers = true } = {}) {
  const target = pkg.exports[name];
  if (target?.default !== `./dist/${module}.js`) problems.push(`package.json "exports" lacks "${name}": ./dist/${module}.js (${why}).`);
  if (registers && !hasSideEffects(`./dist/${module}.js`)) problems.push(`package.json "sideEffects" must list ./dist/${module}.js (${why}).`);
  if (registers && !hasSideEffects(`./src/${module}.ts`)) problems.push(`package.json "sideEffects" must cover ./src/${module}.ts (${why}).`);
}

/** `file` must import `specifier` with the given statement keyword (import or export … from). */
function mentions(file, specifier, why) {
  if (!read(file).includes(`'${specifier}'`)) problems.push(`${file} must import '${specifier}' (${why}).`);
}

// 3. Widgets: the folders src/widgets/<name>/ that hold <name>.ts.
const widgets = readdirSync(new URL('../src/widgets/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && exists(`src/widgets/${entry.name}/${entry.name}.ts`))
  .map((entry) => entry.name);
if (!widgets.length) problems.push('no widget found in src/widgets/<name>/<name>.ts.');
for (const name of widgets) {
  const why = `the widget in src/widgets/${name}/`;
  exported(`./${name}.js`, `widgets/${name}/${name}`, why);
  mentions('src/all.ts', `./widgets/${name}/${name}.js`, why);
  mentions('src/library.ts', `./widgets/${name}/${name}.element.js`, why);
  reactWrapper(name, why);
}

/** chorus-widgets/react wraps the widget with every event its manifest entry documents. */
function reactWrapper(name, why) {
  const file = `src/react/${name}.ts`;
  if (!exists(file)) return problems.push(`${file} is missing: the React wrapper of ${why} (copy src/react/poll.ts).`);
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === `chorus-${name}`);
  const source = read(file);
  if (!source.includes(`tagName: 'chorus-${name}'`)) problems.push(`${file} must wrap <chorus-${name}>.`);
  for (const event of declaration?.events ?? []) {
    if (!source.includes(`'${event.name}'`)) problems.push(`${file} lacks the event ${event.name} (in custom-elements.json): add it to eventProps(…).`);
  }
  const pascal = name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
  mentions('src/react/index.ts', `./${name}.js`, `chorus-widgets/react exports ${pascal}`);
}

// 4. Languages: src/i18n/<lang>.ts, and one <lang>.<strings>.ts per en.<strings>.ts plus the shared <lang>.common.ts.
/** Every source module `file` loads, through its static relative imports (type-only ones aside). */
function imported(file, seen = new Set()) {
  for (const [, specifier] of read(file).matchAll(/^(?:import|export) (?!type )(?:[^'";]*? from )?'(\.[^']+)\.js';/gm)) {
    const next = new URL(`${specifier}.ts`, new URL(`../${file}`, import.meta.url)).pathname.slice(root.length);
    if (!seen.has(next) && exists(next)) {
      seen.add(next);
      imported(next, seen);
    }
  }
  return [...seen];
}

const i18n = readdirSync(new URL('../src/i18n/', import.meta.url));
const strings = i18n.flatMap((file) => /^en\.([a-z-]+)\.ts$/.exec(file)?.[1] ?? []);
const languages = i18n.flatMap((file) => /^([a-z]{2})\.ts$/.exec(file)?.[1] ?? []).filter((lang) => lang !== 'en');
for (const lang of languages) {
  exported(`./i18n/${lang}.js`, `i18n/${lang}`, `every widget's strings in ${lang}`);
  mentions('src/cdn.ts', `./i18n/${lang}.js`, 'the CDN bundle loads every language when needed');
  if (!exists(`src/i18n/${lang}.common.ts`)) problems.push(`src/i18n/${lang}.common.ts is missing (the shared strings in ${lang}).`);
  else if (!hasSideEffects(`./dist/i18n/${lang}.common.js`))
    problems.push(`package.json "sideEffects" must list ./dist/i18n/${lang}.common.js (it registers the shared strings in ${lang}).`);
  for (const part of strings) {
    if (!exists(`src/i18n/${lang}.${part}.ts`)) problems.push(`src/i18n/${lang}.${part}.ts is missing (en.${part}.ts in ${lang}).`);
    else {
      exported(`./i18n/${lang}.${part}.js`, `i18n/${lang}.${part}`, `the ${part} strings in ${lang}`);
      const others = imported(`src/i18n/${lang}.${part}.ts`).filter(
        (file) => /^src\/i18n\/[a-z]{2}\.[a-z-]+\.ts$/.test(file) && !file.endsWith(`.${part}.ts`) && !file.endsWith('.common.ts'),
      );
      if (others.length) problems.push(`src/i18n/${lang}.${part}.ts must not load other widgets' strings, but reaches ${others.join(', ')}.`);
    }
  }
}

if (problems.length) {
  console.error(`lint:packaging failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`lint:packaging: ${widgets.length} widgets (${widgets.join(', ')}) and ${languages.length} languages (${languages.join(', ')}) are in every list.`);
