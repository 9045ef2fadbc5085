import { abortError, sleep } from '../../core/abort.js';
import { NetworkError } from '../../core/errors.js';

/** Milliseconds, or a `[min, max]` range each call picks from. */
export type Latency = number | readonly [min: number, max: number];

/** Knobs a story or test turns to see loading and error states. */
export interface NetworkKnobs {
  latency: Latency;
  /** 0..1: the share of calls that fail with a NetworkError. */
  failureRate: number;
}

export function pickLatency(latency: Latency, random: () => number = Math.random): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const [min, max] = latency;
  return Math.max(0, min + random() * Math.max(0, max - min));
}

/** sleep, without a timer when there is nothing to wait for (latency 0 in tests). */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return ms <= 0 && !signal?.aborted ? Promise.resolve() : sleep(ms, signal);
}

/**
 * What a request to a real server would do before it reaches the data: take a while, sometimes
 * fail, and stop when the caller aborts. A failed call changes nothing, so a retry is safe.
 */
export async function roundTrip(knobs: NetworkKnobs, signal?: AbortSignal, random: () => number = Math.random): Promise<void> {
  await delay(pickLatency(knobs.latency, random), signal);
  if (signal?.aborted) throw abortError();
  if (knobs.failureRate > 0 && random() < knobs.failureRate) {
    throw new NetworkError('The demo service failed on purpose (failureRate).');
  }
}
