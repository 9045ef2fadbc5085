import { setupWorker } from 'msw/browser';
import { kudosMock, type KudosMock, type KudosMockOptions } from '../../../mocks/kudos.handlers.js';

/*
 * MSW for the REST adapter's tests. The test page is served at `/` by web-test-runner, and the
 * worker script lives at /public/mockServiceWorker.js, whose scope may only reach /public/
 * unless the dev server sends `Service-Worker-Allowed: /`. So: when the worker may control the
 * page, it runs as in Storybook; otherwise setupWorker runs in MSW's fallback mode (the one it
 * uses where service workers are unavailable), which intercepts fetch inside the page. The
 * handlers are the same either way; only EventSource is not intercepted in fallback mode.
 */
const WORKER_URL = '/public/mockServiceWorker.js';
const worker = setupWorker();
let started: Promise<'service-worker' | 'fallback'> | undefined;

async function workerMayControlPage(): Promise<boolean> {
  try {
    const registration = await navigator.serviceWorker.register(WORKER_URL, { scope: '/' });
    await registration.unregister();
    return true;
  } catch {
    return false;
  }
}

async function start(): Promise<'service-worker' | 'fallback'> {
  if (await workerMayControlPage()) {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: WORKER_URL, options: { scope: '/' } } });
    return 'service-worker';
  }
  // setupWorker picks its fallback when `navigator.serviceWorker` is missing; hide it while it starts.
  const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'serviceWorker')!;
  Reflect.deleteProperty(Navigator.prototype, 'serviceWorker');
  try {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  } finally {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', descriptor);
  }
  return 'fallback';
}

/** How requests are intercepted in this run. */
export const mswMode = (): Promise<'service-worker' | 'fallback'> => (started ??= start());

/** A fresh mock backend for one test, its handlers in front of any earlier ones. */
export async function useMock(options: KudosMockOptions = {}): Promise<KudosMock> {
  await mswMode();
  const mock = kudosMock(options);
  worker.use(...mock.handlers);
  return mock;
}

afterEach(() => {
  worker.resetHandlers();
});
