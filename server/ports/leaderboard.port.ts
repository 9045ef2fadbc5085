import type { CallOptions } from '../../src/adapter/port.js';
import type { LeaderboardPort } from '../../src/adapter/leaderboard.port.js';
import type { KudosConfig } from '../../src/core/kudos.js';
import {
  BOARD_LIMITS,
  monthlyBadge,
  periodBounds,
  personalBadges,
  previousBounds,
  rankChange,
  sortBadges,
  validBadgeKeys,
  validBoardQuery,
  badgesByPerson,
  type BadgeId,
  type Board,
  type BoardQuery,
  type EarnedBadge,
  type LeaderboardConfig,
  type LeaderboardSummary,
  type Row,
} from '../../src/core/leaderboard.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Db, Queryable } from '../db/db.js';
import * as store from '../leaderboard.store.js';

/*
 * The leaderboard on the reference server, what edge/routes/leaderboard.ts runs on here: ranks,
 * totals, windows and ties in SQL (leaderboard.store.ts), the viewer's row by its own query; core's
 * rules for what is not a ranking (query limits, rank changes' words, the personal badges of the
 * few people shown, from their own activity). The embedded adapter answers the same from the
 * same rules (src/adapters/memory/leaderboard.port.ts); the conformance suite holds both to it.
 */
export class SqlLeaderboardPort implements LeaderboardPort {
  constructor(
    private readonly db: Db,
    private readonly user: CurrentUser,
    private readonly config: KudosConfig,
    private readonly now: () => number,
  ) {}

  async getLeaderboardConfig(_options?: CallOptions): Promise<LeaderboardConfig> {
    const { points, optOutPolicy } = await store.loadSettings(this.db);
    return { points, optOutPolicy, ...BOARD_LIMITS };
  }

  async getBoard(query: BoardQuery, _options?: CallOptions): Promise<Board> {
    return this.board(this.db, validBoardQuery(query));
  }

  async getMySummary(_options?: CallOptions): Promise<LeaderboardSummary> {
    return this.summary(this.db);
  }

  async markBadgesAnnounced(keys: string[], _options?: CallOptions): Promise<LeaderboardSummary> {
    const valid = validBadgeKeys(keys);
    return this.db.transaction(async (tx) => {
      const earned = new Set((await this.badgesOf(tx, await store.loadSettings(tx), this.user.id)).map((b) => b.key));
      await store.announce(
        tx,
        this.user.id,
        valid.filter((k) => earned.has(k)),
      );
      return this.summary(tx);
    });
  }

  async setOptOut(optedOut: boolean, _options?: CallOptions): Promise<LeaderboardSummary> {
    return this.db.transaction(async (tx) => {
      await store.setOptedOut(tx, this.user.id, optedOut, this.now());
      return this.summary(tx);
    });
  }

  /** Personal badges from the people's own activity, monthly ones from SQL's per-month ranks. */
  private async badgesOf(db: Queryable, settings: store.Settings, ...personIds: string[]): Promise<EarnedBadge[]> {
    const now = this.now();
    const personal = personalBadges({ activities: await store.activityOf(db, personIds), now, valueIds: this.config.values.map((v) => v.id) });
    const winners = await store.monthlyWinners(db, settings, periodBounds('month', now).from!, personIds);
    return sortBadges([...personal, ...winners.map(({ personId, month }) => monthlyBadge(personId, month))]);
  }

  private async board(db: Queryable, query: BoardQuery): Promise<Board> {
    const now = this.now();
    const settings = await store.loadSettings(db);
    const ctx: store.BoardContext = { query, settings, period: periodBounds(query.period, now), previous: previousBounds(query.period, now) };
    const viewerKey = query.scope === 'teams' ? this.user.teamId : this.user.id;
    const mine = await store.rowOf(db, ctx, viewerKey);
    const around = query.around !== undefined && mine ? query.around : null;
    const from = around === null ? 1 + (query.offset ?? 0) : Math.max(1, mine!.pos - around);
    const to = around === null ? from + query.limit - 1 : mine!.pos + around;
    const found = await store.rowsBetween(db, ctx, from, to);
    const last = found[found.length - 1];
    const meOptedOut = await store.isOptedOut(db, this.user.id);

    const isMe = (r: store.RankedRow) => r.key === viewerKey;
    const showsBadges = (r: store.RankedRow) => query.scope === 'people' && (isMe(r) || r.pseudonym === null);
    const people = [...new Set([...found, ...(mine ? [mine] : [])].filter(showsBadges).map((r) => r.key))];
    const badges = badgesByPerson(await this.badgesOf(db, settings, ...people));
    const toRow = (r: store.RankedRow): Row => {
      const { change, by } = rankChange(r.previous_rank, r.rank);
      const pseudonymous = r.pseudonym !== null;
      const name = pseudonymous ? (isMe(r) ? this.user.name : '') : r.name;
      return {
        rank: r.rank,
        tied: r.same > 1,
        entrant: { id: r.id, name, kind: query.scope === 'teams' ? 'team' : 'person', ...(pseudonymous ? { pseudonym: r.pseudonym! } : {}) },
        score: r.score,
        previousRank: r.previous_rank,
        change,
        changeBy: by,
        isMe: isMe(r),
        badges: showsBadges(r) ? [...(badges.get(r.key) ?? ([] as BadgeId[]))] : [],
      };
    };
    return {
      rows: found.map(toRow),
      me: mine && !found.some(isMe) ? toRow(mine) : null,
      moreTied: last ? last.last_pos - last.pos : 0,
      total: last?.total ?? mine?.total ?? (await store.rankedCount(db, ctx)),
      period: ctx.period,
      previous: ctx.previous,
      meOptedOut,
    };
  }

  private async summary(db: Queryable): Promise<LeaderboardSummary> {
    const board = await this.board(db, { period: 'all', metric: 'points', scope: 'people', teamScore: 'total', limit: 1 });
    const row = board.me ?? board.rows.find((r) => r.isMe) ?? null;
    const badges = await this.badgesOf(db, await store.loadSettings(db), this.user.id);
    const announced = await store.announcedKeys(db, this.user.id);
    return {
      personId: this.user.id,
      optedOut: board.meOptedOut,
      rank: row?.rank ?? null,
      total: board.total,
      score: row?.score ?? 0,
      badges,
      unannounced: badges.filter((b) => !announced.has(b.key)).map((b) => b.key),
    };
  }
}
