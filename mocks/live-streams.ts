import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { LiveEvent } from '../src/core/live.js';
import { eventFrame, openingFrame, pingFrame, readyFrame, REPLAY_MAX, resetFrame, SSE_HEADERS, DEFAULT_PING_MS, DEFAULT_RETRY_MS } from '../edge/sse.js';

/*
 * The mock's event streams: events computed for each user, one id sequence, one history. Each
 * user with an event stream gets a view: a MemoryAdapter signed in as them over the shared
 * storage, which hears every change and computes its events as that user sees it (private kudos
 * only to those who may see them, `mine` theirs). A view outlives its streams, so what happens
 * between a drop and the reconnection is in the history for Last-Event-ID. Framing is the HTTP
 * edge's (edge/sse.ts), as the server frames it: a new stream opens with the current id (`ready`);
 * a last id the history no longer holds, or more than REPLAY_MAX events back, gets a `reset`.
 */

export interface LiveStreamsOptions {
  adapter: Omit<MemoryAdapterOptions, 'persist' | 'storage' | 'latency' | 'failureRate'> | undefined;
  storage: Storage;
  storageKey: string;
  retryMs?: number;
  pingMs?: number;
  /** Called with each event before it is sent (the mock checks it against the contract). */
  onEvent(event: LiveEvent): void;
}

type Stream = { user: string; topics: ReadonlySet<string>; send: (id: number, event: LiveEvent) => void; end: () => void };

export class LiveStreams {
  private nextEventId = 1;
  /** `user` null: for every stream (`publish`). */
  private readonly history: { id: number; event: LiveEvent; user: string | null }[] = [];
  private readonly streams = new Set<Stream>();
  private readonly views = new Map<string, MemoryAdapter>();

  constructor(private readonly options: LiveStreamsOptions) {}

  get open(): number {
    return this.streams.size;
  }

  /** Pushes a live event to every open stream, as is. */
  publish(event: LiveEvent): void {
    this.record(event, null);
  }

  /** Ends every open event stream, as a proxy dropping idle connections would. */
  dropAll(): void {
    for (const stream of [...this.streams]) stream.end();
  }

  private record(event: LiveEvent, user: string | null): void {
    this.options.onEvent(event);
    const entry = { id: this.nextEventId++, event, user };
    this.history.push(entry);
    if (this.history.length > 1000) this.history.shift();
    for (const stream of this.streams) if ((user === null || stream.user === user) && stream.topics.has(event.topic)) stream.send(entry.id, event);
  }

  private watch(user: string): void {
    if (this.views.has(user)) return;
    const { adapter, storage, storageKey } = this.options;
    const view = new MemoryAdapter({ ...adapter, persist: true, storage, storageKey, userId: user, latency: 0 });
    view.live.subscribe('kudos', (event) => this.record(event, user));
    // Poll events name the poll only (results depend on the viewer; clients refetch).
    view.live.subscribe('poll', (event) => this.record(event, user));
    // Share events name the post only (sharedByMe depends on the viewer; clients refetch).
    view.live.subscribe('share', (event) => this.record(event, user));
    // Feedback events reach recipients only (the view's adapter knows whether this user is one).
    view.live.subscribe('feedback', (event) => this.record(event, user));
    // Moderation events reach moderators only (the view's adapter knows whether this user is one).
    view.live.subscribe('moderation', (event) => this.record(event, user));
    this.views.set(user, view);
  }

  /** The `text/event-stream` answer for `user`, replaying what came after `after` first. */
  response(user: string, topics: readonly string[], after: number | null, signal: AbortSignal | undefined): Response {
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        const write = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const stream: Stream = {
          user,
          topics: new Set(topics),
          send: (id, event) => write(eventFrame(id, event)),
          end: () => {
            stop();
            try {
              controller.close();
            } catch {
              // Already closed by the client.
            }
          },
        };
        const current = this.nextEventId - 1;
        write(openingFrame(this.options.retryMs ?? DEFAULT_RETRY_MS) + (after === null ? readyFrame(current) : ''));
        this.watch(user);
        const missed = after === null ? [] : this.history.filter((entry) => entry.id > after);
        if (after !== null && ((after > 0 && !this.history.some((entry) => entry.id === after)) || missed.length > REPLAY_MAX)) {
          write(resetFrame(current, topics));
        } else if (after !== null) {
          for (const entry of missed) {
            if (entry.id > after && (entry.user === null || entry.user === user) && stream.topics.has(entry.event.topic)) stream.send(entry.id, entry.event);
          }
        }
        this.streams.add(stream);
        const ping = setInterval(() => write(pingFrame), this.options.pingMs ?? DEFAULT_PING_MS);
        stop = () => {
          clearInterval(ping);
          this.streams.delete(stream);
        };
        signal?.addEventListener('abort', () => stream.end());
      },
      cancel: () => stop(),
    });
    return new Response(body, { headers: SSE_HEADERS });
  }
}
