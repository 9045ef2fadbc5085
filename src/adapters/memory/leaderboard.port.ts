import type { CallOptions } from '../../adapter/port.js';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import { DEFAULT_LEADERBOARD, type Leaderboard } from '../../core/leaderboard.js';
import type { MemoryRuntime } from './runtime.js';

/** The embedded backend of <chorus-leaderboard>: answers after the adapter's simulated latency (and failures). */
export class MemoryLeaderboardPort implements LeaderboardPort {
  constructor(private readonly rt: MemoryRuntime) {}

  async getLeaderboard(options?: CallOptions): Promise<Leaderboard> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(DEFAULT_LEADERBOARD) as Leaderboard;
  }
}
