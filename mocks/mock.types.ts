import type { HttpHandler } from 'msw';
import type { MemoryAdapter, MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { LiveEvent } from '../src/core/live.js';

/* The mock's public shapes (kudosMock in kudos.handlers.ts): its options, what it records, its faults. */

export interface KudosMockOptions {
  /** Where the contract is mounted. Default `/api/chorus`. */
  baseUrl?: string;
  /** The backing MemoryAdapter's options (always in memory, no latency). */
  adapter?: Omit<MemoryAdapterOptions, 'persist' | 'storage' | 'latency' | 'failureRate'>;
  /** Latency per request in ms, or a `[min, max]` range. Default 0. */
  delay?: number | readonly [number, number];
  /** 0..1: the share of requests answered `503` (nothing happens). Default 0. */
  failureRate?: number;
  /** At most `requests` per `windowMs` (all users together); beyond, `429` with Retry-After. */
  rateLimit?: { requests: number; windowMs: number };
  /** `required`: a request without `Authorization: Bearer <person id>` is 401. Default: the bearer is optional. */
  auth?: 'optional' | 'required';
  /** `retry:` sent on event streams (ms). Default the server's, 3000. */
  liveRetryMs?: number;
  /** Interval of `: ping` comments on event streams. Default 25 000 ms. */
  pingMs?: number;
  /** Replaces Math.random for the failure rate and latency. */
  random?: () => number;
}

/** A request as the mock saw it. */
export interface SeenRequest {
  method: string;
  /** After the base URL, with the query: `/kudos?limit=10`. */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  /** Filled in when answered. */
  status?: number;
  /** The answer was a replay of an earlier one with the same Idempotency-Key. */
  replayed?: boolean;
  /** The request's credentials mode and referrer as the browser reported them. */
  credentials?: RequestCredentials;
  referrer?: string;
}

/** A one-off misbehaviour for the next matching request(s). */
export interface Fault {
  /** `METHOD /path` must match (e.g. `/^POST \/kudos$/`). Default: any request but the event streams (`/events`, `/feedback/thread/events`). */
  match?: RegExp;
  /** How many requests it affects. Default 1. */
  times?: number;
  /** Answer this status with an ErrorBody (and Retry-After if given). */
  status?: number;
  retryAfter?: number;
  /** Do the work first, then answer the fault: the answer is "lost" but the change happened. */
  afterHandling?: boolean;
  /** Fail at the network level (no HTTP answer). */
  network?: boolean;
  /** Never answer (until the client gives up). */
  stall?: boolean;
}

export interface KudosMock {
  readonly handlers: HttpHandler[];
  /** The backing store; change its data or user directly to set a scene. */
  readonly adapter: MemoryAdapter;
  readonly requests: SeenRequest[];
  /** Contract violations seen: bodies or answers that do not match the schemas. */
  readonly violations: string[];
  /** Knobs that may change while a story or test runs. */
  options: Required<Pick<KudosMockOptions, 'failureRate'>> & Pick<KudosMockOptions, 'delay' | 'rateLimit'>;
  failNext(fault: Fault): void;
  /** Ends every open event stream, as a proxy dropping idle connections would. */
  dropStreams(): void;
  readonly openStreams: number;
  /** Pushes a live event to every open stream, as is (as if another server instance made a change). */
  publish(event: LiveEvent): void;
}
