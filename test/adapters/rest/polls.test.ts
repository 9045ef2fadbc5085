import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/poll/poll.js';
import type { ChorusPoll } from '../../../src/widgets/poll/poll.element.js';
import type { ValidationError } from '../../../src/core/errors.js';
import type { PollLiveEvent } from '../../../src/core/live.js';
import type { PollDraft } from '../../../src/core/poll.js';
import { plainPollDraft } from '../../../src/core/poll.rules.js';
import { buttonNamed, deepQuery, deepQueryAll, nameOf, nextEvent, textOf, waitFor } from '../../support.js';
import { backend, calls, key, rejection, rest } from './helpers.js';

/** Signed in as someone, by bearer token (the mock's identity). */
const as = (userId: string) => rest({ headers: () => ({ Authorization: `Bearer ${userId}` }), credentials: 'omit' });

function pollDraft(overrides: Partial<PollDraft> = {}): PollDraft {
  return plainPollDraft('Which day suits the retrospective?', ['Tuesday', 'Thursday'], overrides);
}

describe('REST adapter: polls over MSW', () => {
  beforeEach(() => sessionStorage.clear());

  it('reads the limits and a poll as the signed-in user sees it', async () => {
    const mock = await backend();
    const adapter = rest();
    const limits = await adapter.polls.getPollLimits();
    expect(limits).to.deep.equal(await mock.adapter.polls.getPollLimits());
    const poll = await adapter.polls.getPoll('poll-lunch');
    mock.adapter.setCurrentUser('p-01');
    expect(poll).to.deep.equal(await mock.adapter.polls.getPoll('poll-lunch'));
    expect(poll.voted).to.equal(false);
    expect(poll.canManage).to.equal(false);
    expect((await as('p-06').polls.getPoll('poll-lunch')).canManage, 'its author manages it').to.equal(true);
    expect(((await rejection(adapter.polls.getPoll('poll-nope'))) as Error & { kind: string }).kind).to.equal('not-found');
  });

  it('votes with an Idempotency-Key; a retried key counts once', async () => {
    const mock = await backend();
    const adapter = rest();
    const options = key();
    const { poll, receipt } = await adapter.polls.vote('poll-lunch', { optionIds: ['lunch-bowl'], writeIn: null, score: null }, options);
    expect(receipt).to.equal(null);
    expect(poll.voted).to.equal(true);
    expect(poll.myVote).to.deep.equal({ optionIds: ['lunch-bowl'], writeIn: null, score: null });
    const total = poll.results!.totalVotes;
    const again = await adapter.polls.vote('poll-lunch', { optionIds: ['lunch-bowl'], writeIn: null, score: null }, options);
    expect(again.poll.results!.totalVotes).to.equal(total);
    const posts = calls(mock, 'POST', /^\/polls\/poll-lunch\/votes$/);
    expect(posts.map((r) => r.headers['idempotency-key'])).to.deep.equal([options.idempotencyKey, options.idempotencyKey]);
    expect(posts[0]!.headers['chorus-vote-receipt'], 'no receipt for a named poll').to.equal(undefined);
  });

  it('keeps the field errors of a refused vote', async () => {
    await backend();
    const adapter = rest();
    const tooMany = await rejection(
      adapter.polls.vote('poll-offsite', { optionIds: ['offsite-hike', 'offsite-cooking', 'offsite-escape'], writeIn: null, score: null }, key()),
    );
    expect((tooMany as ValidationError).kind).to.equal('validation');
    expect((tooMany as ValidationError).forField('optionIds')).to.include({ code: 'too-many' });
    expect((tooMany as ValidationError).forField('optionIds')!.params).to.deep.equal({ max: 2 });
    const unknown = (await rejection(adapter.polls.vote('poll-lunch', { optionIds: ['nope'], writeIn: null, score: null }, key()))) as ValidationError;
    expect(unknown.forField('optionIds')?.code).to.equal('invalid');
    const none = (await rejection(adapter.polls.vote('poll-lunch', { optionIds: [], writeIn: null, score: null }, key()))) as ValidationError;
    expect(none.forField('optionIds')?.code).to.equal('required');
    const score = (await rejection(adapter.polls.vote('poll-enps', { optionIds: [], writeIn: null, score: 11 }, key()))) as ValidationError;
    expect(score.forField('score')?.code).to.equal('invalid');
  });

  it('answers a vote in a closed poll with a conflict that says so', async () => {
    await backend();
    const error = (await rejection(rest().polls.vote('poll-closed', { optionIds: [], writeIn: null, score: null }, key()))) as Error & {
      kind: string;
    };
    expect(error.kind).to.equal('conflict');
    expect(error.message).to.match(/closed/i);
  });

  it('changes an anonymous vote only with the receipt of the first one', async () => {
    const mock = await backend();
    const author = as('p-06');
    const created = await author.polls.createPoll(pollDraft({ anonymous: true }), key());
    expect(created.anonymous).to.equal(true);
    const [tuesday, thursday] = created.options.map((o) => o.id);

    const voter = as('p-02');
    const first = await voter.polls.vote(created.id, { optionIds: [tuesday!], writeIn: null, score: null }, key());
    expect(first.receipt).to.be.a('string').and.not.empty;
    expect(first.poll.myVote, 'an anonymous poll never tells').to.equal(null);

    const noReceipt = (await rejection(voter.polls.vote(created.id, { optionIds: [thursday!], writeIn: null, score: null }, key()))) as Error & {
      kind: string;
    };
    expect(noReceipt.kind).to.equal('conflict');

    const changed = await voter.polls.vote(created.id, { optionIds: [thursday!], writeIn: null, score: null }, { ...key(), receipt: first.receipt });
    expect(changed.receipt).to.equal(first.receipt);
    expect(changed.poll.results!.totalVotes).to.equal(1);
    expect(changed.poll.results!.options.find((o) => o.optionId === thursday)!.count).to.equal(1);
    expect(calls(mock, 'POST', /\/votes$/).at(-1)!.headers['chorus-vote-receipt']).to.equal(first.receipt);

    const wrong = (await rejection(
      voter.polls.vote(created.id, { optionIds: [tuesday!], writeIn: null, score: null }, { ...key(), receipt: 'not-my-receipt' }),
    )) as ValidationError;
    expect(wrong.forField('receipt')?.code).to.equal('invalid');
  });

  it('creates polls for authors only (201), and lets them approve write-ins and close', async () => {
    const mock = await backend();
    const forbidden = (await rejection(as('p-01').polls.createPoll(pollDraft(), key()))) as Error & { kind: string };
    expect(forbidden.kind).to.equal('forbidden');
    const author = as('p-06');
    const created = await author.polls.createPoll(pollDraft({ allowWriteIn: true, moderateWriteIns: true }), key());
    expect(calls(mock, 'POST', /^\/polls$/).map((r) => r.status)).to.deep.equal([403, 201]);
    expect(created.canManage).to.equal(true);
    expect(created.status).to.equal('open');

    const bad = (await rejection(author.polls.createPoll(pollDraft({ question: ' ', options: ['Same', 'same'] }), key()))) as ValidationError;
    expect(bad.forField('question')?.code).to.equal('required');

    await as('p-02').polls.vote(created.id, { optionIds: [], writeIn: 'Friday', score: null }, key());
    const pending = (await author.polls.getPoll(created.id)).results!.writeIns;
    expect(pending.map((w) => [w.text, w.approved])).to.deep.equal([['Friday', false]]);
    expect(((await rejection(as('p-02').polls.approveWriteIn(created.id, pending[0]!.id))) as Error & { kind: string }).kind).to.equal('forbidden');
    const approved = await author.polls.approveWriteIn(created.id, pending[0]!.id);
    expect(approved.results!.writeIns[0]!.approved).to.equal(true);

    const closed = await author.polls.closePoll(created.id);
    expect(closed.status).to.equal('closed');
    expect(
      (
        (await rejection(as('p-03').polls.vote(created.id, { optionIds: [closed.options[0]!.id], writeIn: null, score: null }, key()))) as Error & {
          kind: string;
        }
      ).kind,
    ).to.equal('conflict');
  });

  it('delivers a poll `changed` event over the stream, without results', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    const adapter = as('p-01');
    const events: PollLiveEvent[] = [];
    const off = adapter.live.subscribe('poll', (e) => events.push(e));
    await waitFor(() => mock.openStreams === 1, 'stream open');
    expect(calls(mock, 'GET', /^\/events/)[0]!.path).to.include('topics=poll');
    await as('p-02').polls.vote('poll-lunch', { optionIds: ['lunch-ramen'], writeIn: null, score: null }, key());
    await waitFor(() => events.length > 0, 'changed event');
    expect(events[0]).to.deep.equal({ topic: 'poll', type: 'changed', pollId: 'poll-lunch' });
    off();
  });
});

