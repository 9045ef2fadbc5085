// ESLint flat config: correctness rules only (formatting is not linted). Template bindings are
// checked by lit-analyzer (`npm run lint`), which knows the elements' property types.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './eslint.layers.js';

/** Test doubles and parsed JSON are `any` by nature. */
const UNSAFE_OFF = Object.fromEntries(
  ['assignment', 'member-access', 'call', 'argument', 'return'].map((what) => [`@typescript-eslint/no-unsafe-${what}`, 'off']),
);

export default defineConfig(
  globalIgnores([
    'dist/',
    'storybook-static/',
    'coverage/',
    'custom-elements.json',
    'public/mockServiceWorker.js',
    '.data/',
    'tmp/',
    // Examples build against the packed package (npm run test:react type-checks the React one with
    // tsc --strict; examples/spfx has its own toolchain): their imports resolve only after that.
    'examples/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Files outside every tsconfig (config files at the top level) get a default project.
        projectService: { allowDefaultProject: ['*.js', '*.mjs', '*.ts', 'scripts/*.mjs', '.storybook/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names document a deliberately unused parameter (`(_event) => …`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Lit event listeners and adapter calls are often fire-and-forget on purpose; `void p` says so.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Async handlers passed to Lit (`@click=${this.onSave}`) or in view callbacks are fine.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      // Lit calls event listeners with the host as `this`, so `@click=${this.onClick}` is bound.
      '@typescript-eslint/unbound-method': 'off',
      // `items[i]!` documents a checked index while `noUncheckedIndexedAccess` is off; not a bug.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // An async port method without `await` (a fake, a cached value) is a normal implementation.
      '@typescript-eslint/require-await': 'off',
      // Templates interpolate numbers and booleans freely.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
    },
  },
  // Elements and everything that runs in the browser.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.{ts,js}', '.storybook/**/*.ts', 'bench/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.{ts,js}', '.storybook/**/*.ts', 'bench/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**', 'test/**', 'stories/**', 'demo/**', '.storybook/**'],
    languageOptions: { globals: globals.browser },
  },
  // Node: the reference server, scripts and tool configs.
  {
    files: [
      'server/**',
      'scripts/**',
      'bench/**/*.{js,mjs}',
      '*.{js,mjs,ts}',
      'demo/*.config.{js,ts}',
      'test/conformance/**',
      'test/contract/**',
      'test/e2e/**',
    ],
    languageOptions: { globals: globals.node },
  },
  // Tests: chai's `expect(x).to.be.true` is an expression statement; @open-wc's typings make
  // every chai assertion thenable, so no-floating-promises would flag each `expect`; and test
  // doubles built with Object.create/Object.assign are `any` by nature.
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      ...UNSAFE_OFF,
    },
  },
  // Node's test runner: test(...) returns a promise the runner awaits.
  {
    files: ['server/test/**/*.ts', 'test/conformance/**/*.ts', 'test/contract/**/*.ts', 'test/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      ...UNSAFE_OFF,
    },
  },
  // Plain JavaScript has no types to check against.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  // Imports point down the layering table of CONTRIBUTING.md only.
  ...layerRules(),
);
