import { UnsupportedError } from '../../core/errors.js';
import type { CallOptions } from '../../adapter/port.js';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import type { Board, Leaderboard, LeaderboardConfig, LeaderboardSummary } from '../../core/leaderboard.js';
import type { paths } from './contract.gen.js';
import type { HttpClient } from './http.js';
import { call } from './operations.js';

type WireLeaderboard = paths['/leaderboard']['get']['responses'][200]['content']['application/json'];

/** <chorus-leaderboard> over the HTTP contract: operation `getLeaderboard`, mapped to the domain type here. */
export class RestLeaderboardPort implements LeaderboardPort {
  constructor(private readonly http: HttpClient) {}

  async getLeaderboard(options?: CallOptions): Promise<Leaderboard> {
    const { body } = await call(this.http, 'getLeaderboard', { signal: options?.signal });
    const wire = body as WireLeaderboard;
    return { title: wire.title, items: [...wire.items] };
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
