/*
 * Bundle size of the kudos wall as a host page would ship it: src/widgets/kudos-wall/kudos-wall.ts
 * bundled by Vite (Rolldown) in library mode, minified, with Lit's production build; sizes come
 * from the in-memory output (nothing is written). Built twice: with Lit inlined (what the page
 * downloads in total) and with Lit external (the widget's own weight: our code plus @lit/task,
 * @lit/context and @shoelace-style/localize, which count as ours). gzip: zlib's default level,
 * each file on its own, as a server would send it.
 *
 * "initial" is the entry and what it imports statically: what a page loads to show the wall.
 * "lazy" is the rest: chunks behind dynamic imports, loaded only when needed (the embedded memory
 * adapter when a page configures no adapter; the REST adapter when a provider is given an endpoint).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// CHORUS_SIZE_ENTRY measures another widget alone: CHORUS_SIZE_ENTRY=src/widgets/feedback-box/feedback-box.ts node bench/size.mjs
const ENTRY = process.env.CHORUS_SIZE_ENTRY ?? 'src/widgets/kudos-wall/kudos-wall.ts';
/** Every widget's defining module, for the per-widget rows of the table. */
export const WIDGETS = {
  'kudos wall': 'src/widgets/kudos-wall/kudos-wall.ts',
  poll: 'src/widgets/poll/poll.ts',
  'feedback box': 'src/widgets/feedback-box/feedback-box.ts',
};
// Lit selects its dev build through the `development` export condition; leave it out.
export const productionConditions = ['module', 'browser', 'production', 'import', 'default'];
/** Lit itself: what every Lit element on the page shares. */
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

const measure = (code) => ({ raw: Buffer.byteLength(code), gzip: gzipSync(code).length });
const sum = (parts) => parts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

async function bundle(external, entry = ENTRY) {
  const result = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    publicDir: false,
    resolve: { conditions: productionConditions },
    build: {
      write: false,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      // Library mode: no Vite preload helper (a host's bundler brings its own). Library mode
      // keeps whitespace unless told otherwise, so minification is asked for explicitly; pure
      // annotations go, as in a host's final bundle; Lit's licence comments stay.
      lib: { entry, formats: ['es'] },
      rolldownOptions: { external, output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  // Where the bytes are: minified length per source module (before gzip), largest first.
  const modules = chunks
    .flatMap((c) => Object.entries(c.modules).map(([id, m]) => [id.replace(repoRoot, '').replace(/^.*node_modules\//, ''), m.renderedLength]))
    .sort((a, b) => b[1] - a[1]);
  return {
    initial: sum([...initial].map((c) => measure(c.code))),
    lazy: sum(chunks.filter((c) => !initial.has(c)).map((c) => measure(c.code))),
    files: chunks.length,
    modules: Object.fromEntries(modules.slice(0, 12)),
  };
}

/** Sizes in bytes: `withLit` (Lit inlined), `own` (Lit external), and `lit` = the difference. */
export async function measureSizes(entry = ENTRY) {
  const withLit = await bundle(undefined, entry);
  const own = await bundle(isLit, entry);
  const lit = { raw: withLit.initial.raw - own.initial.raw, gzip: withLit.initial.gzip - own.initial.gzip };
  return { entry, withLit, own, lit };
}

// `node bench/size.mjs` prints the sizes alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureSizes(), null, 2));
}
