import type { KudosDraft } from '../../../src/core/kudos.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/memory.adapter.js';

let counter = 0;
/** A storageKey no other test uses, so tests never see each other's data. */
export function uniqueKey(): string {
  return `chorus:test:${Date.now().toString(36)}:${++counter}`;
}

const created: MemoryAdapter[] = [];
const keys = new Set<string>();

/** An instant, in-memory adapter unless a test asks otherwise; disposed after each test. */
export function makeAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const adapter = new MemoryAdapter({ persist: false, latency: 0, ...options });
  created.push(adapter);
  keys.add(adapter.storageKey);
  return adapter;
}

afterEach(() => {
  for (const adapter of created.splice(0)) adapter.dispose();
  for (const key of keys) {
    localStorage.removeItem(key);
    sessionStorage.removeItem(`${key}:user`);
  }
  keys.clear();
});

export function draft(overrides: Partial<KudosDraft> = {}): KudosDraft {
  return {
    recipientIds: ['p-03'],
    message: 'Thanks for fixing the build pipeline before the release.',
    valueId: null,
    image: null,
    visibility: 'public',
    ...overrides,
  };
}

let keyCounter = 0;
export const idem = () => ({ idempotencyKey: `key-${++keyCounter}` });

export { rejection } from '../shared-helpers.js';

/** Resolves once `predicate` holds, polling briefly (BroadcastChannel delivery is async). */
export async function until(predicate: () => boolean, timeout = 2000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error('Timed out waiting for a condition.');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A vote for options (or a write-in, or an eNPS score). */
export function ballot(optionIds: string[] = [], writeIn: string | null = null, score: number | null = null) {
  return { optionIds, writeIn, score };
}

/** A clock tests can move: `clock.now()` for the adapter, `clock.at` to set it. */
export function testClock(start = Date.parse('2025-06-02T10:00:00Z')) {
  const clock = { at: start, now: () => clock.at };
  return clock;
}
