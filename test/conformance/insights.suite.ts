import assert from 'node:assert/strict';
import type { InsightsPort } from '../../src/adapter/insights.port.js';
import { ForbiddenError, ValidationError, isAbort } from '../../src/core/errors.js';
import { PARTICIPATION_KINDS, type GroupParticipation, type Insights, type InsightsPeriod } from '../../src/core/insights.js';
import { pollTurnoutOrder, postReachOrder } from '../../src/core/insights.rules.js';
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { PERIODS, periodBounds, previousBounds } from '../../src/core/leaderboard.js';
import { SHARE_NETWORKS } from '../../src/core/share-card.js';
import { rejectsWith, rejection } from './assertions.js';
import { conformanceSuite } from './harness.js';
import type { ConformanceTarget } from './target.js';

/*
 * The insights conformance suite: what any backend behind the `insights` port must do, through the
 * port only. Only the insights role and admins read the figures; no group under the minimum group
 * size shows a number (and the company row hides when it would give the withheld teams away); a
 * public kudos moves the figures. Check ids start with `insights.`.
 */

/** A row's figures hold together, and a shown row is never under the minimum. */
function assertGroup(row: GroupParticipation, min: number, what: string): void {
  if (row.withheld) {
    assert.deepEqual([row.members, row.current, row.previous], [null, null, null], `${what}: a withheld group has no figures`);
    return;
  }
  assert.ok(row.members !== null && row.members >= min, `${what}: a shown group has at least ${min} members`);
  for (const counts of [row.current!, row.previous!])
    for (const kind of PARTICIPATION_KINDS) {
      assert.ok(Number.isInteger(counts[kind]) && counts[kind] >= 0 && counts[kind] <= row.members!, `${what}: ${kind} is a count of its members`);
      assert.ok(counts.active >= counts[kind], `${what}: everyone who did ${kind} is active`);
    }
}

function assertWithholding(value: Insights, what: string): void {
  const min = value.minGroupSize;
  assert.ok(Number.isInteger(min) && min >= 1, `${what}: a minimum group size`);
  assertGroup(value.participation.company, min, `${what}, company`);
  for (const team of value.participation.teams) assertGroup(team, min, `${what}, team ${team.id}`);
  const hidden = value.participation.teams.filter((t) => t.withheld);
  const shown = value.participation.teams.filter((t) => !t.withheld);
  if (!value.participation.company.withheld) {
    const rest = value.participation.company.members! - shown.reduce((n, t) => n + t.members!, 0);
    assert.ok(rest === 0 || rest >= min, `${what}: the company row minus the teams shown gives no group under ${min} away (${rest})`);
    if (hidden.length) assert.ok(rest >= min, `${what}: withheld teams are not given away by the company row`);
  }
  for (const count of [value.feedback.current, value.feedback.previous])
    assert.ok(count === null || (Number.isInteger(count) && count >= min), `${what}: a feedback count is shown only from ${min}`);
}

