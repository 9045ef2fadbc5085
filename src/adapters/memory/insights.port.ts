import type { CallOptions } from '../../adapter/port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import { type Insights, type InsightsQuery } from '../../core/insights.js';
import { assertInsightsReader, countParticipation, insightsReport, tallyScores, validInsightsPeriod, type GroupTally } from '../../core/insights.rules.js';
import { periodBounds, previousBounds, within } from '../../core/leaderboard.js';
import { SHARE_NETWORKS } from '../../core/share-card.js';
import { activityOf } from './leaderboard.activity.js';
import type { MemoryRuntime } from './runtime.js';

/**
 * The embedded backend of <chorus-insights>: figures computed from the adapter's state with the
 * leaderboard's activity (leaderboard.activity.ts), so they agree with the board; small groups
 * withheld by core's rule, at the feedback box's minimum group size (MemoryAdapterOptions.feedbackConfig).
 */
export class MemoryInsightsPort implements InsightsPort {
  constructor(private readonly rt: MemoryRuntime) {}

  async getInsights(options?: InsightsQuery & CallOptions): Promise<Insights> {
    await this.rt.roundTrip(options?.signal);
    const period = validInsightsPeriod(options?.period);
    const state = this.rt.store.read();
    assertInsightsReader(this.rt.viewer(state));
    const now = this.rt.now();
    const bounds = periodBounds(period, now);
    const before = previousBounds(period, now);
    const activities = activityOf(state);

    const tally = (id: string, name: string, members: ReadonlySet<string>): GroupTally => ({
      id,
      name,
      members: members.size,
      current: countParticipation(activities, members, bounds),
      previous: countParticipation(activities, members, before),
    });
    const teams = state.teams.map((t) => tally(t.id, t.name, new Set(state.people.filter((p) => p.teamId === t.id).map((p) => p.id))));
    const company = tally('company', '', new Set(state.people.map((p) => p.id)));

    const senderMessages = (b: typeof bounds) => {
      const inPeriod = within(b);
      return state.feedback.reduce((n, t) => n + t.messages.filter((m) => m.from === 'sender' && inPeriod(m.createdAt)).length, 0);
    };
    const cur = within(bounds);
    const prev = within(before);
    const trend = <T>(items: readonly T[], at: (item: T) => string) => ({
      current: items.filter((i) => cur(at(i))).length,
      previous: items.filter((i) => prev(at(i))).length,
    });
    const publicKudos = state.kudos.filter((k) => k.visibility === 'public');
    const { shares, clicks, refs, posts } = state.share;
    const postOf = new Map(refs.map((r) => [r.ref, r.postId]));
    const scoresIn = (inPeriod: (at: string) => boolean) => tallyScores(state.feedback.filter((t) => inPeriod(t.createdAt)).map((t) => t.score));
    return insightsReport(
      {
        period,
        bounds,
        previousBounds: before,
        company,
        teams,
        feedbackMessages: { current: senderMessages(bounds), previous: senderMessages(before) },
        kudosPerValue: new Map(
          this.rt.config.values.map((v) => [
            v.id,
            trend(
              publicKudos.filter((k) => k.valueId === v.id),
              (k) => k.createdAt,
            ),
          ]),
        ),
        sharesPerNetwork: new Map(
          SHARE_NETWORKS.map((network) => [
            network,
            trend(
              shares.filter((s) => s.network === network),
              (s) => s.sharedAt,
            ),
          ]),
        ),
        posts: posts.map((post) => {
          const its = trend(
            shares.filter((s) => s.postId === post.id),
            (s) => s.sharedAt,
          );
          const clicked = trend(
            clicks.filter((c) => postOf.get(c.ref) === post.id),
            (c) => c.clickedAt,
          );
          return {
            postId: post.id,
            title: post.title,
            shares: its.current,
            clicks: clicked.current,
            previousShares: its.previous,
            previousClicks: clicked.previous,
          };
        }),
        polls: state.polls.map((p) => {
          const ballots = Object.values(p.ballots);
          return {
            pollId: p.id,
            question: p.question,
            kind: p.kind,
            opensAt: p.opensAt ?? p.createdAt,
            voters: ballots.length,
            scores: tallyScores(ballots.map((b) => b.score)),
          };
        }),
        feedbackScores: { current: scoresIn(cur), previous: scoresIn(prev) },
      },
      this.rt.config.values,
      this.rt.feedbackConfig,
    );
  }
}
