import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { probeMiddleware } from './test/server-probe/probe.middleware.mjs';
import { cspMiddleware } from './test/embed/csp.middleware.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Debian's Chromium, never a downloaded browser. Flags keep it off the (closed) network.

export default {
  // Browser tests; test/conformance, test/contract and test/e2e run in Node (npm run conformance / test:e2e).
  files: ['test/**/*.test.ts', '!test/conformance/**', '!test/contract/**', '!test/e2e/**'],
  nodeResolve: true,
  // MSW's worker lives in public/ but must control test pages at the root.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/public/mockServiceWorker.js') ctx.set('Service-Worker-Allowed', '/');
      return next();
    },
    // Records requests as they left the browser, for the anonymity tests.
    probeMiddleware,
    // The strict CSP page of test/embed/csp.test.ts.
    cspMiddleware,
  ],
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: [
          ...CHROMIUM_ARGS,
          // Test pages run side by side; keep hidden ones rendering (rAF, IntersectionObserver).
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames or intersection callbacks.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
};
