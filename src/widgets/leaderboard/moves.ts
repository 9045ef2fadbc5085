import type { Row } from '../../core/leaderboard.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { BoardMoves } from './board.controller.js';
import { displayName } from './board.view.js';

/**
 * What a screen reader hears when the board moved live: the viewer's own move first ("You moved up
 * to 3rd."), else the biggest climb ("Dana Reyes moved up to 2nd."), else that scores changed.
 * Nothing when the board is as it was.
 */
export function moveAnnouncement(t: ChorusLocalize, moves: BoardMoves, pinned: Row | null): string {
  const ordinal = (rank: number) => t.term('leaderboard.ordinal', rank);
  const mine = moves.rows.find((r) => r.isMe) ?? pinned;
  const was = mine ? moves.before.get(mine.entrant.id) : undefined;
  if (mine && was !== undefined && was !== mine.rank)
    return mine.rank < was ? t.term('leaderboard.you-moved-up', ordinal(mine.rank)) : t.term('leaderboard.you-moved-down', ordinal(mine.rank));
  let best: { row: Row; by: number } | null = null;
  for (const row of moves.rows) {
    const before = moves.before.get(row.entrant.id);
    const by = before === undefined ? Infinity : before - row.rank;
    if (by > 0 && (!best || by > best.by)) best = { row, by };
  }
  if (best) return t.term('leaderboard.moved-up', displayName(t, best.row), ordinal(best.row.rank));
  const changed = moves.rows.length !== moves.before.size || moves.rows.some((r) => moves.before.get(r.entrant.id) !== r.rank);
  return changed ? t.term('leaderboard.updated') : '';
}
