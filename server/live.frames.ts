import type { LiveEvent } from '../src/core/live.js';
import { eventFrame } from '../edge/sse.js';
import { canSee, couldSee, isModerator, type KudosAudience } from '../src/core/kudos.rules.js';
import { isFeedbackRecipient } from '../src/core/feedback.rules.js';
import type { CurrentUser } from '../src/core/people.js';
import type { Queryable } from './db/db.js';
import { loadRecords } from './kudos.store.js';
import { peopleNamed, toKudos, type KudosRecord } from './kudos.view.js';
import { usersById } from './people.store.js';

/*
 * What each event means to each listener, as bytes ready for its stream. An event's view depends
 * on who looks only where it names them (author, recipient, reactor, reporter, the one user it is
 * for); for everyone else it depends on their roles alone. So the fan-out renders an event once
 * per kind of listener and sends the same bytes to all of that kind: a public kudos reaching 1,000
 * streams costs a few renders, not 1,000.
 */

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

/** A kudos as it is now, with the people its view names. */
export interface LoadedKudos {
  record: KudosRecord;
  people: Map<string, CurrentUser>;
}

/** What one event means to one user, or null when they may not see it. */
export function render(event: EventRow, user: CurrentUser, kudos: LoadedKudos | null, reactions: readonly string[]): LiveEvent | null {
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

/** The kudos these events are about, as they are now (one query for the records, one for their people); a deleted one is absent. */
export async function loadKudosOf(db: Queryable, events: readonly EventRow[]): Promise<Map<string, LoadedKudos>> {
  const ids = new Set(events.filter((e) => e.topic === 'kudos' && e.type !== 'deleted').map((e) => e.kudosId));
  const records = await loadRecords(db, [...ids]);
  if (!records.length) return new Map();
  const people = await usersById(db, peopleNamed(records));
  return new Map(records.map((record) => [record.id, { record, people }]));
}

/** Everyone whose view of this event may differ from that of others with their roles (render reads their id). */
function peopleNamedBy(event: EventRow, kudos: LoadedKudos | null): Set<string> {
  const ids = new Set<string>([event.audience.authorId, ...event.audience.recipientIds]);
  if (event.onlyUser) ids.add(event.onlyUser);
  if (kudos) {
    const { record } = kudos;
    ids.add(record.authorId);
    for (const id of record.recipientIds) ids.add(id);
    for (const id of record.reporterIds) ids.add(id);
    for (const group of record.reactions) for (const id of group.personIds) ids.add(id);
  }
  return ids;
}

const encoder = new TextEncoder();

/** One batch's frames, each rendered once per kind of listener (see above) and encoded once. */
export class SharedFrames {
  private readonly frames = new Map<string, Uint8Array | null>();
  private readonly named = new Map<number, Set<string>>();

  constructor(
    private readonly kudos: ReadonlyMap<string, LoadedKudos>,
    private readonly reactions: readonly string[],
  ) {}

  /** The event's frame for this user, or null when it is not for them. */
  for(event: EventRow, user: CurrentUser): Uint8Array | null {
    const kudos = event.topic === 'kudos' ? (this.kudos.get(event.kudosId) ?? null) : null;
    let named = this.named.get(event.id);
    if (!named) this.named.set(event.id, (named = peopleNamedBy(event, kudos)));
    const key = `${event.id} ${named.has(user.id) ? `id ${user.id}` : `roles ${user.roles.join(',')}`}`;
    let frame = this.frames.get(key);
    if (frame === undefined) {
      const data = render(event, user, kudos, this.reactions);
      frame = data && encoder.encode(eventFrame(event.id, data));
      this.frames.set(key, frame);
    }
    return frame;
  }
}
