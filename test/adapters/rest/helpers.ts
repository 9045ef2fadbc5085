import { expect } from '@open-wc/testing';
import { RestAdapter, type RestAdapterOptions } from '../../../src/adapters/rest/index.js';
import type { KudosDraft } from '../../../src/core/kudos.js';
import type { KudosMock, KudosMockOptions } from '../../../mocks/kudos.handlers.js';
import { useMock } from './mock-server.js';

export { mswMode } from './mock-server.js';

export const BASE = '/api/chorus';

const made: RestAdapter[] = [];
const mocks: KudosMock[] = [];

/** A REST adapter on the mock, quick to retry so tests stay fast; disposed after the test. */
export function rest(options: Partial<RestAdapterOptions> = {}): RestAdapter {
  const adapter = new RestAdapter({ baseUrl: BASE, retryDelayMs: 20, maxRetryDelayMs: 1500, reconnectMs: 20, ...options });
  made.push(adapter);
  return adapter;
}

/** Registers a mock whose contract violations fail the test. */
export function watch(mock: KudosMock): KudosMock {
  mocks.push(mock);
  return mock;
}

/** A fresh mock backend for this test; its contract violations fail the test. */
export async function backend(options: KudosMockOptions = {}): Promise<KudosMock> {
  return watch(await useMock(options));
}

afterEach(() => {
  for (const adapter of made.splice(0)) adapter.dispose();
  for (const mock of mocks.splice(0)) {
    mock.dropStreams();
    expect(mock.violations, 'requests and answers follow the contract').to.deep.equal([]);
  }
});

let n = 0;
export const key = () => ({ idempotencyKey: `test-key-${Date.now().toString(36)}-${++n}` });

export function draft(overrides: Partial<KudosDraft> = {}): KudosDraft {
  return {
    recipientIds: ['p-03'],
    message: `Thanks for fixing the build pipeline before the release (${++n}).`,
    valueId: null,
    image: null,
    visibility: 'public',
    ...overrides,
  };
}

export { rejection } from '../shared-helpers.js';

export const calls = (mock: KudosMock, method: string, path: RegExp) => mock.requests.filter((r) => r.method === method && path.test(r.path));
