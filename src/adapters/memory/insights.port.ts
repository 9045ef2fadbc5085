import type { CallOptions } from '../../adapter/port.js';
import type { InsightsPort } from '../../adapter/insights.port.js';
import { type Insights, type InsightsQuery } from '../../core/insights.js';
import {
  assertInsightsReader,
  reachedPosts,
  pollTurnout,
  sentimentScore,
  tallyScores,
  validInsightsPeriod,
  countParticipation,
  withheldCount,
  withholdParticipation,
  type GroupTally,
} from '../../core/insights.rules.js';
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
    const min = this.rt.feedbackConfig.minGroupSize;
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
    const valueCount = (valueId: string, b: typeof bounds) => {
      const inPeriod = within(b);
      return state.kudos.filter((k) => k.visibility === 'public' && k.valueId === valueId && inPeriod(k.createdAt)).length;
    };
    const cur = within(bounds);
    const prev = within(before);
    const { shares, clicks, refs, posts } = state.share;
    const postOf = new Map(refs.map((r) => [r.ref, r.postId]));
    const sharing = {
      networks: SHARE_NETWORKS.map((network) => {
        const on = shares.filter((s) => s.network === network);
        return { network, current: on.filter((s) => cur(s.sharedAt)).length, previous: on.filter((s) => prev(s.sharedAt)).length };
      }),
      posts: reachedPosts(
        posts.map((post) => {
          const its = shares.filter((s) => s.postId === post.id);
          const clicked = clicks.filter((c) => postOf.get(c.ref) === post.id);
          return {
            postId: post.id,
            title: post.title,
            shares: its.filter((s) => cur(s.sharedAt)).length,
            clicks: clicked.filter((c) => cur(c.clickedAt)).length,
            previousShares: its.filter((s) => prev(s.sharedAt)).length,
            previousClicks: clicked.filter((c) => prev(c.clickedAt)).length,
          };
        }),
      ),
    };
    const polls = pollTurnout(
      state.polls.map((p) => {
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
      state.people.length,
      bounds,
      before,
      min,
    );
    const scoresIn = (inPeriod: (at: string) => boolean) => tallyScores(state.feedback.filter((t) => inPeriod(t.createdAt)).map((t) => t.score));
    const kind = this.rt.feedbackConfig.scoreKind;
    return {
      period,
      bounds,
      previousBounds: before,
      minGroupSize: min,
      participation: withholdParticipation(company, teams, min),
      feedback: { current: withheldCount(senderMessages(bounds), min), previous: withheldCount(senderMessages(before), min) },
      recognition: this.rt.config.values.map((v) => ({
        valueId: v.id,
        label: v.label,
        ...(v.emoji ? { emoji: v.emoji } : {}),
        current: valueCount(v.id, bounds),
        previous: valueCount(v.id, before),
      })),
      sharing,
      polls,
      sentiment: { kind, current: sentimentScore(scoresIn(cur), kind, min), previous: sentimentScore(scoresIn(prev), kind, min) },
    };
  }
}
