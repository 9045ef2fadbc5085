import { expect } from '@open-wc/testing';
import { ForbiddenError, ValidationError } from '../../src/core/errors.js';
import {
  NO_PARTICIPATION,
  NO_SCORES,
  pollTurnout,
  sentimentScore,
  tallyScores,
  assertInsightsReader,
  countParticipation,
  validInsightsPeriod,
  withheldCount,
  withholdParticipation,
  type GroupTally,
} from '../../src/core/insights.rules.js';
import type { Activity } from '../../src/core/leaderboard.js';

const counts = { active: 3, gave: 2, received: 2, voted: 1, shared: 1 };
const team = (id: string, members: number): GroupTally => ({ id, name: id, members, current: { ...counts }, previous: { ...NO_PARTICIPATION } });
const company = (members: number) => team('company', members);

describe('withholdParticipation', () => {
  it('withholds a team under the minimum, with no figure at all, and shows the others', () => {
    const { teams, company: all } = withholdParticipation(company(20), [team('big', 7), team('small', 3), team('other', 10)], 5);
    expect(teams.map((t) => [t.id, t.withheld])).to.deep.equal([
      ['big', false],
      ['small', true],
      ['other', false],
    ]);
    expect(teams[1]).to.deep.equal({ id: 'small', name: 'small', withheld: true, members: null, current: null, previous: null });
    expect(teams[0]!.current).to.deep.equal(counts);
    // The company minus the teams shown would be the small team's figures.
    expect(all.withheld).to.equal(true);
  });

  it('shows the company when the withheld teams together reach the minimum', () => {
    const { company: all } = withholdParticipation(company(23), [team('big', 7), team('small', 3), team('tiny', 3), team('other', 10)], 5);
    expect(all.withheld).to.equal(false);
    expect(all.members).to.equal(23);
  });

  it('shows a team of exactly the minimum, and withholds a company under it', () => {
    const one = withholdParticipation(company(5), [team('five', 5)], 5);
    expect([one.teams[0]!.withheld, one.company.withheld]).to.deep.equal([false, false]);
    expect(withholdParticipation(company(4), [team('four', 4)], 5).company.withheld).to.equal(true);
  });
});

describe('the other insights rules', () => {
  it('withholds anonymous counts under the minimum', () => {
    expect([withheldCount(4, 5), withheldCount(5, 5), withheldCount(0, 5)]).to.deep.equal([null, 5, null]);
  });

  it('counts each person once per kind, in the period, and clicks on their links not at all', () => {
    const at = '2026-03-10T10:00:00.000Z';
    const a = (kind: Activity['kind'], personId: string, when = at): Activity => ({ kind, personId, teamId: 't', at: when });
    const activity = [
      a('kudos-given', 'p1'),
      a('kudos-given', 'p1'),
      a('kudos-received', 'p2'),
      a('share-click', 'p3'),
      a('share', 'p4', '2026-02-01T00:00:00Z'),
      a('poll-vote', 'out'),
    ];
    const bounds = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
    expect(countParticipation(activity, new Set(['p1', 'p2', 'p3', 'p4']), bounds)).to.deep.equal({ active: 2, gave: 1, received: 1, voted: 0, shared: 0 });
  });

  it('lets the insights role and admins read, nobody else', () => {
    expect(() => assertInsightsReader({ roles: ['insights'] })).not.to.throw();
    expect(() => assertInsightsReader({ roles: ['admin'] })).not.to.throw();
    expect(() => assertInsightsReader({ roles: ['moderator', 'feedback-recipient'] })).to.throw(ForbiddenError);
  });

  it('takes the month by default and refuses an unknown period', () => {
    expect(validInsightsPeriod(undefined)).to.equal('month');
    expect(() => validInsightsPeriod('year' as 'week')).to.throw(ValidationError);
  });
});

describe('poll turnout and sentiment', () => {
  const bounds = { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
  const before = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
  const poll = (pollId: string, opensAt: string, voters: number, scores = NO_SCORES) => ({
    pollId,
    question: pollId,
    kind: 'enps' as const,
    opensAt,
    voters,
    scores,
  });

  it('lists the polls opened in either period, newest first, withholding few voters and their eNPS', () => {
    const nine = tallyScores([10, 10, 9, 9, 8, 7, 3, 2, 0]);
    const list = pollTurnout(
      [
        poll('old', '2026-10-30T00:00:00Z', 9, nine),
        poll('last', '2026-11-20T00:00:00Z', 9, nine),
        poll('few', '2026-12-03T00:00:00Z', 4),
        poll('new', '2026-12-02T00:00:00Z', 9, nine),
      ],
      40,
      bounds,
      before,
      5,
    );
    expect(list.map((p) => [p.pollId, p.previous, p.voters, p.enps])).to.deep.equal([
      ['few', false, null, null],
      ['new', false, 9, 11],
      ['last', true, 9, 11],
    ]);
  });

  it('scores mood as a mean and eNPS by its groups, withheld under the minimum', () => {
    expect(sentimentScore(tallyScores([4, 3, 5, 4, null, 3]), 'mood', 5)).to.equal(3.8);
    expect(sentimentScore(tallyScores([4, 3, 5, 4]), 'mood', 5)).to.equal(null);
    expect(sentimentScore(tallyScores([10, 9, 7, 5, 0]), 'enps', 5)).to.equal(0);
    expect(sentimentScore(tallyScores([10, 9, 7, 5, 0]), 'none', 5)).to.equal(null);
  });
});
