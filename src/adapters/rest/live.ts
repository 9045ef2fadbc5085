import type { LivePort } from '../../adapter/port.js';
import type { LiveEvent, LiveEventOf, LiveTopic } from '../../core/live.js';
import { LiveListeners } from '../../adapter/live-listeners.js';
import { sleep } from '../../core/abort.js';
import { backoff, type HttpClient } from './http.js';
import type { KudosImages } from './images.js';
import { toLiveEvent } from './mapping.js';
import { pathOf } from './operations.js';
import { SseParser } from './sse.js';

/** Topics the contract's `/events` serves; asking for another would make it refuse the stream. */
const CONTRACT_TOPICS: readonly LiveTopic[] = ['kudos', 'poll', 'share', 'feedback', 'moderation'];

export interface LiveSettings {
  /** First reconnection delay when the server sent no `retry:`; doubles per failed try. */
  reconnectMs: number;
  /** The longest wait between two tries. */
  maxReconnectMs: number;
  /** How long a stream must stay open to count as healthy again (the backoff starts over). */
  stableMs?: number;
  random?: () => number;
  now?: () => number;
  /** One EventSource for the page's adapters on the same URL (SharedStream). */
  shared?: boolean;
}

/** How many delivered event ids are remembered, so a replay never delivers one twice. */
const REMEMBERED_IDS = 1_000;

/**
 * What a stream keeps across its connections: the last event id, the ids already delivered, and
 * the backoff. The backoff starts over only when a stream stayed open a while or delivered a new
 * event: a proxy that ends every stream right after answering (some bytes, even an event seen
 * before) is retried ever more slowly, not twice a second forever.
 */
class Reconnection {
  lastEventId = '';
  private readonly delivered = new Set<string>();
  private failures = 0;
  private openedAt: number | null = null;

  constructor(
    private readonly settings: LiveSettings,
    private readonly send: Deliver,
  ) {}

  private now(): number {
    return (this.settings.now ?? Date.now)();
  }

  /**
   * Passes an event on, unless its id was delivered already (a replay after a reconnect). Two
   * messages are the stream's own (contract: `streamEvents`): `ready` opens a new stream with the
   * current id, so a client that has seen no event yet resumes from there, not from "now" after an
   * outage; `reset` says changes were missed that cannot be replayed, and resumes from its id.
   */
  deliver(type: string, data: string, id: string): void {
    if (type === 'ready') {
      if (id && !this.lastEventId) this.lastEventId = id;
      return;
    }
    if (type === 'reset') {
      this.lastEventId = id;
      this.delivered.clear();
      this.send(type, data);
      return;
    }
    if (id) {
      this.lastEventId = id;
      if (this.delivered.has(id)) return;
      this.delivered.add(id);
      if (this.delivered.size > REMEMBERED_IDS) this.delivered.delete(this.delivered.values().next().value!);
    }
    this.failures = 0;
    this.send(type, data);
  }

  opened(): void {
    this.openedAt = this.now();
  }

  /** The wait before the next try: exponential with full jitter, from `baseMs` (the server's `retry:`). */
  nextDelay(baseMs = this.settings.reconnectMs): number {
    if (this.openedAt !== null && this.now() - this.openedAt >= (this.settings.stableMs ?? 30_000)) this.failures = 0;
    this.openedAt = null;
    return Math.max(1, backoff(this.failures++, baseMs, this.settings.maxReconnectMs, this.settings.random));
  }
}

/** One open stream; `close` ends it for good. */
interface Connection {
  /** The last event id this stream saw, or '' . */
  readonly lastEventId: string;
  close(): void;
}

/**
 * Live updates over `GET /events` (Server-Sent Events). All subscribers of one adapter share
 * one connection, opened with the first subscription and closed with the last; it reconnects
 * by itself and asks the server to replay what it missed (`Last-Event-ID`).
 *
 * Without a headers hook it uses the browser's EventSource (cookies; `withCredentials` when
 * credentials are `include`). With one (a bearer token), EventSource cannot send headers, so
 * the stream is read with fetch and parsed here. Either way a dropped or refused stream is
 * reopened after a backoff (exponential, full jitter, from the server's `retry:` when the
 * fetch path can read it), asking for what came after the last event id it saw; an event id
 * already delivered is never delivered again.
 */
export class RestLivePort implements LivePort {
  private readonly listeners = new LiveListeners();
  private connection: Connection | null = null;
  /** The topics `connection` was opened for. */
  private topics = '';
  /** Deliveries waiting for a kudos' image (KudosImages.shown), in order; those after one wait too. */
  private waiting: Promise<void> | null = null;

  constructor(
    private readonly http: HttpClient,
    private readonly images: KudosImages,
    private readonly settings: LiveSettings,
  ) {}

