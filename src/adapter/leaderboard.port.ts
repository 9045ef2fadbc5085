import type { Leaderboard } from '../core/leaderboard.js';
import type { CallOptions } from './port.js';

/** What <chorus-leaderboard> needs from a backend. Every call takes an AbortSignal and throws ChorusError subclasses. */
export interface LeaderboardPort {
  getLeaderboard(options?: CallOptions): Promise<Leaderboard>;
}

// Adds the port to ChorusAdapter (interface merging, as HTMLElementTagNameMap is extended per tag).
declare module './port.js' {
  interface ChorusAdapter {
    readonly leaderboard?: LeaderboardPort;
  }
}
