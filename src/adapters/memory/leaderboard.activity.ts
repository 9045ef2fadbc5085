import type { Activity, Directory } from '../../core/leaderboard.js';
import type { MemoryState } from './state.js';

/*
 * The leaderboard's activity, read from what the other widgets stored; the reference server reads
 * the same from its tables (server/leaderboard.store.ts). Left out on purpose, on both:
 * - private kudos: they stay between the people in them, and a board would tell of them;
 * - anonymous polls: a board moving when someone votes would tell who voted. Named polls' votes
 *   count at the poll's opening (ballots have no time, so that voting order stays unknown).
 * Teams are the people's current teams.
 */
export function activityOf(state: MemoryState): Activity[] {
  const teamOf = new Map(state.people.map((p) => [p.id, p.teamId]));
  const out: Activity[] = [];
  const push = (kind: Activity['kind'], personId: string, at: string, valueId?: string | null) => {
    const teamId = teamOf.get(personId);
    if (teamId !== undefined) out.push({ kind, personId, teamId, at, ...(valueId ? { valueId } : {}) });
  };
  for (const kudos of state.kudos) {
    // Private kudos earn nothing, and neither does one a moderator hid (hiddenReason '' when reports hid it).
    if (kudos.visibility !== 'public' || kudos.hiddenReason != null) continue;
    push('kudos-given', kudos.authorId, kudos.createdAt, kudos.valueId);
    for (const id of kudos.recipientIds) push('kudos-received', id, kudos.createdAt, kudos.valueId);
  }
  for (const share of state.share.shares) push('share', share.personId, share.sharedAt);
  const refOwner = new Map(state.share.refs.map((r) => [r.ref, r.personId]));
  for (const click of state.share.clicks) {
    const owner = refOwner.get(click.ref);
    if (owner !== undefined) push('share-click', owner, click.clickedAt);
  }
  for (const poll of state.polls) {
    if (poll.anonymous) continue;
    for (const voterId of Object.keys(poll.ballots)) push('poll-vote', voterId, poll.opensAt ?? poll.createdAt);
  }
  return out;
}

/** Names and teams for the rows and per-head scores. */
export function directoryOf(state: MemoryState): Directory {
  return {
    people: new Map(state.people.map((p) => [p.id, { name: p.name, teamId: p.teamId }])),
    teams: new Map(state.teams.map((t) => [t.id, { name: t.name }])),
  };
}