  subscribe<T extends LiveTopic>(topic: T, listener: (event: LiveEventOf<T>) => void): () => void {
    const remove = this.listeners.add(topic, listener);
    this.sync();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      remove();
      this.sync();
    };
  }

  /** Closes the stream and forgets every subscriber. */
  close(): void {
    this.listeners.clear();
    this.sync();
  }

  /** Whether a stream is open (or opening); for tests and hosts that show a status. */
  get connected(): boolean {
    return !!this.connection;
  }

  /** One connection for the topics someone listens to, or none. */
  private sync(): void {
    // A topic the contract does not serve yet gets no events rather than breaking the others.
    const topics = this.listeners
      .topics()
      .filter((t) => CONTRACT_TOPICS.includes(t))
      .sort()
      .join(',');
    if (this.connection && this.topics === topics) return;
    // The new stream resumes where the old one was, so a change of topics misses nothing.
    const resumeFrom = this.connection?.lastEventId ?? '';
    this.connection?.close();
    this.connection = null;
    this.topics = topics;
    if (!topics) return;
    const deliver = (type: string, data: string) => this.deliver(type, data);
    this.connection =
      this.http.hasHeadersHook || typeof EventSource !== 'function'
        ? new FetchStream(eventsPath(topics), this.http, this.settings, deliver, resumeFrom)
        : this.settings.shared
          ? sharedStreamOf(this.http, this.settings).join(topics, deliver, resumeFrom)
          : new EventSourceStream(topics, this.http, this.settings, deliver, resumeFrom);
  }

  private deliver(type: string, data: string): void {
    const event: LiveEvent | null = type === 'reset' ? null : toLiveEvent(data, (address) => this.images.url(address));
    if (type !== 'reset' && (!event || event.topic !== type)) return;
    const handOut = (ready: LiveEvent | null) => {
      // A reset: every subscriber reloads what it shows.
      if (!ready) for (const topic of this.listeners.topics()) this.listeners.deliver({ topic, type: 'reset' });
      else this.listeners.deliver(ready);
    };
    const load = event?.topic === 'kudos' && 'kudos' in event && this.images.needsLoad(event.kudos);
    if (!load && !this.waiting) return handOut(event);
    const previous = this.waiting ?? Promise.resolve();
    const next = previous
      .then(async () => handOut(event && load && 'kudos' in event ? { ...event, kudos: await this.images.shown(event.kudos) } : event))
      .finally(() => {
        if (this.waiting === next) this.waiting = null;
      });
    this.waiting = next;
  }
}

type Deliver = (type: string, data: string) => void;

/** The contract's `streamEvents`, from the operation table like every other request. */
function eventsPath(topics: string): { path: string; query: Record<string, string> } {
  return { path: pathOf('streamEvents'), query: { topics } };
}

/** The browser's EventSource: cookies only. */
class EventSourceStream implements Connection {
  private source: EventSource | null = null;
  private readonly state: Reconnection;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    readonly topics: string,
    private readonly http: HttpClient,
    settings: LiveSettings,
    deliver: Deliver,
    resumeFrom: string,
  ) {
    this.state = new Reconnection(settings, deliver);
    this.state.lastEventId = resumeFrom;
    this.open();
  }

  get lastEventId(): string {
    return this.state.lastEventId;
  }

  private open(): void {
    const { path, query } = eventsPath(this.topics);
    const url = this.http.url(path, { ...query, lastEventId: this.state.lastEventId || undefined });
    const source = (this.source = new EventSource(url, { withCredentials: this.http.credentials === 'include' }));
    source.addEventListener('open', () => this.state.opened());
    for (const topic of [...this.topics.split(','), 'ready', 'reset']) {
      source.addEventListener(topic, (event: MessageEvent<string>) => this.state.deliver(event.type, event.data, event.lastEventId));
    }
    source.addEventListener('error', () => {
      // EventSource would reconnect by itself, sending Last-Event-ID, but not after an error
      // status, and a service worker on the page (SharePoint has one) may drop that header.
      // So every failure is handled here: close, wait, and open anew with `lastEventId`.
      if (this.closed) return;
      source.close();
      this.retryTimer = setTimeout(() => {
        if (!this.closed) this.open();
      }, this.state.nextDelay());
    });
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.source?.close();
  }
}

/** A member of a shared stream: the topics it listens to and where their events go. */
interface Member {
  topics: ReadonlySet<string>;
  deliver: Deliver;
}

/**
 * One EventSource for every REST adapter of the page on the same events URL. A browser opens
 * at most six HTTP/1.1 connections to a host: six providers with a stream each left none for
 * requests, and every widget of the page waited forever. Cookies are the page's, so the stream
 * is the same for each; it is reopened (resuming from its last event id) when an adapter joins
 * or leaves, a burst of them at once, so it carries the topics asked for and the session's
 * cookie as it is now (a demo that signs in as someone else renews its adapters).
 */
class SharedStream {
  private readonly members = new Set<Member>();
  private stream: EventSourceStream | null = null;
  private lastEventId = '';
  private scheduled = false;