const rowsOf = (el: Element) => deepQueryAll(el, '.bars .row').map((row) => textOf(row));

describe('<chorus-poll> on the REST adapter over MSW', () => {
  beforeEach(() => sessionStorage.clear());

  it('loads, votes and shows the results, all through the HTTP contract', async () => {
    const mock = await backend({ liveRetryMs: 20 });
    const adapter = rest();
    const el = await fixture<ChorusPoll>(html`<chorus-poll poll-id="poll-lunch" .adapter=${adapter}></chorus-poll>`);
    await waitFor(() => !!deepQuery(el, 'legend'), 'poll loaded');
    expect(deepQuery(el, 'legend')!.textContent).to.include('Where should we go for the team lunch on Friday?');

    const label = deepQueryAll<HTMLLabelElement>(el, 'label.choice').find((l) => nameOf(l).startsWith('The Green Bowl'))!;
    label.querySelector('input')!.click();
    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    const { poll } = await voted;
    expect(poll.myVote!.optionIds).to.deep.equal(['lunch-bowl']);
    await waitFor(() => rowsOf(el).length === 4, 'results shown');
    expect(rowsOf(el).find((r) => r.startsWith('The Green Bowl'))).to.include('Your vote');
    expect(calls(mock, 'POST', /^\/polls\/poll-lunch\/votes$/)).to.have.length(1);
    mock.adapter.setCurrentUser('p-01');
    expect((await mock.adapter.polls.getPoll('poll-lunch')).myVote!.optionIds).to.deep.equal(['lunch-bowl']);
  });
});
