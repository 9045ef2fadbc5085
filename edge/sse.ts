import type { LiveEvent } from '../src/core/live.js';

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
export const eventFrame = (id: number, event: LiveEvent): string => `id: ${id}\nevent: ${event.topic}\ndata: ${JSON.stringify(event)}\n\n`;

/** The event id a reconnecting client asks to resume after (header first), or null. */
export function lastEventId(header: string | null | undefined, query: string | null | undefined): number | null {
  const raw = header ?? query;
  return raw !== undefined && raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}
