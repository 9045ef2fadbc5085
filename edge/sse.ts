import type { LiveEvent } from '../src/core/live.js';
import { lightEvent } from './kudos-image.js';

/*
 * The event stream's framing (text/event-stream), as the contract describes it: each event is
 * `id`, `event: <topic>` and one line of JSON `data`; a stream opens with `retry` and a comment,
 * and is kept alive by `: ping` comments.
 */

/** `retry:` sent to clients, in ms. */
export const DEFAULT_RETRY_MS = 3_000;
/** Between `: ping` comments (the contract: at most 25 s). */
export const DEFAULT_PING_MS = 25_000;

export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache',
  Connection: 'keep-alive',
  // Tells nginx not to buffer the stream.
  'X-Accel-Buffering': 'no',
};

export const openingFrame = (retryMs = DEFAULT_RETRY_MS): string => `retry: ${retryMs}\n: connected\n\n`;
export const pingFrame = ': ping\n\n';
/** Opens a stream asked for with no last id: the current id, so a client that has seen no event yet resumes from it. */
export const readyFrame = (id: number): string => `id: ${id}\nevent: ready\ndata: {}\n\n`;
/** Events after the client's last id were missed and cannot be replayed: it reloads what it shows, and resumes from `id`. */
export const resetFrame = (id: number, topics: readonly string[]): string => `id: ${id}\nevent: reset\ndata: ${JSON.stringify({ topics })}\n\n`;
/** The most events a reconnecting client is sent again; past that it gets a reset (a reload costs less). */
export const REPLAY_MAX = 1000;
/** An event's frame; a kudos names its uploaded image by address (edge/kudos-image.ts), so no event carries image bytes. */
export const eventFrame = (id: number, event: LiveEvent): string => `id: ${id}\nevent: ${event.topic}\ndata: ${JSON.stringify(lightEvent(event))}\n\n`;

/** The event id a reconnecting client asks to resume after (header first), or null. */
export function lastEventId(header: string | null | undefined, query: string | null | undefined): number | null {
  const raw = header ?? query;
  return raw !== undefined && raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}
