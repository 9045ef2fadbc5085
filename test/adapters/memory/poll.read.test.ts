import { expect } from '@open-wc/testing';
import { NotFoundError } from '../../../src/core/errors.js';
import { DEFAULT_POLL_LIMITS } from '../../../src/adapters/memory/index.js';
import { seedPolls, SEEDED_POLL_IDS } from '../../../src/seed/poll.seed.js';
import { validateVote } from '../../../src/core/poll.rules.js';
import { ballot, idem, makeAdapter, rejection, testClock } from './helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('memory adapter: reading polls', () => {
  it('seeds five polls with stable ids, each valid and deterministic', () => {
    const clock = testClock();
    const polls = seedPolls(clock.at);
    expect(polls.map((p) => p.id).sort()).to.deep.equal([...SEEDED_POLL_IDS].sort());
    expect(seedPolls(clock.at)).to.deep.equal(polls);
    for (const poll of polls) {
      for (const b of Object.values(poll.ballots)) {
        const vote = ballot(b.optionIds, b.writeInId ? poll.writeIns.find((w) => w.id === b.writeInId)!.text : null, b.score);
        expect(() => validateVote(poll, vote, DEFAULT_POLL_LIMITS), `${poll.id} ballot`).not.to.throw();
      }
    }
  });

  it('returns the lunch poll as a voter sees it: open, live results, not yet voted', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    const poll = await adapter.polls.getPoll('poll-lunch');
    expect(poll).to.deep.include({
      kind: 'single',
      status: 'open',
      voted: false,
      myVote: null,
      anonymous: false,
      canManage: false,
      resultsHiddenReason: null,
    });
    expect(poll.createdBy.name).to.equal('Kwame Mensah');
    expect(poll.options.map((o) => o.label)).to.deep.equal(['Ramen Taro', 'The Green Bowl', 'Pizzeria Da Marco', 'Tacos El Güero']);
    expect(Date.parse(poll.closesAt!) - clock.at).to.equal(2 * DAY + 3 * HOUR);
    expect(poll.results!.totalVotes).to.equal(15);
    expect(poll.results!.options.map((o) => o.count)).to.deep.equal([6, 3, 4, 2]);
    expect(poll.results!.enps).to.equal(null);
  });

  it('computes the status from the clock: scheduled, open, closed', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    expect((await adapter.polls.getPoll('poll-upcoming')).status).to.equal('scheduled');
    expect((await adapter.polls.getPoll('poll-closed')).status).to.equal('closed');
    clock.at += 3 * DAY;
    expect((await adapter.polls.getPoll('poll-upcoming')).status).to.equal('open');
    expect((await adapter.polls.getPoll('poll-lunch')).status).to.equal('closed');
  });

  it('shows the default user their own vote in a named poll', async () => {
    const poll = await makeAdapter().polls.getPoll('poll-closed');
    expect(poll.voted).to.equal(true);
    expect(poll.myVote).to.deep.equal({ optionIds: ['allhands-wed'], writeIn: null, score: null });
    expect(poll.results!.options.find((o) => o.optionId === 'allhands-wed')!.count).to.equal(12);
  });

  it('hides "after-vote" results until the viewer votes, and shows them after', async () => {
    const adapter = makeAdapter();
    const before = await adapter.polls.getPoll('poll-offsite');
    expect(before.results).to.equal(null);
    expect(before.resultsHiddenReason).to.equal('vote-first');
    const { poll } = await adapter.polls.vote('poll-offsite', ballot(['offsite-hike']), idem());
    expect(poll.resultsHiddenReason).to.equal(null);
    expect(poll.results!.totalVotes).to.equal(22);
  });

  it('hides "after-close" results until the poll closes', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    const open = await adapter.polls.getPoll('poll-enps');
    expect(open).to.deep.include({ results: null, resultsHiddenReason: 'until-closed' });
    clock.at += 13 * DAY;
    const closed = await adapter.polls.getPoll('poll-enps');
    expect(closed.resultsHiddenReason).to.equal(null);
    expect(closed.results!.enps).to.deep.equal({
      promoters: 8,
      passives: 7,
      detractors: 4,
      score: 21,
      distribution: [0, 0, 0, 1, 0, 1, 2, 3, 4, 5, 3],
    });
    expect(closed.results!.totalVotes).to.equal(19);
  });

  it('hides results below the minimum number of votes, and "never" results from everyone but managers', async () => {
    const author = makeAdapter({ userId: 'p-06' });
    const base = {
      question: 'Q?',
      description: null,
      kind: 'single' as const,
      options: ['A', 'B'],
      maxChoices: 1,
      allowWriteIn: false,
      moderateWriteIns: false,
      anonymous: false,
      allowChangeVote: true,
      opensAt: null,
      closesAt: null,
    };
    const few = await author.polls.createPoll({ ...base, resultsVisibility: 'live', minVotesForResults: 3 }, idem());
    const never = await author.polls.createPoll({ ...base, resultsVisibility: 'never', minVotesForResults: 0 }, idem());
    // The author (a manager) sees both at once.
    expect(few.results!.totalVotes).to.equal(0);
    expect(never.results).not.to.equal(null);

    const voters = ['p-02', 'p-03', 'p-04'];
    for (const [i, id] of voters.entries()) {
      author.setCurrentUser(id);
      const { poll } = await author.polls.vote(few.id, ballot([few.options[0]!.id]), idem());
      expect(poll.resultsHiddenReason, `after ${i + 1} votes`).to.equal(i + 1 < 3 ? 'below-minimum' : null);
      const hidden = (await author.polls.vote(never.id, ballot([never.options[1]!.id]), idem())).poll;
      expect(hidden).to.deep.include({ results: null, resultsHiddenReason: 'admins-only' });
    }
    // An admin manages every poll.
    author.setCurrentUser('p-32');
    const asAdmin = await author.polls.getPoll(never.id);
    expect(asAdmin.canManage).to.equal(true);
    expect(asAdmin.results!.options.map((o) => o.count)).to.deep.equal([0, 3]);
  });

  it('shows managers pending write-ins, everyone else only approved ones', async () => {
    const voter = makeAdapter();
    const seen = (await voter.polls.vote('poll-offsite', ballot(['offsite-hike']), idem())).poll.results!;
    expect(seen.writeIns.map((w) => [w.text, w.count])).to.deep.equal([['Pottery workshop', 2]]);
    expect(seen.writeIns.every((w) => w.approved)).to.equal(true);
    voter.setCurrentUser('p-34');
    const all = (await voter.polls.getPoll('poll-offsite')).results!;
    expect(all.writeIns.map((w) => [w.text, w.count, w.approved])).to.deep.equal([
      ['Pottery workshop', 2, true],
      ['Karaoke night', 1, false],
    ]);
    expect(all.totalVotes).to.equal(22);
  });

  it('gives the limits, and NotFoundError for an unknown poll', async () => {
    const adapter = makeAdapter({ pollLimits: { maxOptions: 6 } });
    expect(await adapter.polls.getPollLimits()).to.deep.equal({ ...DEFAULT_POLL_LIMITS, maxOptions: 6 });
    expect(await rejection(adapter.polls.getPoll('poll-nope'))).to.be.instanceOf(NotFoundError);
  });
});