export default function insightsConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'insights', everyone: ['a'], port: 'insights' }, (suite) => {
    const { check, u, id, key } = suite;
    const port = (): InsightsPort => u('insights').adapter.insights!;

    check('insights.forbidden', 'someone without the insights or admin role is refused', {}, async () => {
      await rejectsWith(u('a').adapter.insights!.getInsights(), ForbiddenError, 'getInsights as a plain employee');
    });

    check(
      'insights.periods',
      'answers every period with its UTC bounds, the month by default; an unknown period is refused',
      { users: ['insights'] },
      async () => {
        const now = Date.now();
        for (const period of PERIODS) {
          const value = await port().getInsights({ period });
          assert.equal(value.period, period);
          // The bounds of a period that turned over during the call are those of either side of it.
          const ok = (at: number) =>
            JSON.stringify([value.bounds, value.previousBounds]) === JSON.stringify([periodBounds(period, at), previousBounds(period, at)]);
          if (period !== 'rolling-30') assert.ok(ok(now) || ok(Date.now()), `${period}: core's bounds`);
          assertWithholding(value, period);
        }
        assert.equal((await port().getInsights()).period, 'month');
        await rejectsWith(port().getInsights({ period: 'decade' as InsightsPeriod }), ValidationError, 'an unknown period');
      },
    );

    check('insights.teams', 'lists every team once, in the directory order, and every company value once', { users: ['insights'] }, async () => {
      const value = await port().getInsights({ period: 'all' });
      const teams = await u('insights').adapter.people!.listTeams();
      assert.deepEqual(
        value.participation.teams.map((t) => t.id),
        teams.map((t) => t.id),
      );
      const config = await u('insights').adapter.kudos!.getKudosConfig();
      assert.deepEqual(
        value.recognition.map((r) => r.valueId),
        config.values.map((v) => v.id),
      );
    });

    check('insights.kudos', "a public kudos counts for its value, its giver's team and its recipient's", { users: ['insights', 'c'] }, async () => {
      const config = await u('insights').adapter.kudos!.getKudosConfig();
      const valueId = config.values[0]?.id ?? null;
      const before = await port().getInsights({ period: 'rolling-30' });
      await u('a').adapter.kudos!.giveKudos(
        { recipientIds: [id('c')], message: `Thanks for the insights check ${suite.run}.`, valueId, image: null, visibility: 'public' },
        { idempotencyKey: key() },
      );
      const after = await port().getInsights({ period: 'rolling-30' });
      if (valueId) {
        const count = (v: Insights) => v.recognition.find((r) => r.valueId === valueId)!.current;
        assert.ok(count(after) >= count(before) + 1, 'the value counts one more kudos');
      }
      const row = (v: Insights, teamId: string) => v.participation.teams.find((t) => t.id === teamId)!;
      for (const [k, kind] of [
        ['a', 'gave'],
        ['c', 'received'],
      ] as const) {
        const shown = row(after, u(k).me.teamId);
        if (!shown.withheld) assert.ok(shown.current![kind] >= 1 && shown.current![kind] >= row(before, u(k).me.teamId).current![kind], `${k}'s team: ${kind}`);
      }
      if (!after.participation.company.withheld) {
        assert.ok(after.participation.company.current!.gave >= 1, 'the company: someone gave');
        assert.ok(after.participation.company.current!.received >= 1, 'the company: someone received');
      }
    });

    check('insights.sharing', 'a share counts for its network and its post; every network is listed', { users: ['insights'] }, async () => {
      const share = u('a').adapter.shareCard;
      assert.ok(share, 'the target has the share card port');
      const post = (await share.listPosts({ limit: 1 })).items[0];
      assert.ok(post, 'the backend has a published post to share');
      const before = await port().getInsights({ period: 'rolling-30' });
      await share.acceptGuidelines((await share.getGuidelines()).version);
      await share.recordShare(post.id, 'teams', { idempotencyKey: key() });
      const after = await port().getInsights({ period: 'rolling-30' });
      assert.deepEqual(
        after.sharing.networks.map((n) => n.network),
        [...SHARE_NETWORKS],
      );
      const teams = (v: Insights) => v.sharing.networks.find((n) => n.network === 'teams')!.current;
      assert.ok(teams(after) >= teams(before) + 1, 'the network counts one more share');
      const reach = after.sharing.posts.find((p) => p.postId === post.id);
      assert.ok(reach && reach.shares >= 1 && reach.title === post.title, 'the post is listed with its share');
      assert.deepEqual([...after.sharing.posts].sort(postReachOrder), after.sharing.posts, "posts in core's order");
    });

    check(
      'insights.polls',
      "a new poll's turnout is listed with its voters withheld under the minimum; polls newest first",
      { users: ['insights', 'pollAuthor'] },
      async () => {
        const poll = await u('pollAuthor').adapter.polls!.createPoll(plainPollDraft(`Insights ${suite.run}: which one?`, ['Alpha', 'Beta']), {
          idempotencyKey: key(),
        });
        await u('a').adapter.polls!.vote(poll.id, { optionIds: [poll.options[0]!.id], writeIn: null, score: null }, { idempotencyKey: key() });
        const value = await port().getInsights({ period: 'rolling-30' });
        const listed = value.polls.find((p) => p.pollId === poll.id);
        assert.ok(listed, 'the new poll is listed');
        assert.equal(listed.previous, false);
        assert.equal(listed.question, poll.question);
        if (value.minGroupSize > 1) assert.equal(listed.voters, null, 'one voter is under the minimum group size: withheld');
        assert.deepEqual([...value.polls].sort(pollTurnoutOrder), value.polls, "polls in core's order");
        for (const p of value.polls) {
          assert.ok(p.voters === null || (p.voters >= value.minGroupSize && p.voters <= p.eligible), `${p.pollId}: voters shown only from the minimum`);
          assert.ok(p.enps === null || (p.kind === 'enps' && p.voters !== null), `${p.pollId}: an eNPS score only for a shown eNPS poll`);
        }
        const { kind, current, previous } = value.sentiment;
        assert.ok(['none', 'mood', 'enps'].includes(kind));
        for (const score of [current, previous]) assert.ok(score === null || (kind !== 'none' && typeof score === 'number'), 'a score only of a kind');
      },
    );

    check('insights.abort', 'a call with an aborted signal rejects with an AbortError', { users: ['insights'] }, async () => {
      const error = await rejection(port().getInsights({ signal: AbortSignal.abort() }), 'getInsights with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
