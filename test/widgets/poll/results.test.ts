import { expect } from '@open-wc/testing';
import type { PollDraft } from '../../../src/core/poll.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { buttonNamed, deepQuery, deepQueryAll, waitFor } from '../../support.js';
import { choice, NOW, pollEl, quiet, rows, textOf } from './helpers.js';
import { plainPollDraft } from '../../../src/core/poll.rules.js';

/** A poll made by p-06 on `adapter`, with votes from the given people; the adapter is left signed in as p-01. */
async function pollWith(adapter: MemoryAdapter, overrides: Partial<PollDraft>, votes: [userId: string, optionIndex: number | string][] = []) {
  adapter.setCurrentUser('p-06');
  const poll = await adapter.polls.createPoll(plainPollDraft('Which room for the retro?', ['Aurora', 'Borealis', 'Cosmos'], overrides), {
    idempotencyKey: crypto.randomUUID(),
  });
  for (const [userId, pick] of votes) {
    adapter.setCurrentUser(userId);
    const vote = typeof pick === 'number' ? { optionIds: [poll.options[pick]!.id], writeIn: null, score: null } : { optionIds: [], writeIn: pick, score: null };
    await adapter.polls.vote(poll.id, vote, { idempotencyKey: crypto.randomUUID() });
  }
  adapter.setCurrentUser('p-01');
  return poll;
}

const percents = (el: Element) => deepQueryAll(el, '.bars .percent').map((p) => Number.parseInt(p.textContent!, 10));

