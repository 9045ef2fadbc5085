/*
 * Stored kudos → the domain `Kudos` for one viewer: the view is core's (src/core/kudos.view.ts),
 * the same function the embedded adapter calls; kudos.store.ts maps SQL rows to its KudosRecord.
 */
export { REACTION_PEOPLE, peopleNamed, toComment, toKudos, type CommentRecord, type KudosRecord } from '../src/core/kudos.view.js';
