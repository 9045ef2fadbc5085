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

/*
 * The feedback sender's live channel (`GET /feedback/thread/events`): opened by a reply token, so
 * its messages say that the thread changed and nothing else (no id, no time, no content) and the
 * client reads the thread again by token. It ends by itself after WATCH_MAX_MS: a token does not
 * expire with a session, so a reopened stream has the token looked up (and counted) again.
 */

/** A change of the watched thread: no id, no time, empty data. */
export const changedFrame = 'event: changed\ndata:\n\n';
/** How long a sender's channel stays open before it ends by itself (the client reopens it). */
export const WATCH_MAX_MS = 3_600_000;

export interface ChangeStreamOptions {
  retryMs?: number;
  pingMs?: number;
  /** Default WATCH_MAX_MS. */
  maxMs?: number;
  /** The request's: the stream ends when the client goes. */
  signal?: AbortSignal;
  /** The mounter's: every stream ends when it stops (a server shutting down). */
  stop?: AbortSignal;
}

/** In Node, a timer that must not keep the process alive; in the browser, nothing to do. */
const unref = (timer: unknown) => (timer as { unref?: () => void }).unref?.();

/**
 * A `text/event-stream` that sends `changedFrame` each time `watch` calls its callback, with the
 * opening frame and pings, until the client leaves or `maxMs` has passed; `watch` returns the
 * function that stops it.
 */
export function changeStream(watch: (onChange: () => void) => () => void, options: ChangeStreamOptions = {}): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          end(); // cancelled by the other side
        }
      };
      const end = () => {
        if (!open) return;
        open = false;
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      write(openingFrame(options.retryMs ?? DEFAULT_RETRY_MS));
      const unwatch = watch(() => write(changedFrame));
      const ping = setInterval(() => write(pingFrame), options.pingMs ?? DEFAULT_PING_MS);
      const lifetime = setTimeout(end, options.maxMs ?? WATCH_MAX_MS);
      unref(ping);
      unref(lifetime);
      let stopped = false;
      stop = () => {
        if (stopped) return;
        stopped = true;
        open = false;
        clearInterval(ping);
        clearTimeout(lifetime);
        unwatch();
      };
      for (const signal of [options.signal, options.stop]) {
        if (signal?.aborted) end();
        else signal?.addEventListener('abort', end, { once: true });
      }
    },
    cancel: () => stop(),
  });
  return new Response(body, { headers: SSE_HEADERS });
}
