import type { Board, BoardQuery, LeaderboardConfig, LeaderboardSummary } from '../core/leaderboard.js';
import type { CallOptions } from './port.js';

/**
 * What <chorus-leaderboard> needs from a backend: boards ranked by core's rules
 * (src/core/leaderboard.rank.ts) over the activity the other widgets record, the viewer's own
 * summary and badges, and their opt-out. Every call takes an AbortSignal and throws ChorusError
 * subclasses (ValidationError for a query outside BOARD_LIMITS or an unknown period, metric…).
 * Live: boards move with the activity's own topics (LEADERBOARD_LIVE_TOPICS: kudos, share, poll);
 * the widget refetches its board on their events.
 */
export interface LeaderboardPort {
  /** Points per activity kind, the opt-out policy (`hide` or `pseudonym`) and the query limits, as this backend decided them. */
  getLeaderboardConfig(options?: CallOptions): Promise<LeaderboardConfig>;
  /**
   * The board as the viewer sees it: the top `limit` rows (exactly, `moreTied` counting those tied
   * with the last one unseen), or `around` rows either side of the viewer's; the viewer's row pinned
   * in `me` when not among them; `total` ranked; rank changes against the previous period; badges on rows.
   */
  getBoard(query: BoardQuery, options?: CallOptions): Promise<Board>;
  /** The viewer's all-time standing by points, every badge they earned (with keys) and those not yet announced to them. */
  getMySummary(options?: CallOptions): Promise<LeaderboardSummary>;
  /** Remembers that these badges were announced to the viewer, so each is announced once (unknown keys are ignored). */
  markBadgesAnnounced(keys: string[], options?: CallOptions): Promise<LeaderboardSummary>;
  /** Opts the viewer out of the boards (hidden or pseudonymous, as the backend's policy says) or back in. */
  setOptOut(optedOut: boolean, options?: CallOptions): Promise<LeaderboardSummary>;
}

// Adds the port to ChorusAdapter (interface merging, as HTMLElementTagNameMap is extended per tag).
declare module './port.js' {
  interface ChorusAdapter {
    readonly leaderboard?: LeaderboardPort;
  }
}
