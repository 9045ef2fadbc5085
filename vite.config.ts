import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/*
 * Two builds from one config (`npm run build` runs both, then tsc writes dist/types):
 *
 * - `vite build` — the npm package: ES modules that mirror src/ (dist/provider/provider.js, …),
 *   so every module keeps its own file and package.json "sideEffects" can name exactly the
 *   modules that define elements; bundlers drop the rest when unused. Runtime dependencies (lit,
 *   @lit/*, @shoelace-style/localize) stay external so the host's bundler dedupes them. Not
 *   minified: the host minifies, and readable output is easier to debug.
 * - `vite build --mode cdn` — dist/cdn/chorus.js: src/cdn.ts (all.ts and English) with everything inlined and fully
 *   minified, one file for a plain `<script type="module">` with no bundler; each other language is a
 *   file beside it (chorus.fr.js, …) that the bundle imports when an element first shows that language.
 *
 * The npm build's entries are the public modules package.json "exports" names (./dist/X.js is
 * built from src/X.ts); `npm run lint:packaging` checks that list against the widget folders and
 * the language files.
 */

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { default: string }>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  sideEffects: string[];
};

/** Entries of the npm build (each public module but the cdn bundle); their output path mirrors src/. */
const entries = Object.values(pkg.exports).flatMap((target) => {
  const built = typeof target === 'string' ? null : /^\.\/dist\/(?!cdn\/)(.+)\.js$/.exec(target.default)?.[1];
  return built ? [`src/${built}.ts`] : [];
});
const runtimeDeps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
/** A bare import of a runtime dependency or any of its subpaths (`lit/decorators.js`). */
const isRuntimeDep = (id: string) => runtimeDeps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * A host's bundler may drop any dist file that package.json "sideEffects" does not list when none
 * of its exports is used, and a module that defines an element is imported for its effect only.
 * So every defining module (one that calls `defineElement` at top level) must be listed, or a
 * host importing `chorus-widgets/kudos-wall.js` could silently lose a sub-element's definition.
 * This check fails the npm build when one is missing.
 */
function sideEffectsGuard(): Plugin {
  const listed = new Set(pkg.sideEffects.filter((p) => p.startsWith('./dist/')).map((p) => p.slice('./dist/'.length)));
  const defines = (id: string) =>
    /[\\/]src[\\/].*\.ts$/.test(id) && !/[\\/]base[\\/]define\.ts$/.test(id) && /^defineElement\(/m.test(readFileSync(id, 'utf8'));
  return {
    name: 'chorus:side-effects-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      const missing = Object.values(bundle).flatMap((chunk) =>
        chunk.type === 'chunk' && !listed.has(chunk.fileName) && chunk.moduleIds.some(defines)
          ? [
              `"./dist/${chunk.fileName}" (defines an element in ${chunk.moduleIds
                .filter(defines)
                .map((id) => relative(process.cwd(), id))
                .join(', ')})`,
            ]
          : [],
      );
      if (missing.length) this.error(`package.json "sideEffects" must list ${missing.join('; ')}.`);
    },
  };
}

// Lit selects its dev build through the `development` export condition; never let it in.
const productionConditions = ['module', 'browser', 'production', 'import', 'default'];

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    resolve: { conditions: productionConditions },
    // The CDN bundle's files import each other by relative URL, wherever the folder is served from.
    base: cdn ? './' : undefined,
    // public/ holds Storybook's (and the demo's) mock service worker, not package files.
    publicDir: false,
    plugins: cdn ? [] : [sideEffectsGuard()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      // The cdn build runs second and must keep the npm build's files.
      emptyOutDir: !cdn,
      copyPublicDir: false,
      // No source maps in the package (they were 59% of it): the npm build is unminified, one module
      // per source file, readable as it is; the CDN bundle is for pages without a build step.
      sourcemap: false,
      minify: cdn,
      // No preload helper in the CDN bundle: a chunk is fetched by its own import(), relative to chorus.js.
      modulePreload: cdn ? false : undefined,
      reportCompressedSize: cdn,
      // Library mode keeps whitespace in ES output (for the host's minifier); the cdn bundle is
      // final, so it is built as a plain entry and fully minified.
      lib: cdn ? false : { entry: entries, formats: ['es'] },
      rolldownOptions: cdn
        ? {
            // The adapters are entries of their own, for pages that construct one (`import { RestAdapter } from './chorus.rest.js'`).
            input: { chorus: 'src/cdn.ts', 'chorus.rest': 'src/adapters/rest/index.ts', 'chorus.memory': 'src/adapters/memory/index.ts' },
            preserveEntrySignatures: 'strict',
            // Lit's BSD-3 notices stay (about 0.1 kB gzip).
            // One file with English; each other language a file of its own (chorus.fr.js), imported when first shown.
            output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chorus.[name].js', comments: { legal: true } },
          }
        : {
            external: isRuntimeDep,
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
              virtualDirname: '_virtual',
            },
          },
    },
  };
});
