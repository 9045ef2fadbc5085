export { MemoryAdapter, DEFAULT_STORAGE_KEY, DEFAULT_KUDOS_CONFIG, DEFAULT_RATE_LIMIT, type MemoryAdapterOptions } from './memory.adapter.js';
export type { Latency } from './latency.js';
export type { RateLimit } from './kudos.rules.js';
export { DEFAULT_POLL_LIMITS } from './poll.rules.js';
export { SEEDED_POLL_IDS } from '../../seed/poll.seed.js';
export { MapStorage } from './map-storage.js';
