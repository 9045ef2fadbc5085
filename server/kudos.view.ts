import type { Kudos, KudosComment, ReactionSummary } from '../src/core/kudos.js';
import type { KudosAudience } from '../src/core/kudos.rules.js';
import type { CurrentUser } from '../src/core/people.js';
import { toPerson } from './people.store.js';

/*
 * Stored kudos → the domain `Kudos` as one viewer sees it (`mine`, `reportedByMe`), the way the
 * embedded adapter's kudos.view.ts builds it: reactions in the configured order, each naming up
 * to three reactors, newest first. Pure: the live fan-out loads a kudos once and views it for
 * every connected user.
 */

/** Reactors named in a summary: enough for "Ana, Ben and 5 others". */
export const REACTION_PEOPLE = 3;

export interface KudosRecord extends KudosAudience {
  id: string;
  recipientIds: string[];
  message: string;
  valueId: string | null;
  image: { url: string; alt: string } | null;
  createdAt: string;
  /** One group per emoji, reactors newest first. */
  reactions: { emoji: string; personIds: string[] }[];
  commentCount: number;
  reporterIds: string[];
}

/** Every person a view of these records names (authors, recipients, the reactors shown). */
export function peopleNamed(records: Iterable<KudosRecord>): Set<string> {
  const ids = new Set<string>();
  for (const r of records) {
    ids.add(r.authorId);
    for (const id of r.recipientIds) ids.add(id);
    for (const g of r.reactions) for (const id of g.personIds.slice(0, REACTION_PEOPLE)) ids.add(id);
  }
  return ids;
}

export function toKudos(record: KudosRecord, viewer: CurrentUser | undefined, people: ReadonlyMap<string, CurrentUser>, reactionOrder: readonly string[]): Kudos {
  const rank = (emoji: string) => {
    const i = reactionOrder.indexOf(emoji);
    return i < 0 ? reactionOrder.length : i;
  };
  const reactions: ReactionSummary[] = record.reactions
    .filter((g) => g.personIds.length > 0)
    .map((g) => ({
      emoji: g.emoji,
      count: g.personIds.length,
      mine: !!viewer && g.personIds.includes(viewer.id),
      people: g.personIds.slice(0, REACTION_PEOPLE).map((id) => ({ id, name: people.get(id)?.name ?? 'Former colleague' })),
    }))
    .sort((a, b) => rank(a.emoji) - rank(b.emoji));
  return {
    id: record.id,
    author: toPerson(people.get(record.authorId), record.authorId),
    recipients: record.recipientIds.map((id) => toPerson(people.get(id), id)),
    message: record.message,
    valueId: record.valueId,
    image: record.image ? { ...record.image } : null,
    visibility: record.visibility,
    createdAt: record.createdAt,
    reactions,
    commentCount: record.commentCount,
    reportedByMe: !!viewer && record.reporterIds.includes(viewer.id),
  };
}

export interface CommentRecord {
  id: string;
  kudosId: string;
  authorId: string;
  message: string;
  createdAt: string;
}

export function toComment(record: CommentRecord, people: ReadonlyMap<string, CurrentUser>): KudosComment {
  return {
    id: record.id,
    kudosId: record.kudosId,
    author: toPerson(people.get(record.authorId), record.authorId),
    message: record.message,
    createdAt: record.createdAt,
  };
}
