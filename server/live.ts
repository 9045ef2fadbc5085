import { DEFAULT_PING_MS, DEFAULT_RETRY_MS, openingFrame, pingFrame, readyFrame, REPLAY_MAX, resetFrame, SSE_HEADERS } from '../edge/sse.js';
import type { KudosAudience } from '../src/core/kudos.rules.js';
import type { CurrentUser } from '../src/core/people.js';
import type { Db, Queryable } from './db/db.js';
import { loadKudosOf, SharedFrames, type EventRow, type EventType } from './live.frames.js';

export type { EventRow, EventTopic, EventType } from './live.frames.js';

/*
 * Live updates over Server-Sent Events, fanned out through PostgreSQL so several server
 * processes on one database behave as one:
 *
 *   a write ── inserts a row in `events` (under an advisory lock, so ids grow in commit order)
 *           └─ NOTIFY chorus_events {type, id, eventId}   (delivered when it commits)
 *   every process ── LISTENs, reads the events after the last one it dispatched (up to 200 at
 *                    a time), loads their kudos in one query and writes each client what the
 *                    batch means *to that user* (private kudos only to those who may see them;
 *                    `mine`, `reportedByMe`; live.frames.ts), in one write per client.
 *
 * A client that reconnects with `Last-Event-ID` gets what it missed from the events table (kept
 * for a day), so nothing depends on one process's memory. A new stream opens with the current id
 * (`ready`), so a client that has seen no event yet also resumes where it was; when what it
 * missed is gone from the table or is more than REPLAY_MAX events, it is told (`reset`) and reloads.
 */

export const EVENTS_CHANNEL = 'chorus_events';
/** "even" in ASCII: the advisory lock that orders event ids by commit. */
const EVENTS_LOCK = 0x6576656e;
/** A client this far behind (bytes queued for it) is dropped; it reconnects and replays, or is told of the gap. */
export const DEFAULT_MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/**
 * Appends an event and its NOTIFY in one statement (one round trip): the advisory lock first, so
 * ids grow in commit order, then the row, then the NOTIFY, which goes out when the writer commits.
 * Call it as late as the write allows: the lock is held until the commit.
 */
async function appendEvent(tx: Queryable, params: readonly unknown[]): Promise<number> {
  const [row] = await tx.query<{ id: number | string }>(
    `with locked as (select pg_advisory_xact_lock($1::bigint)),
       added as (
         insert into events (topic, type, kudos_id, public, audience, only_user, created_at)
         select $3::text, $4::text, $5::text, $6::boolean, $7::text[], $8::text, $9::timestamptz from locked returning id
       )
     select id, pg_notify($2, json_build_object('type', $4::text, 'id', $5::text, 'eventId', id)::text) from added`,
    [EVENTS_LOCK, EVENTS_CHANNEL, ...params],
  );
  return Number(row!.id);
}

/** Records a change, in the writer's transaction; the NOTIFY goes out when it commits. */
export function recordEvent(
  tx: Queryable,
  type: EventType,
  kudos: KudosAudience & { id: string },
  now: number,
  onlyUser: string | null = null,
): Promise<number> {
  return appendEvent(tx, ['kudos', type, kudos.id, kudos.visibility === 'public', [kudos.authorId, ...kudos.recipientIds], onlyUser, new Date(now)]);
}

/**
 * Records that a poll (votes, write-ins, closing) or a shareable post (a share, a click) changed,
 * in the writer's transaction. The event names only the poll or post: clients refetch it as
 * themselves, since results and sharedByMe depend on the viewer.
 */
export function recordChangedEvent(tx: Queryable, topic: 'poll' | 'share' | 'feedback' | 'moderation', id: string, now: number): Promise<number> {
  return appendEvent(tx, [topic, 'changed', id, true, [], null, new Date(now)]);
}

/** A poll changed: see recordChangedEvent. */
export const recordPollEvent = (tx: Queryable, pollId: string, now: number): Promise<number> => recordChangedEvent(tx, 'poll', pollId, now);

interface DbEventRow {
  id: number | string;
  topic: string;
  type: EventType | 'changed';
  kudos_id: string;
  public: boolean;
  audience: string[];
  only_user: string | null;
}