describe('<chorus-poll> results', () => {
  it('shows each option with its count and a percentage; percentages add up to 100', async () => {
    const el = await pollEl(quiet(), 'poll-lunch');
    buttonNamed(el, 'See results')!.click();
    await waitFor(() => rows(el).length === 4);
    expect(rows(el)).to.deep.equal([
      'Ramen Taro Leading 40% 6 votes',
      'The Green Bowl 20% 3 votes',
      'Pizzeria Da Marco 27% 4 votes',
      'Tacos El Güero 13% 2 votes',
    ]);
    expect(percents(el).reduce((a, b) => a + b, 0)).to.equal(100);
    // The bars are decoration; their widths follow the percentages.
    const bars = deepQueryAll<HTMLElement>(el, '.bar');
    expect(bars.every((b) => b.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(deepQueryAll<HTMLElement>(el, '.fill').map((f) => f.style.getPropertyValue('--_p'))).to.deep.equal(['40%', '20%', '27%', '13%']);
    buttonNamed(el, 'Back to voting')!.click();
    await waitFor(() => deepQuery(el, 'fieldset'));
  });

  it('rounds thirds to 34 + 33 + 33 and marks a tie in words', async () => {
    const adapter = quiet();
    const poll = await pollWith(adapter, {}, [
      ['p-02', 0],
      ['p-03', 1],
      ['p-04', 2],
    ]);
    const el = await pollEl(adapter, poll.id);
    buttonNamed(el, 'See results')!.click();
    await waitFor(() => rows(el).length === 3);
    expect(rows(el)).to.deep.equal(['Aurora Tied 34% 1 vote', 'Borealis Tied 33% 1 vote', 'Cosmos Tied 33% 1 vote']);
  });

  it('marks my own choice and the top choice of a closed poll in text', async () => {
    const el = await pollEl(quiet(), 'poll-closed');
    expect(rows(el)[1]).to.equal('Wednesday Top choice Your vote 50% 12 votes');
    expect(deepQuery(el, '.row.mine .badge.mine')!.textContent).to.equal('Your vote');
    expect(textOf(el)).to.include('24 people voted');
    expect(buttonNamed(el, 'Change vote')).to.equal(undefined);
  });

  it('counts pending write-ins others cannot see yet as one row, so the total stays whole', async () => {
    const adapter = quiet();
    const poll = await pollWith(adapter, { allowWriteIn: true, moderateWriteIns: true }, [
      ['p-02', 0],
      ['p-03', 'The roof terrace'],
    ]);
    const el = await pollEl(adapter, poll.id);
    buttonNamed(el, 'See results')!.click();
    await waitFor(() => rows(el).length > 0);
    expect(rows(el)).to.deep.equal(['Aurora Leading 50% 1 vote', 'Borealis 0% 0 votes', 'Cosmos 0% 0 votes', 'Other answers, not shown yet 50% 1 vote']);
    expect(textOf(el)).not.to.include('roof terrace');
  });

  it('shows "after-vote" results only once I have voted', async () => {
    const el = await pollEl(quiet(), 'poll-offsite');
    expect(buttonNamed(el, 'See results')).to.equal(undefined);
    choice(el, 'Sailing trip').click();
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => rows(el).length > 0);
    expect(rows(el).find((r) => r.startsWith('Sailing trip'))).to.include('Your vote');
    // Multiple choice: shares of voters, with the approved write-in and no pending one.
    expect(rows(el).map((r) => r.split(' ').slice(0, 2).join(' '))).to.include('Pottery workshop');
    expect(textOf(el)).not.to.include('Karaoke');
  });

  it('says why results are hidden: until the close, organisers only, below the minimum', async () => {
    const adapter = quiet();
    const enps = await pollEl(adapter, 'poll-enps');
    choice(enps, '8').click();
    buttonNamed(enps, 'Vote')!.click();
    await waitFor(() => textOf(enps).includes('Results will be shown when the poll closes.'));
    expect(deepQuery(enps, '.enps-value')).to.equal(undefined);

    const never = await pollWith(adapter, { resultsVisibility: 'never' }, [['p-02', 1]]);
    const neverEl = await pollEl(adapter, never.id);
    choice(neverEl, 'Aurora').click();
    buttonNamed(neverEl, 'Vote')!.click();
    await waitFor(() => textOf(neverEl).includes('Only the poll’s organisers can see the results.'));

    const few = await pollWith(adapter, { minVotesForResults: 5 }, [
      ['p-02', 1],
      ['p-03', 1],
    ]);
    const fewEl = await pollEl(adapter, few.id);
    expect(buttonNamed(fewEl, 'See results')).to.equal(undefined);
    choice(fewEl, 'Cosmos').click();
    buttonNamed(fewEl, 'Vote')!.click();
    await waitFor(() => textOf(fewEl).includes('Results appear once at least 5 people have voted'));
    expect(rows(fewEl)).to.deep.equal([]);
  });

  it('shows the poll’s managers the results whatever the settings', async () => {
    const adapter = quiet();
    const poll = await pollWith(adapter, { resultsVisibility: 'never', minVotesForResults: 10 }, [['p-02', 1]]);
    adapter.setCurrentUser('p-06');
    const el = await pollEl(adapter, poll.id);
    buttonNamed(el, 'See results')!.click();
    await waitFor(() => rows(el).length === 3);
    expect(rows(el)[1]).to.equal('Borealis Leading 100% 1 vote');
  });

  it('pins the countdown to the element’s clock: days, then seconds near the end', async () => {
    const adapter = quiet();
    const el = await pollEl(adapter, 'poll-lunch');
    const time = deepQuery(el, '.meta time')!;
    expect(time.textContent).to.equal('Closes in 2 days');
    expect(time.getAttribute('datetime')).to.equal(new Date(NOW + 51 * 3_600_000).toISOString());
    el.now = () => NOW + 51 * 3_600_000 - 45_000;
    await el.updateComplete;
    expect(deepQuery(el, '.meta time')!.textContent).to.equal('Closes in 45 seconds');
    el.now = () => NOW + 50 * 3_600_000;
    await el.updateComplete;
    expect(deepQuery(el, '.meta time')!.textContent).to.equal('Closes in 1 hour');
  });
});
