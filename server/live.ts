import type { LiveEvent } from '../src/core/live.js';
import { DEFAULT_PING_MS, DEFAULT_RETRY_MS, eventFrame, openingFrame, pingFrame, readyFrame, REPLAY_MAX, resetFrame, SSE_HEADERS } from '../edge/sse.js';
import { canSee, couldSee, isModerator, type KudosAudience } from '../src/core/kudos.rules.js';
import { isFeedbackRecipient } from '../src/core/feedback.rules.js';
import type { CurrentUser } from '../src/core/people.js';
import type { Db, Queryable } from './db/db.js';
import { loadRecord } from './kudos.store.js';
import { peopleNamed, toKudos, type KudosRecord } from './kudos.view.js';
import { usersById } from './people.store.js';

/*
 * Live updates over Server-Sent Events, fanned out through PostgreSQL so several server
 * processes on one database behave as one:
 *
 *   a write ── inserts a row in `events` (under an advisory lock, so ids grow in commit order)
 *           └─ NOTIFY chorus_events {type, id, eventId}   (delivered when it commits)
 *   every process ── LISTENs, reads the events after the last one it dispatched, loads each
 *                    kudos once and writes it to each connected client *as that user sees it*
 *                    (private kudos only to those who may see them; `mine`, `reportedByMe`).
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

/** `hidden` and `restored`: a moderator hid or restored a kudos; each viewer hears what it means to them (render). */
export type EventType = 'created' | 'updated' | 'deleted' | 'hidden' | 'restored';
export type EventTopic = 'kudos' | 'poll' | 'share' | 'feedback' | 'moderation';

export interface EventRow {
  id: number;
  /**
   * `kudos` (kudosId, audience), `poll` or `share` (kudosId holds the poll's or post's id; every
   * user may hear of it), `feedback` (kudosId holds the thread's id; only recipients hear of it).
   */
  topic: EventTopic;
  type: EventType | 'changed';
  kudosId: string;
  audience: KudosAudience;
  onlyUser: string | null;
}

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

/** What one event means to one user, or null when they may not see it. */
function render(
  event: EventRow,
  user: CurrentUser,
  kudos: { record: KudosRecord; people: Map<string, CurrentUser> } | null,
  reactions: readonly string[],
): LiveEvent | null {
  if (event.onlyUser && event.onlyUser !== user.id) return null;
  if (event.topic === 'poll') return { topic: 'poll', type: 'changed', pollId: event.kudosId };
  if (event.topic === 'share') return { topic: 'share', type: 'changed', postId: event.kudosId };
  if (event.topic === 'feedback') return isFeedbackRecipient(user) ? { topic: 'feedback', type: 'changed', threadId: event.kudosId } : null;
  if (event.topic === 'moderation') return isModerator(user) ? { topic: 'moderation', type: 'changed' } : null;
  if (event.type === 'deleted') return canSee(event.audience, user) ? { topic: 'kudos', type: 'deleted', id: event.kudosId } : null;
  if ((event.type === 'hidden' || event.type === 'restored') && kudos) {
    // Hidden: gone from the walls of those who may no longer see it, updated (marked) for its author and moderators.
    // Restored: back (created) on the walls of those who lost it, updated for those who kept it.
    if (!canSee(kudos.record, user)) return couldSee(kudos.record, user) ? { topic: 'kudos', type: 'deleted', id: event.kudosId } : null;
    const kept = kudos.record.authorId === user.id || isModerator(user);
    const type = event.type === 'restored' && !kept ? 'created' : 'updated';
    return { topic: 'kudos', type, kudos: toKudos(kudos.record, user, kudos.people, reactions) };
  }
  // Gone since (its 'deleted' event follows), or not for this user.
  if (!kudos || !canSee(kudos.record, user)) return null;
  if (event.type === 'changed' || event.type === 'hidden' || event.type === 'restored') return null;
  return { topic: 'kudos', type: event.type, kudos: toKudos(kudos.record, user, kudos.people, reactions) };
}

async function loadForEvent(db: Queryable, event: EventRow): Promise<{ record: KudosRecord; people: Map<string, CurrentUser> } | null> {
  if (event.topic !== 'kudos' || event.type === 'deleted') return null;
  const record = await loadRecord(db, event.kudosId);
  return record ? { record, people: await usersById(db, peopleNamed([record])) } : null;
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
  write(text: string): boolean;
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

  /** Dispatches every event after the last one this process sent, in order (also after a reconnect). */
  catchUp(): void {
    this.catchingUp++;
    this.chain = this.chain
      .then(async () => {
        for (;;) {
          if (this.closed) return;
          const events = await eventsAfter(this.db, this.last, 200);
          if (!events.length) return;
          for (const event of events) {
            await this.dispatch(event);
            this.last = event.id;
          }
        }
      })
      .catch((error: unknown) => console.error('chorus: live fan-out failed:', error))
      .finally(() => this.catchingUp--);
  }

  private async dispatch(event: EventRow): Promise<void> {
    const targets = [...this.clients].filter((c) => c.topics.has(event.topic));
    if (!targets.length) return;
    const kudos = await loadForEvent(this.db, event);
    for (const client of targets) {
      if (client.buffer) client.buffer.push(event);
      else this.send(client, event, render(event, client.user, kudos, this.options.reactions));
    }
  }

  private send(client: Client, event: EventRow, data: LiveEvent | null): void {
    if (event.id <= client.sentUpTo) return;
    client.sentUpTo = event.id;
    if (!data) return;
    if (!client.write(eventFrame(event.id, data))) client.close();
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
            write: (text) => {
              if (!open) return false;
              try {
                controller.enqueue(encoder.encode(text));
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
      for (const event of events) {
        if (!client.topics.has(event.topic)) continue;
        this.send(client, event, render(event, client.user, await loadForEvent(this.db, event), this.options.reactions));
      }
    } catch (error) {
      console.error('chorus: live replay failed:', error);
    } finally {
      // Events that arrived meanwhile, in order; new ones keep queueing until the buffer is empty.
      const buffer = client.buffer ?? [];
      for (let event = buffer.shift(); event; event = buffer.shift()) {
        if (!client.topics.has(event.topic)) continue;
        this.send(client, event, render(event, client.user, await loadForEvent(this.db, event).catch(() => null), this.options.reactions));
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
