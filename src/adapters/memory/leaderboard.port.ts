import type { CallOptions } from '../../adapter/port.js';
import type { LeaderboardPort } from '../../adapter/leaderboard.port.js';
import {
  BOARD_LIMITS,
  DEFAULT_POINTS,
  badgesByPerson,
  earnedBadges,
  rankBoard,
  validBadgeKeys,
  validBoardQuery,
  type Board,
  type BoardQuery,
  type LeaderboardConfig,
  type LeaderboardSummary,
  type OptOutPolicy,
  type PointsConfig,
} from '../../core/leaderboard.js';
import { newShareRef } from '../../core/secret.js';
import { activityOf, directoryOf } from './leaderboard.activity.js';
import type { MemoryRuntime } from './runtime.js';
import type { MemoryState } from './state.js';

/** What the embedded backend decides for the leaderboard (MemoryAdapterOptions.leaderboard). */
export interface MemoryLeaderboardOptions {
  /** Overrides of the points per activity kind (whole numbers). */
  points?: Partial<PointsConfig>;
  /** How people who opted out are shown. Default `pseudonym`. */
  optOutPolicy?: OptOutPolicy;
}

/**
 * The embedded backend of <chorus-leaderboard>: boards and badges computed by core's rules from
 * the adapter's state (kudos, shares and their clicks, named polls' votes); opt-outs and announced
 * badges stored in it. Boards move with the kudos and share live topics (the widget refetches).
 */
export class MemoryLeaderboardPort implements LeaderboardPort {
  private readonly config: LeaderboardConfig;

  constructor(
    private readonly rt: MemoryRuntime,
    options: MemoryLeaderboardOptions = {},
  ) {
    this.config = {
      points: { ...DEFAULT_POINTS, ...options.points },
      optOutPolicy: options.optOutPolicy ?? 'pseudonym',
      ...BOARD_LIMITS,
    };
  }

  async getLeaderboardConfig(options?: CallOptions): Promise<LeaderboardConfig> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(this.config);
  }

  async getBoard(query: BoardQuery, options?: CallOptions): Promise<Board> {
    await this.rt.roundTrip(options?.signal);
    const valid = validBoardQuery(query);
    const state = this.rt.store.read();
    return this.board(state, valid);
  }

  async getMySummary(options?: CallOptions): Promise<LeaderboardSummary> {
    await this.rt.roundTrip(options?.signal);
    return this.summary(this.rt.store.read());
  }

  async markBadgesAnnounced(keys: string[], options?: CallOptions): Promise<LeaderboardSummary> {
    await this.rt.roundTrip(options?.signal);
    const valid = validBadgeKeys(keys);
    const state = this.rt.store.read();
    const viewerId = this.rt.viewer(state).id;
    const earned = new Set(this.badges(state).map((b) => b.key));
    const known = state.leaderboard.announced[viewerId] ?? [];
    const adding = valid.filter((k) => earned.has(k) && !known.includes(k));
    if (adding.length) {
      this.rt.store.mutate((next) => {
        const list = next.leaderboard.announced[viewerId] ?? [];
        next.leaderboard.announced[viewerId] = [...new Set([...list, ...adding])].sort();
      });
    }
    return this.summary(this.rt.store.read());
  }

  async setOptOut(optedOut: boolean, options?: CallOptions): Promise<LeaderboardSummary> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const viewerId = this.rt.viewer(state).id;
    if (state.leaderboard.optedOut.includes(viewerId) !== optedOut) {
      this.rt.store.mutate((next) => {
        const others = next.leaderboard.optedOut.filter((id) => id !== viewerId);
        next.leaderboard.optedOut = optedOut ? [...others, viewerId].sort() : others;
        next.leaderboard.secret ??= newShareRef();
      });
    }
    return this.summary(this.rt.store.read());
  }

  /** Hidden people (policy `hide`) take no monthly top place, as they take no place on a board. */
  private hidden(state: MemoryState): ReadonlySet<string> | undefined {
    return this.config.optOutPolicy === 'hide' ? new Set(state.leaderboard.optedOut) : undefined;
  }

  private badges(state: MemoryState) {
    return earnedBadges({
      activities: activityOf(state),
      now: this.rt.now(),
      valueIds: this.rt.config.values.map((v) => v.id),
      directory: directoryOf(state),
      points: this.config.points,
      hidden: this.hidden(state),
    });
  }

  private board(state: MemoryState, query: BoardQuery): Board {
    return rankBoard({
      activities: activityOf(state),
      query,
      now: this.rt.now(),
      viewerId: this.rt.viewer(state).id,
      directory: directoryOf(state),
      optOut: { policy: this.config.optOutPolicy, people: new Set(state.leaderboard.optedOut), secret: state.leaderboard.secret ?? '' },
      points: this.config.points,
      badges: badgesByPerson(this.badges(state)),
    });
  }

  private summary(state: MemoryState): LeaderboardSummary {
    const viewerId = this.rt.viewer(state).id;
    const board = this.board(state, { period: 'all', metric: 'points', scope: 'people', teamScore: 'total', limit: 1 });
    const row = board.me ?? board.rows.find((r) => r.isMe) ?? null;
    const badges = this.badges(state).filter((b) => b.personId === viewerId);
    const announced = new Set(state.leaderboard.announced[viewerId] ?? []);
    return {
      personId: viewerId,
      optedOut: board.meOptedOut,
      rank: row?.rank ?? null,
      total: board.total,
      score: row?.score ?? 0,
      badges,
      unannounced: badges.filter((b) => !announced.has(b.key)).map((b) => b.key),
    };
  }
}
