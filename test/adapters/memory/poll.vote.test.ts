import { expect } from '@open-wc/testing';
import { ConflictError, NetworkError, ValidationError } from '../../../src/core/errors.js';
import type { PollDraft, PollVote } from '../../../src/core/poll.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/memory.adapter.js';
import { ballot, idem, makeAdapter, rejection, testClock } from './helpers.js';
import { plainPollDraft } from '../../../src/core/poll.rules.js';

const DAY = 86_400_000;

async function fieldError(adapter: MemoryAdapter, pollId: string, vote: PollVote, field = 'optionIds') {
  const error = await rejection(adapter.polls.vote(pollId, vote, idem()));
  expect(error).to.be.instanceOf(ValidationError);
  return (error as ValidationError).forField(field);
}

/** A poll made by an author (p-06) for the test, then the adapter signed in as p-01 again. */
async function pollOf(adapter: MemoryAdapter, overrides: Partial<PollDraft> = {}) {
  const me = adapter.currentUserId;
  adapter.setCurrentUser('p-06');
  const poll = await adapter.polls.createPoll(plainPollDraft('Which option?', ['A', 'B', 'C'], { allowChangeVote: false, ...overrides }), idem());
  adapter.setCurrentUser(me);
  return poll;
}

describe('memory adapter: voting', () => {
  it('counts a single-choice vote and returns the poll with my vote', async () => {
    const adapter = makeAdapter();
    const { poll, receipt } = await adapter.polls.vote('poll-lunch', ballot(['lunch-tacos']), idem());
    expect(receipt).to.equal(null);
    expect(poll).to.deep.include({ voted: true, myVote: { optionIds: ['lunch-tacos'], writeIn: null, score: null } });
    expect(poll.results!.options.map((o) => o.count)).to.deep.equal([6, 3, 4, 3]);
    expect(poll.results!.totalVotes).to.equal(16);
    expect(await adapter.polls.getPoll('poll-lunch')).to.deep.equal(poll);
  });

  it('lets a voter change their vote where allowed; it still counts once', async () => {
    const adapter = makeAdapter();
    await adapter.polls.vote('poll-lunch', ballot(['lunch-tacos']), idem());
    const { poll } = await adapter.polls.vote('poll-lunch', ballot(['lunch-ramen']), idem());
    expect(poll.myVote!.optionIds).to.deep.equal(['lunch-ramen']);
    expect(poll.results!.options.map((o) => o.count)).to.deep.equal([7, 3, 4, 2]);
    expect(poll.results!.totalVotes).to.equal(16);
  });

  it('refuses a second vote when the poll does not allow changing it', async () => {
    const adapter = makeAdapter();
    const poll = await pollOf(adapter, { allowChangeVote: false });
    await adapter.polls.vote(poll.id, ballot([poll.options[0]!.id]), idem());
    const error = await rejection(adapter.polls.vote(poll.id, ballot([poll.options[1]!.id]), idem()));
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as Error).message).to.match(/already voted/);
    expect((await adapter.polls.getPoll(poll.id)).results!.options.map((o) => o.count)).to.deep.equal([1, 0, 0]);
  });

  it('takes votes only while the poll is open, with a clear message', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    const early = await rejection(adapter.polls.vote('poll-upcoming', ballot(['party-disco']), idem()));
    expect(early).to.be.instanceOf(ConflictError);
    expect((early as Error).message).to.equal('This poll is not open yet.');
    const late = await rejection(adapter.polls.vote('poll-closed', ballot(['allhands-tue']), idem()));
    expect(late).to.be.instanceOf(ConflictError);
    expect((late as Error).message).to.match(/closed/);
    clock.at += 3 * DAY;
    expect((await adapter.polls.vote('poll-upcoming', ballot(['party-disco']), idem())).poll.voted).to.equal(true);
    expect(await rejection(adapter.polls.vote('poll-lunch', ballot(['lunch-ramen']), idem()))).to.be.instanceOf(ConflictError);
  });

  it('refuses an unknown option, and no option at all', async () => {
    const adapter = makeAdapter();
    expect(await fieldError(adapter, 'poll-lunch', ballot(['lunch-sushi']))).to.include({ code: 'invalid' });
    expect(await fieldError(adapter, 'poll-lunch', ballot([]))).to.include({ code: 'required' });
    expect((await adapter.polls.getPoll('poll-lunch')).voted).to.equal(false);
  });

  it('takes exactly one option in a single-choice poll, or a write-in alone where allowed', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    expect(await fieldError(adapter, 'poll-lunch', ballot(['lunch-ramen', 'lunch-tacos']))).to.deep.include({
      code: 'too-many',
      params: { max: 1 },
    });
    expect(await fieldError(adapter, 'poll-lunch', ballot([], 'Sushi'), 'writeIn')).to.include({ code: 'invalid' });
    clock.at += 3 * DAY;
    expect(await fieldError(adapter, 'poll-upcoming', ballot(['party-disco'], 'Space party'))).to.deep.include({ code: 'too-many' });
    const { poll } = await adapter.polls.vote('poll-upcoming', ballot([], '  Space   party '), idem());
    expect(poll.myVote).to.deep.equal({ optionIds: [], writeIn: 'Space party', score: null });
  });

  it('takes 1 to maxChoices in a multiple-choice poll, a write-in counting as one', async () => {
    const adapter = makeAdapter();
    expect(await fieldError(adapter, 'poll-offsite', ballot(['offsite-hike', 'offsite-cooking', 'offsite-escape']))).to.deep.include({
      code: 'too-many',
      params: { max: 2 },
    });
    expect(await fieldError(adapter, 'poll-offsite', ballot(['offsite-hike', 'offsite-cooking'], 'Bowling'))).to.deep.include({
      code: 'too-many',
      params: { max: 2 },
    });
    const { poll } = await adapter.polls.vote('poll-offsite', ballot(['offsite-sailing', 'offsite-hike', 'offsite-hike']), idem());
    // Deduplicated and in the poll's order.
    expect(poll.myVote!.optionIds).to.deep.equal(['offsite-hike', 'offsite-sailing']);
  });

  it('limits write-ins in graphemes', async () => {
    const adapter = makeAdapter({ pollLimits: { writeInMax: 10 } });
    expect(await fieldError(adapter, 'poll-offsite', ballot([], 'x'.repeat(11)), 'writeIn')).to.deep.include({
      code: 'too-long',
      params: { max: 10 },
    });
    const family = '👨‍👩‍👧‍👦'.repeat(10);
    expect((await adapter.polls.vote('poll-offsite', ballot([], family), idem())).poll.myVote!.writeIn).to.equal(family);
  });

  it('takes a whole eNPS score from 0 to 10 and nothing else', async () => {
    const adapter = makeAdapter();
    for (const score of [-1, 11, 7.5]) expect(await fieldError(adapter, 'poll-enps', ballot([], null, score), 'score')).to.include({ code: 'invalid' });
    expect(await fieldError(adapter, 'poll-enps', ballot([], null, null), 'score')).to.include({ code: 'required' });
    expect(await fieldError(adapter, 'poll-enps', ballot(['lunch-ramen'], null, 9))).to.include({ code: 'invalid' });
    const { poll, receipt } = await adapter.polls.vote('poll-enps', ballot([], null, 0), idem());
    expect(poll.voted).to.equal(true);
    expect(receipt).to.be.a('string');
  });

  it('counts a retried vote once and answers the same', async () => {
    const adapter = makeAdapter();
    const key = { idempotencyKey: 'retry-me' };
    const first = await adapter.polls.vote('poll-lunch', ballot(['lunch-bowl']), key);
    const again = await adapter.polls.vote('poll-lunch', ballot(['lunch-bowl']), key);
    expect(again).to.deep.equal(first);
    expect(again.poll.results!.totalVotes).to.equal(16);
  });

  it('changes nothing when the call fails on the way', async () => {
    const adapter = makeAdapter({ failureRate: 1 });
    expect(await rejection(adapter.polls.vote('poll-lunch', ballot(['lunch-bowl']), idem()))).to.be.instanceOf(NetworkError);
    adapter.failureRate = 0;
    expect((await adapter.polls.getPoll('poll-lunch')).voted).to.equal(false);
  });

  it('adds a write-in once per text and drops it when the last vote for it changes', async () => {
    const adapter = makeAdapter();
    adapter.setCurrentUser('p-34');
    const pending = (await adapter.polls.getPoll('poll-offsite')).results!.writeIns.find((w) => w.text === 'Karaoke night')!;
    expect(pending).to.include({ count: 1, approved: false });
    // The same text, differently written, counts for the same write-in.
    adapter.setCurrentUser('p-01');
    const mine = await adapter.polls.vote('poll-offsite', ballot([], '  karaoke NIGHT'), idem());
    expect(mine.poll.myVote!.writeIn).to.equal('Karaoke night');
    adapter.setCurrentUser('p-34');
    expect((await adapter.polls.getPoll('poll-offsite')).results!.writeIns.find((w) => w.id === pending.id)!.count).to.equal(2);
    adapter.setCurrentUser('p-01');
    await adapter.polls.vote('poll-offsite', ballot(['offsite-escape'], 'Bowling'), idem());
    adapter.setCurrentUser('p-34');
    const texts = (await adapter.polls.getPoll('poll-offsite')).results!.writeIns.map((w) => [w.text, w.count]);
    expect(texts).to.deep.include.members([
      ['Karaoke night', 1],
      ['Bowling', 1],
      ['Pottery workshop', 2],
    ]);
    adapter.setCurrentUser('p-01');
    await adapter.polls.vote('poll-offsite', ballot(['offsite-escape']), idem());
    adapter.setCurrentUser('p-34');
    expect((await adapter.polls.getPoll('poll-offsite')).results!.writeIns.map((w) => w.text)).not.to.include('Bowling');
  });
});
