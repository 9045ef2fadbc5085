import { UnsupportedError } from '../../src/core/errors.js';
import type { CallOptions } from '../../src/adapter/port.js';
import type { LeaderboardPort } from '../../src/adapter/leaderboard.port.js';
import { DEFAULT_LEADERBOARD, type Leaderboard, type Board, type LeaderboardConfig, type LeaderboardSummary } from '../../src/core/leaderboard.js';

/**
 * <chorus-leaderboard>'s port on the reference server, what edge/routes/leaderboard.ts runs on here. The stub
 * answers its fixed content; give it SQL storage (server/db/) as polls.port.ts does.
 */
export class ServerLeaderboardPort implements LeaderboardPort {
  async getLeaderboard(_options?: CallOptions): Promise<Leaderboard> {
    return structuredClone(DEFAULT_LEADERBOARD) as Leaderboard;
  }
  // Served once the contract has the leaderboard's paths.
  getLeaderboardConfig(): Promise<LeaderboardConfig> {
    return Promise.reject(new UnsupportedError('leaderboard'));
  }
  getBoard(): Promise<Board> {
    return Promise.reject(new UnsupportedError('leaderboard'));
  }
  getMySummary(): Promise<LeaderboardSummary> {
    return Promise.reject(new UnsupportedError('leaderboard'));
  }
  markBadgesAnnounced(): Promise<LeaderboardSummary> {
    return Promise.reject(new UnsupportedError('leaderboard'));
  }
  setOptOut(): Promise<LeaderboardSummary> {
    return Promise.reject(new UnsupportedError('leaderboard'));
  }
}
