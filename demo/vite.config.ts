import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/*
 * The demo's dev server: `npm start` (scripts/start.mjs) and `npm run dev` both use it.
 * Rooted at demo/, it serves the library straight from ../src as TypeScript, so no build
 * step comes first. Vite's TypeScript transform reads ../tsconfig.json, which keeps Lit's
 * legacy decorators (`experimentalDecorators`, `useDefineForClassFields: false`).
 */
const demoDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: demoDir,
  // Kept apart from other Vite caches in the repo (Storybook, tests), so they never clash.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/demo', import.meta.url)),
  publicDir: false,
  clearScreen: false,
  // Lit's production build, as the package ships it: no dev-mode warning in the console.
  resolve: { conditions: ['module', 'browser', 'production', 'import', 'default'] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    // demo/ imports ../src/…; let the server read the whole repo (node_modules included).
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