function toEvent(row: DbEventRow): EventRow {
  const [authorId = '', ...recipientIds] = row.audience;
  return {
    id: Number(row.id),
    topic: row.topic === 'poll' || row.topic === 'share' || row.topic === 'feedback' || row.topic === 'moderation' ? row.topic : 'kudos',
    type: row.type,
    kudosId: row.kudos_id,
    audience: { authorId, recipientIds, visibility: row.public ? 'public' : 'private' },
    onlyUser: row.only_user,
  };
}

async function eventsAfter(db: Queryable, after: number, limit: number): Promise<EventRow[]> {
  const rows = await db.query<DbEventRow>('select id, topic, type, kudos_id, public, audience, only_user from events where id > $1 order by id limit $2', [
    after,
    limit,
  ]);
  return rows.map(toEvent);
}

/** Why a stream was dropped, as the one line the HTTP server logs (no stack: nothing failed here). */
function slowReader(bytes: number): Error {
  const error = new Error(`chorus: dropped an event stream whose client left ${Math.round(bytes / 1024)} KiB unread; it will reconnect and catch up`);
  error.stack = error.message;
  return error;
}

interface Client {
  user: CurrentUser;
  topics: Set<string>;
  /** The id of the last event written (or skipped) for this client. */
  sentUpTo: number;
  /** While replaying, live events wait here. */
  buffer: EventRow[] | null;
  write(chunk: string | Uint8Array): boolean;
  close(): void;
}

export interface LiveHubOptions {
  reactions: readonly string[];
  /** Milliseconds between `: ping` comments (the contract: at most 25 s). */
  pingMs?: number;
  /** `retry:` sent to clients, in ms. */
  retryMs?: number;
  /** Bytes a client may have waiting before it is dropped. Default DEFAULT_MAX_QUEUED_BYTES. */
  maxQueuedBytes?: number;
}

export class LiveHub {
  private readonly clients = new Set<Client>();
  private last = 0;
  /** catchUp() runs queued or running: `last` is theirs to move. */
  private catchingUp = 0;
  /** A pass of catchUp() waits to start: notifications meanwhile need no other. */
  private passQueued = false;
  private chain: Promise<void> = Promise.resolve();
  private stopListening: (() => Promise<void>) | null = null;
  private closed = false;
  private readonly pingMs: number;
  private readonly retryMs: number;
  private readonly maxQueuedBytes: number;

  constructor(
    private readonly db: Db,
    private readonly options: LiveHubOptions,
  ) {
    this.pingMs = options.pingMs ?? DEFAULT_PING_MS;
    this.retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
    this.maxQueuedBytes = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
  }

  async start(): Promise<void> {
    const [row] = await this.db.query<{ id: number | string | null }>('select max(id) as id from events');
    this.last = Number(row?.id ?? 0);
    this.stopListening = await this.db.listen(EVENTS_CHANNEL, (payload) => this.onNotify(payload));
  }

  get clientCount(): number {
    return this.clients.size;
  }

  private onNotify(payload: string): void {
    try {
      const { eventId } = JSON.parse(payload) as { eventId?: number };
      if (typeof eventId === 'number' && eventId <= this.last) return;
      // No one listening here: nothing to read. Ids grow in commit order, so a client that
      // connects later starts after this one (and replays from the table with Last-Event-ID).
      if (typeof eventId === 'number' && !this.clients.size && !this.catchingUp) {
        this.last = eventId;
        return;
      }
    } catch {
      // Not ours to judge: read the table anyway.
    }
    this.catchUp();
  }

  /**
   * Dispatches every event after the last one this process sent, in order (also after a
   * reconnect). Notifications that come while a pass waits to start need no pass of their own:
   * it reads their events too, as one batch (one write per client).
   */
  catchUp(): void {
    if (this.passQueued) return;
    this.passQueued = true;
    this.catchingUp++;
    this.chain = this.chain
      .then(async () => {
        this.passQueued = false;
        for (;;) {
          if (this.closed) return;
          const events = await eventsAfter(this.db, this.last, 200);
          if (!events.length) return;
          await this.dispatch(events);
          this.last = events.at(-1)!.id;
        }
      })
      .catch((error: unknown) => console.error('chorus: live fan-out failed:', error))
      .finally(() => this.catchingUp--);
  }

