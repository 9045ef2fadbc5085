import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createHmac, randomBytes } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { RateLimitedError } from '../src/core/errors.js';
import type { RateLimit } from '../src/core/kudos.rules.js';

/*
 * Abuse control for the anonymous feedback routes that neither identifies nor links senders.
 *
 * A request is counted under HMAC-SHA256(network, key), where the key is 32 random bytes made in
 * this process's memory, replaced at the top of every hour and never written anywhere (disk,
 * database, logs). On replacement the old key and every counter go with it, so a counter can't
 * be matched to an address once its hour is over — not even by someone who later reads this
 * process's memory. The address itself is used for the HMAC and dropped; the state holds only
 * the 64-hex HMACs and a count each: no address, no time of any request.
 *
 * Windows are aligned to the clock (10-minute windows start at :00, :10, …), so all counters
 * reset together and none carries a timestamp. A window longer than the hour is cut short by the
 * rotation. Every process counts on its own (nothing shared means nothing stored): with several
 * processes behind a balancer, a network may send that many times more.
 *
 * "Network": an IPv4 address, or the /64 of an IPv6 address (one host usually holds a whole
 * /64, and could otherwise take a fresh address per request). No address (a request without a
 * socket, e.g. in-process tests) is one shared bucket.
 */

const HOUR_MS = 3_600_000;
/** More distinct networks than this in one window share one overflow bucket (memory stays bounded). */
const MAX_BUCKETS = 100_000;

/** What `snapshot()` shows tests: bucket ids (64-hex HMACs) and their counts. No key. */
export interface RateLimiterSnapshot {
  buckets: Array<[string, number]>;
}

export class AnonymousRateLimiter {
  #key: Buffer = randomBytes(32);
  #hour: number;
  #window: number;
  readonly #counts = new Map<string, number>();

  constructor(
    readonly limit: Readonly<RateLimit>,
    private readonly now: () => number,
    private readonly rotateMs = HOUR_MS,
  ) {
    const t = now();
    this.#hour = Math.floor(t / rotateMs);
    this.#window = Math.floor(t / this.#windowMs);
  }

  get #windowMs(): number {
    return Math.max(1, this.limit.windowSeconds) * 1000;
  }

  /** A new key when the hour turned (or the clock went back); counters reset when the window turned. */
  rotateIfDue(t = this.now()): void {
    const hour = Math.floor(t / this.rotateMs);
    if (hour !== this.#hour) {
      this.#key = randomBytes(32);
      this.#hour = hour;
      this.#counts.clear();
    }
    const window = Math.floor(t / this.#windowMs);
    if (window !== this.#window) {
      this.#window = window;
      this.#counts.clear();
    }
  }

  /**
   * Counts one request from `address`; throws RateLimitedError (429, Retry-After) when its network
   * has used up the window. Nothing of `address` outlives this call but its HMAC.
   */
  take(address: string | null): void {
    const t = this.now();
    this.rotateIfDue(t);
    let bucket = createHmac('sha256', this.#key)
      .update(address === null ? '\0none' : networkOf(address))
      .digest('hex');
    if (!this.#counts.has(bucket) && this.#counts.size >= MAX_BUCKETS) {
      bucket = createHmac('sha256', this.#key).update('\0overflow').digest('hex');
    }
    const count = this.#counts.get(bucket) ?? 0;
    if (count >= this.limit.max) {
      const resetAt = Math.min((this.#window + 1) * this.#windowMs, (this.#hour + 1) * this.rotateMs);
      throw new RateLimitedError(Math.max(1, Math.ceil((resetAt - t) / 1000)));
    }
    this.#counts.set(bucket, count + 1);
  }

  /** For tests: what the limiter holds (bucket ids and counts). */
  snapshot(): RateLimiterSnapshot {
    return { buckets: [...this.#counts] };
  }
}

/** The part of an address that names a network: IPv4 as is, IPv6 as its /64, `::ffff:a.b.c.d` as IPv4. */
export function networkOf(address: string): string {
  let a = address.trim().toLowerCase();
  if (a.startsWith('[') && a.includes(']')) a = a.slice(1, a.indexOf(']'));
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(a)) return a;
  const groups = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ipv4Groups(g) : [parseInt(g, 16).toString(16)])) : []);
  const [head, tail] = a.includes('::') ? a.split('::') : [a, undefined];
  const h = groups(head!);
  const t = tail === undefined ? [] : groups(tail);
  const full = [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return `${full.slice(0, 4).join(':')}::/64`;
}

function ipv4Groups(ipv4: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = ipv4.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

/** The connecting socket's address (null without a Node socket, e.g. `app.request()` in tests). */
export function socketAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/**
 * Behind `hops` reverse proxies that each append to X-Forwarded-For: the entry the outermost of
 * them added, i.e. the `hops`-th from the right. Entries further left are whatever the client
 * sent, so trusting them would let anyone pick a fresh bucket per request. Without the header:
 * the socket's address.
 */
export function forwardedAddress(hops: number): (c: Context) => string | null {
  return (c) => {
    const entries = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    if (!entries.length) return socketAddress(c);
    return entries[Math.max(0, entries.length - hops)]!;
  };
}
