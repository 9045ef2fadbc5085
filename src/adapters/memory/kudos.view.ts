import type { Kudos, KudosComment, ReactionSummary } from '../../core/kudos.js';
import type { CurrentUser, Person } from '../../core/people.js';
import { peopleById, type MemoryState, type StoredComment, type StoredKudos } from './state.js';

/*
 * Stored records → domain types, from one viewer's point of view. Always fresh objects: a widget
 * that mutates what it got cannot corrupt the store.
 */

/** Reactors named in a summary: enough for "Ana, Ben and 5 others". */
export const REACTION_PEOPLE = 3;

export interface ViewContext {
  people: ReadonlyMap<string, CurrentUser>;
  /** Reaction emoji in the order the instance offers them. */
  reactions: readonly string[];
  viewer: CurrentUser | undefined;
}

export function viewContext(state: MemoryState, reactions: readonly string[], viewerId: string): ViewContext {
  const people = peopleById(state);
  return { people, reactions, viewer: people.get(viewerId) };
}

export function toPerson(person: CurrentUser | undefined, id: string): Person {
  // A person removed from the directory still authored what they wrote.
  if (!person) return { id, name: 'Former colleague', teamId: '' };
  const { roles: _roles, ...plain } = person;
  return structuredClone(plain);
}

export function toCurrentUser(person: CurrentUser): CurrentUser {
  return structuredClone(person);
}

function summarize(kudos: StoredKudos, ctx: ViewContext): ReactionSummary[] {
  const byEmoji = new Map<string, ReactionSummary>();
  // Newest reactors first, so the names shown are the ones who just reacted.
  for (let i = kudos.reactions.length - 1; i >= 0; i--) {
    const { emoji, personId } = kudos.reactions[i]!;
    let summary = byEmoji.get(emoji);
    if (!summary) byEmoji.set(emoji, (summary = { emoji, count: 0, mine: false, people: [] }));
    summary.count++;
    if (personId === ctx.viewer?.id) summary.mine = true;
    if (summary.people.length < REACTION_PEOPLE) {
      summary.people.push({ id: personId, name: ctx.people.get(personId)?.name ?? 'Former colleague' });
    }
  }
  const rank = (emoji: string) => {
    const i = ctx.reactions.indexOf(emoji);
    return i < 0 ? ctx.reactions.length : i;
  };
  return [...byEmoji.values()].sort((a, b) => rank(a.emoji) - rank(b.emoji));
}

export function toKudos(kudos: StoredKudos, ctx: ViewContext): Kudos {
  return {
    id: kudos.id,
    author: toPerson(ctx.people.get(kudos.authorId), kudos.authorId),
    recipients: kudos.recipientIds.map((id) => toPerson(ctx.people.get(id), id)),
    message: kudos.message,
    valueId: kudos.valueId,
    image: kudos.image ? { ...kudos.image } : null,
    visibility: kudos.visibility,
    createdAt: kudos.createdAt,
    reactions: summarize(kudos, ctx),
    commentCount: kudos.comments.length,
    reportedByMe: !!ctx.viewer && kudos.reports.some((r) => r.personId === ctx.viewer!.id),
  };
}

export function toComment(comment: StoredComment, kudosId: string, ctx: ViewContext): KudosComment {
  return {
    id: comment.id,
    kudosId,
    author: toPerson(ctx.people.get(comment.authorId), comment.authorId),
    message: comment.message,
    createdAt: comment.createdAt,
  };
}