  /** A batch of events, in order, to every client (one that connected while its kudos loaded too). */
  private async dispatch(events: readonly EventRow[]): Promise<void> {
    const heard = (client: Client) => events.some((e) => client.topics.has(e.topic));
    if (![...this.clients].some(heard)) return;
    const frames = await this.framesFor(events);
    for (const client of this.clients) {
      if (!heard(client)) continue;
      if (client.buffer) client.buffer.push(...events);
      else this.send(client, events, frames);
    }
  }

  private async framesFor(events: readonly EventRow[]): Promise<SharedFrames> {
    return new SharedFrames(await loadKudosOf(this.db, events), this.options.reactions);
  }

  /**
   * What these events mean to this client, in one write: one write per client and batch, where
   * a write per event cost a system call each (at 1,000 streams, most of the fan-out's time).
   */
  private send(client: Client, events: readonly EventRow[], frames: SharedFrames): void {
    const chunks: Uint8Array[] = [];
    for (const event of events) {
      if (event.id <= client.sentUpTo || !client.topics.has(event.topic)) continue;
      client.sentUpTo = event.id;
      const frame = frames.for(event, client.user);
      if (frame) chunks.push(frame);
    }
    if (chunks.length && !client.write(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))) client.close();
  }

  /**
   * The `text/event-stream` for one user. With `lastEventId`, first replays the events after it
   * that the table still has; events arriving meanwhile wait, so none is lost or doubled.
   */
  stream(user: CurrentUser, topics: readonly string[], lastEventId: number | null): Response {
    const encoder = new TextEncoder();
    let client: Client | null = null;
    let ping: NodeJS.Timeout | undefined;
    const body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          let open = true;
          const close = () => {
            if (!open) return;
            open = false;
            clearInterval(ping);
            if (client) this.clients.delete(client);
            try {
              // A client too far behind will not read what is queued: an error discards it, where
              // close() would keep it until read, and the HTTP server ends the connection, logging
              // the error (one line: see slowReader).
              if ((controller.desiredSize ?? 0) <= -this.maxQueuedBytes) controller.error(slowReader(this.maxQueuedBytes));
              else controller.close();
            } catch {
              // Already cancelled by the other side.
            }
          };
          client = {
            user,
            topics: new Set(topics),
            sentUpTo: lastEventId ?? this.last,
            buffer: lastEventId === null ? null : [],
            // The queue is what the client has not read yet, in bytes (the strategy below): one
            // that stops reading is dropped past the cap, rather than holding every event in memory.
            write: (chunk) => {
              if (!open) return false;
              try {
                controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
              } catch {
                // The client went away between the fan-out's check and this write (cancelled).
                close();
                return false;
              }
              return (controller.desiredSize ?? 0) > -this.maxQueuedBytes;
            },
            close,
          };
          this.clients.add(client);
          client.write(openingFrame(this.retryMs) + (lastEventId === null ? readyFrame(this.last) : ''));
          ping = setInterval(() => client?.write(pingFrame) === false && close(), this.pingMs);
          ping.unref();
          if (lastEventId !== null) void this.replay(client, lastEventId);
        },
        cancel: () => {
          clearInterval(ping);
          if (client) this.clients.delete(client);
        },
      },
      new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
    );
    return new Response(body, { headers: SSE_HEADERS });
  }

  private async replay(client: Client, after: number): Promise<void> {
    try {
      const events = await eventsAfter(this.db, after, REPLAY_MAX + 1);
      // The client's last event is gone (kept a day; or another database's id): what followed may be too.
      const gone = after > 0 && !(await this.db.query('select 1 from events where id = $1', [after])).length;
      if (gone || events.length > REPLAY_MAX) {
        client.sentUpTo = this.last;
        if (!client.write(resetFrame(this.last, [...client.topics]))) client.close();
        return;
      }
      const missed = events.filter((e) => client.topics.has(e.topic));
      this.send(client, missed, await this.framesFor(missed));
    } catch (error) {
      console.error('chorus: live replay failed:', error);
    } finally {
      // Events that arrived meanwhile, in order; new ones keep queueing until the buffer is empty.
      const buffer = client.buffer ?? [];
      while (buffer.length) {
        const arrived = buffer.splice(0);
        // Unreadable kudos count as gone (their `deleted` follows), as in a batch that failed to load.
        this.send(client, arrived, await this.framesFor(arrived).catch(() => new SharedFrames(new Map(), this.options.reactions)));
      }
      client.buffer = null;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.stopListening?.().catch(() => {});
    for (const client of [...this.clients]) client.close();
    await this.chain;
  }
}