  constructor(
    private readonly http: HttpClient,
    private readonly settings: LiveSettings,
    private readonly emptied: () => void,
  ) {}

  join(topics: string, deliver: Deliver, resumeFrom: string): Connection {
    const member: Member = { topics: new Set(topics.split(',')), deliver };
    this.members.add(member);
    if (resumeFrom && !this.lastEventId) this.lastEventId = resumeFrom;
    this.schedule();
    const lastEventId = () => this.stream?.lastEventId || this.lastEventId;
    return {
      get lastEventId() {
        return lastEventId();
      },
      close: () => {
        if (this.members.delete(member)) this.schedule();
      },
    };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.reopen();
    });
  }

  private reopen(): void {
    this.lastEventId = this.stream?.lastEventId || this.lastEventId;
    this.stream?.close();
    this.stream = null;
    const topics = [...new Set([...this.members].flatMap((m) => [...m.topics]))].sort().join(',');
    if (!topics) return this.emptied();
    this.stream = new EventSourceStream(topics, this.http, this.settings, (type, data) => this.fanOut(type, data), this.lastEventId);
  }

  /** Each event to the members listening to its topic; a reset to all of them. */
  private fanOut(type: string, data: string): void {
    for (const member of [...this.members]) if (type === 'reset' || member.topics.has(type)) member.deliver(type, data);
  }
}

const sharedStreams = new Map<string, SharedStream>();

/** The page's shared stream for this adapter's events URL and credentials. */
function sharedStreamOf(http: HttpClient, settings: LiveSettings): SharedStream {
  const key = `${http.credentials} ${http.url(pathOf('streamEvents'))}`;
  let shared = sharedStreams.get(key);
  if (!shared) {
    shared = new SharedStream(http, settings, () => {
      if (sharedStreams.get(key) === shared) sharedStreams.delete(key);
    });
    sharedStreams.set(key, shared);
  }
  return shared;
}

/** What a fetch-read stream asks for: a path of the contract, its query and its own headers. */
export interface StreamRequest {
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Called each time the stream opens after a drop or a failed try (not when the first try opens it). */
  reopened?: () => void;
  /** An answer status after which trying again is pointless (a token that opens nothing): the stream stops. */
  final?: (status: number) => boolean;
}

/**
 * fetch + SseParser: for hosts whose credentials are headers (a bearer token), and for the
 * feedback sender's channel (its token is a header; the HttpClient's own credentials, Referer
 * and cache policy go along, so the anonymous client's stream is as anonymous as its calls).
 */
export class FetchStream implements Connection {
  private readonly abort = new AbortController();
  private readonly state: Reconnection;
  private serverRetry: number | null = null;
  /** Tries to connect so far, opened or not. */
  private tries = 0;

  constructor(
    private readonly request: StreamRequest,
    private readonly http: HttpClient,
    settings: LiveSettings,
    deliver: Deliver,
    resumeFrom: string,
  ) {
    this.state = new Reconnection(settings, deliver);
    this.state.lastEventId = resumeFrom;
    void this.run();
  }

  get lastEventId(): string {
    return this.state.lastEventId;
  }

  close(): void {
    this.abort.abort();
  }

  private async run(): Promise<void> {
    const { signal } = this.abort;
    while (!signal.aborted) {
      await this.connect(signal);
      if (signal.aborted) return;
      try {
        await sleep(this.state.nextDelay(this.serverRetry ?? undefined), signal);
      } catch {
        return;
      }
    }
  }

  /** One connection, until it ends or fails. */
  private async connect(signal: AbortSignal): Promise<void> {
    const state = this.state;
    const first = this.tries++ === 0;
    try {
      const own: Record<string, string> = { Accept: 'text/event-stream', ...this.request.headers };
      if (state.lastEventId) own['Last-Event-ID'] = state.lastEventId;
      const headers = await this.http.headers(own);
      const response = await this.http.fetch(this.http.url(this.request.path, this.request.query), {
        headers,
        credentials: this.http.credentials,
        ...(this.http.referrerPolicy ? { referrerPolicy: this.http.referrerPolicy } : {}),
        cache: 'no-store',
        signal,
      });
      if (!response.ok || !response.body || !/^text\/event-stream\b/i.test(response.headers.get('Content-Type') ?? '')) {
        await response.body?.cancel();
        if (this.request.final?.(response.status)) this.close();
        return;
      }
      state.opened();
      if (!first) this.request.reopened?.();
      const parser = new SseParser((message) => state.deliver(message.type, message.data, message.lastEventId));
      // The last event id outlives a connection, as in EventSource.
      parser.lastEventId = state.lastEventId;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
        // An id line may come without data (no dispatch); it still counts for reconnection.
        state.lastEventId = parser.lastEventId;
        this.serverRetry = parser.retry ?? this.serverRetry;
      }
    } catch {
      // A dropped stream, a refused connection or a failing headers hook: reconnect later.
    }
  }
}
