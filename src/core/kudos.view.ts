import type { Kudos, KudosComment, KudosFilter, ReactionSummary } from './kudos.js';
import { canSee, isHidden, type KudosAudience } from './kudos.rules.js';
import type { CurrentUser } from './people.js';
import { FORMER_COLLEAGUE, toPerson } from './people.view.js';

/*
 * A stored kudos → the domain `Kudos` as one viewer sees it (`mine`, `reportedByMe`): reactions
 * in the configured order, each naming up to three reactors, newest first. Both backends map
 * their storage to a KudosRecord and call this, so they cannot show a kudos differently. Pure and
 * always fresh objects: the live fan-out views one record for every connected user, and a widget
 * that mutates what it got cannot corrupt a store.
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

export interface CommentRecord {
  id: string;
  kudosId: string;
  authorId: string;
  message: string;
  createdAt: string;
  /** Who reported it (for `reportedByMe` only; never shown). */
  reporterIds?: readonly string[];
  /** Set while hidden (KudosAudience.hiddenReason). */
  hiddenReason?: string | null;
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

export function toKudos(
  record: KudosRecord,
  viewer: CurrentUser | undefined,
  people: ReadonlyMap<string, CurrentUser>,
  reactionOrder: readonly string[],
): Kudos {
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
      people: g.personIds.slice(0, REACTION_PEOPLE).map((id) => ({ id, name: people.get(id)?.name ?? FORMER_COLLEAGUE })),
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
    ...(isHidden(record) ? { hidden: { reason: record.hiddenReason ?? '' } } : {}),
  };
}

export function toComment(record: CommentRecord, people: ReadonlyMap<string, CurrentUser>, viewer?: Pick<CurrentUser, 'id'>): KudosComment {
  return {
    id: record.id,
    kudosId: record.kudosId,
    author: toPerson(people.get(record.authorId), record.authorId),
    message: record.message,
    createdAt: record.createdAt,
    reportedByMe: !!viewer && (record.reporterIds ?? []).includes(viewer.id),
    ...(isHidden(record) ? { hidden: { reason: record.hiddenReason ?? '' } } : {}),
  };
}

/**
 * Which kudos a list shows `viewer`: those they may see (core's `canSee`) that match the filter.
 * `teamOf` names a person's team; a person no longer in the directory is in no team.
 */
export function kudosListFilter(
  filter: KudosFilter,
  viewer: Pick<CurrentUser, 'id' | 'roles'> | undefined,
  teamOf: (personId: string) => string | undefined,
): (kudos: KudosAudience & { valueId: string | null }) => boolean {
  return (kudos) => {
    if (!canSee(kudos, viewer)) return false;
    if (filter.valueId && kudos.valueId !== filter.valueId) return false;
    if (filter.personId && kudos.authorId !== filter.personId && !kudos.recipientIds.includes(filter.personId)) return false;
    if (filter.teamId && ![kudos.authorId, ...kudos.recipientIds].some((id) => teamOf(id) === filter.teamId)) return false;
    return true;
  };
}
