#!/usr/bin/env node
// `npm run test:react` (run before the browser tests): the React + TypeScript example in
// examples/react uses the package as an app would, with no hand-written types.
// 1. The package's types as shipped: dist/types from tsc, then the JSX types generated from the
//    manifest (scripts/gen-integrations.mjs); examples/react/node_modules/chorus-widgets links to
//    this package, so its package.json "exports" (moduleResolution "bundler") and "typesVersions"
//    ("node", as SPFx projects have) are what TypeScript reads.
// 2. `tsc --strict` on the example and on the README's TypeScript snippets (those of its npm,
//    kudos wall and React sections, copied to examples/react/readme/), with both resolutions.
// 3. esbuild bundles the example into examples/react/dist/app.js, each `chorus-widgets/…` import
//    resolved through "exports" to its source module; test/embed/react-app.test.ts renders it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const example = `${root}examples/react/`;
const run = (command, ...args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
const started = Date.now();

run('npx', 'tsc', '-p', 'tsconfig.build.json');
run('node', 'scripts/gen-integrations.mjs');
rmSync(`${example}node_modules/chorus-widgets`, { force: true, recursive: true });
mkdirSync(`${example}node_modules`, { recursive: true });
symlinkSync('../../..', `${example}node_modules/chorus-widgets`, 'dir');

// The README's TypeScript snippets of "From npm, with a bundler", the kudos wall's and "Embed in… React".
const readme = readFileSync(`${root}README.md`, 'utf8');
const section = (title) => readme.split(/^#{2,3} /m).find((s) => s.startsWith(title)) ?? '';
const snippets = ['From npm, with a bundler', '`<chorus-kudos-wall>` at a glance', 'React'].flatMap((title) => [
  ...section(title).matchAll(/^```(tsx?)\n([\s\S]*?)^```/gm),
]);
if (snippets.length < 2) throw new Error('README: no TypeScript snippet under "From npm, with a bundler" and "React".');
rmSync(`${example}readme`, { force: true, recursive: true });
mkdirSync(`${example}readme`);
snippets.forEach(([, lang, code], i) => writeFileSync(`${example}readme/snippet-${i + 1}.${lang}`, `${code}export {};\n`));

run('npx', 'tsc', '-p', 'examples/react/tsconfig.json');
run('npx', 'tsc', '-p', 'examples/react/tsconfig.node.json');

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
/** `chorus-widgets/x.js` → the source of the module "exports" names (./dist/widgets/x/x.js → src/widgets/x/x.ts). */
const fromSources = {
  name: 'chorus-widgets-sources',
  setup(b) {
    b.onResolve({ filter: /^chorus-widgets(\/|$)/ }, ({ path }) => {
      const target = pkg.exports[`.${path.slice('chorus-widgets'.length)}`]?.default;
      if (!target) return { errors: [{ text: `chorus-widgets does not export ${path}` }] };
      return { path: `${root}${target.replace(/^\.\/dist\/(.+)\.js$/, 'src/$1.ts')}` };
    });
  },
};
await build({
  entryPoints: [`${example}src/main.tsx`],
  outfile: `${example}dist/app.js`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: `${root}tsconfig.json`,
  plugins: [fromSources],
  minify: true,
  logLevel: 'warning',
});
console.log(
  `test:react: examples/react type-checks (bundler and node resolution, README snippets too) and builds (${Math.round((Date.now() - started) / 1000)} s).`,
);
