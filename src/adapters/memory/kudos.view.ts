import type { Kudos, KudosComment } from '../../core/kudos.js';
import { toComment, toKudos, type KudosRecord } from '../../core/kudos.view.js';
import type { CurrentUser } from '../../core/people.js';
import { isHidden } from '../../core/kudos.rules.js';
import { peopleById, type MemoryState, type StoredComment, type StoredKudos } from './state.js';

/*
 * The stored kudos → core's KudosRecord; core/kudos.view.ts makes it the domain object, as it
 * does for the reference server.
 */

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

export function toCurrentUser(person: CurrentUser): CurrentUser {
  return structuredClone(person);
}

/** Reactions grouped by emoji, reactors newest first (stored reactions are oldest first). */
export function toKudosRecord(kudos: StoredKudos): KudosRecord {
  const groups = new Map<string, string[]>();
  for (let i = kudos.reactions.length - 1; i >= 0; i--) {
    const { emoji, personId } = kudos.reactions[i]!;
    let ids = groups.get(emoji);
    if (!ids) groups.set(emoji, (ids = []));
    ids.push(personId);
  }
  return {
    id: kudos.id,
    authorId: kudos.authorId,
    recipientIds: kudos.recipientIds,
    message: kudos.message,
    valueId: kudos.valueId,
    image: kudos.image,
    visibility: kudos.visibility,
    hiddenReason: kudos.hiddenReason ?? null,
    createdAt: kudos.createdAt,
    reactions: [...groups].map(([emoji, personIds]) => ({ emoji, personIds })),
    // Hidden comments are not counted: most viewers do not see them.
    commentCount: kudos.comments.filter((c) => !isHidden(c)).length,
    reporterIds: kudos.reports.map((r) => r.personId),
  };
}

export function viewKudos(kudos: StoredKudos, ctx: ViewContext): Kudos {
  return toKudos(toKudosRecord(kudos), ctx.viewer, ctx.people, ctx.reactions);
}

export function viewComment(comment: StoredComment, kudosId: string, ctx: ViewContext): KudosComment {
  const { reports, ...rest } = comment;
  return toComment({ ...rest, kudosId, reporterIds: (reports ?? []).map((r) => r.personId) }, ctx.people, ctx.viewer);
}
