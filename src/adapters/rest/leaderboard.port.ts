import type { CallOptions } from '../../adapter/port.js';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import type { Board, BoardQuery, LeaderboardConfig, LeaderboardSummary } from '../../core/leaderboard.js';
import type { HttpClient } from './http.js';
import { toBoard, toLeaderboardConfig, toLeaderboardSummary } from './leaderboard.mapping.js';
import { call } from './operations.js';

/** <chorus-leaderboard> over the HTTP contract (the /leaderboard paths), mapped to the domain types in leaderboard.mapping.ts. */
export class RestLeaderboardPort implements LeaderboardPort {
  constructor(private readonly http: HttpClient) {}

  async getLeaderboardConfig(options?: CallOptions): Promise<LeaderboardConfig> {
    const { body } = await call(this.http, 'getLeaderboardConfig', { signal: options?.signal });
    return toLeaderboardConfig(body);
  }

  async getBoard(query: BoardQuery, options?: CallOptions): Promise<Board> {
    const { period, metric, scope, teamScore, limit, offset, around } = query;
    const { body } = await call(this.http, 'getBoard', { query: { period, metric, scope, teamScore, limit, offset, around }, signal: options?.signal });
    return toBoard(body);
  }

  async getMySummary(options?: CallOptions): Promise<LeaderboardSummary> {
    const { body } = await call(this.http, 'getMyLeaderboardSummary', { signal: options?.signal });
    return toLeaderboardSummary(body);
  }

  async markBadgesAnnounced(keys: string[], options?: CallOptions): Promise<LeaderboardSummary> {
    // PUTs: marking twice is marking once, so a retry is harmless.
    const { body } = await call(this.http, 'markBadgesAnnounced', { body: { keys }, idempotent: true, signal: options?.signal });
    return toLeaderboardSummary(body);
  }

  async setOptOut(optedOut: boolean, options?: CallOptions): Promise<LeaderboardSummary> {
    const { body } = await call(this.http, 'setLeaderboardOptOut', { body: { optedOut }, idempotent: true, signal: options?.signal });
    return toLeaderboardSummary(body);
  }
}
