import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nextEvent, waitFor } from '../../support.js';
import { choice, liveRegion, pollEl, quiet, rows, textOf } from './helpers.js';

const checked = (el: Element) => deepQueryAll<HTMLInputElement>(el, 'fieldset input:checked').map((i) => i.closest('label')!.textContent!.trim());

describe('<chorus-poll> voting', () => {
  it('votes in a single-choice poll with the arrow keys and Enter, then shows the results with my vote', async () => {
    const adapter = quiet();
    const el = await pollEl(adapter, 'poll-lunch');
    expect(deepQuery(el, 'legend')!.textContent).to.include('Where should we go for the team lunch on Friday?');
    choice(el, 'Ramen Taro').focus();
    await sendKeys({ press: 'Space' });
    expect(checked(el)).to.deep.equal(['Ramen Taro']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(checked(el)).to.deep.equal(['Pizzeria Da Marco']);
    await sendKeys({ press: 'ArrowUp' });
    expect(checked(el)).to.deep.equal(['The Green Bowl']);

    const vote = nextEvent(el, 'chorus-poll-vote');
    const voted = nextEvent(el, 'chorus-poll-voted');
    await sendKeys({ press: 'Enter' });
    expect((await vote).vote).to.deep.equal({ optionIds: ['lunch-bowl'], writeIn: null, score: null });
    const { poll } = await voted;
    expect(poll.myVote!.optionIds).to.deep.equal(['lunch-bowl']);
    await waitFor(() => rows(el).length === 4, 'results shown');
    expect(rows(el)[1]).to.equal('The Green Bowl Your vote 25% 4 votes');
    expect(textOf(el)).to.include('16 people voted');
    await waitFor(() => liveRegion(el).includes('your vote was counted'));
    expect((await adapter.polls.getPoll('poll-lunch')).myVote!.optionIds).to.deep.equal(['lunch-bowl']);
  });

  it('votes with the Vote button after clicking a choice', async () => {
    const el = await pollEl(quiet(), 'poll-lunch');
    choice(el, 'Tacos El Güero').click();
    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    expect((await voted).vote.optionIds).to.deep.equal(['lunch-tacos']);
  });

  it('asks for a choice before sending anything', async () => {
    const el = await pollEl(quiet(), 'poll-lunch');
    let sent = false;
    el.addEventListener('chorus-poll-vote', () => (sent = true));
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => textOf(el).includes('Choose an option first.'));
    expect(sent).to.equal(false);
    expect(deepQuery(el, 'fieldset')!.getAttribute('aria-describedby')).to.include('choice-error');
  });

  it('lets the page veto a vote', async () => {
    const adapter = quiet();
    const el = await pollEl(adapter, 'poll-lunch');
    el.addEventListener('chorus-poll-vote', (e) => e.preventDefault());
    choice(el, 'Ramen Taro').click();
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => textOf(el).includes('Voting was stopped by this page.'));
    expect((await adapter.polls.getPoll('poll-lunch')).voted).to.equal(false);
    expect(checked(el)).to.deep.equal(['Ramen Taro']);
  });

  it('enforces the maximum in a multiple-choice poll: a clear error, the choices kept, nothing sent', async () => {
    const adapter = quiet();
    const el = await pollEl(adapter, 'poll-offsite');
    expect(textOf(el)).to.include('Choose up to 2. 0 of 2 chosen');
    choice(el, 'Guided hike in the hills').click();
    choice(el, 'Cooking class').click();
    await waitFor(() => textOf(el).includes('2 of 2 chosen'));
    choice(el, 'Escape room').click();
    await waitFor(() => deepQuery(el, '#choice-error')?.textContent === 'You can choose up to 2. Uncheck one to choose another.');
    expect(textOf(el)).to.include('3 of 2 chosen');
    await waitFor(() => liveRegion(el).includes('You can choose up to 2'));
    let sent = false;
    el.addEventListener('chorus-poll-vote', () => (sent = true));
    buttonNamed(el, 'Vote')!.click();
    await el.updateComplete;
    expect(sent).to.equal(false);
    expect(checked(el)).to.deep.equal(['Guided hike in the hills', 'Cooking class', 'Escape room']);

    choice(el, 'Cooking class').click();
    await waitFor(() => !deepQuery(el, '#choice-error'));
    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    expect((await voted).vote.optionIds).to.deep.equal(['offsite-hike', 'offsite-escape']);
    // "after-vote" results appear once the vote counted; percentages are of voters here.
    await waitFor(() => rows(el).length > 0, textOf(el));
    expect(textOf(el)).to.include('Each person could choose up to 2');
  });

  it('sends a written "Other" answer, and says it shows once approved', async () => {
    const el = await pollEl(quiet(), 'poll-offsite');
    choice(el, 'Other').click();
    const field = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Your answer'));
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => textOf(el).includes('Write your answer, or choose one of the options.'));
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    field.focus();
    await sendKeys({ type: 'Board games' });
    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    expect((await voted).vote).to.deep.equal({ optionIds: [], writeIn: 'Board games', score: null });
    await waitFor(() => textOf(el).includes('Your answer: Board games'));
    expect(textOf(el)).to.include('once the poll’s organisers approve it');
  });

  it('votes on the eNPS scale with the keyboard; a manager sees the score and its breakdown', async () => {
    const adapter = quiet({ userId: 'p-34' });
    const el = await pollEl(adapter, 'poll-enps');
    expect(textOf(el)).to.include('Not at all likely');
    expect(textOf(el)).to.include('Extremely likely');
    expect(deepQueryAll(el, '.scale input[type="radio"]')).to.have.length(11);
    choice(el, '7').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(checked(el)).to.deep.equal(['9']);
    const voted = nextEvent(el, 'chorus-poll-voted');
    await sendKeys({ press: 'Enter' });
    expect((await voted).vote.score).to.equal(9);
    // 19 seeded votes and this one: 9 promoters, 7 passives, 4 detractors → 45 − 20 = +25.
    await waitFor(() => deepQuery(el, '.enps-value'));
    expect(deepQuery(el, '.enps-value')!.textContent).to.equal('+25');
    expect(rows(el)).to.deep.equal(['Promoters (9–10) 45% 9 votes', 'Passives (7–8) 35% 7 votes', 'Detractors (0–6) 20% 4 votes']);
    expect(textOf(el)).to.include('Your score: 9');
    expect(textOf(el)).to.include('20 people voted');
  });

  it('changes a named vote: the earlier choice comes back selected, the counts move', async () => {
    const adapter = quiet();
    await adapter.polls.vote('poll-lunch', { optionIds: ['lunch-pizza'], writeIn: null, score: null }, { idempotencyKey: 'first' });
    const el = await pollEl(adapter, 'poll-lunch');
    expect(rows(el)[2]).to.equal('Pizzeria Da Marco Your vote 31% 5 votes');
    buttonNamed(el, 'Change vote')!.click();
    await waitFor(() => checked(el).length === 1);
    expect(checked(el)).to.deep.equal(['Pizzeria Da Marco']);
    expect(buttonNamed(el, 'Update vote')).to.exist;
    choice(el, 'Ramen Taro').click();
    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Update vote')!.click();
    await voted;
    await waitFor(() => rows(el)[0]!.includes('Your vote'));
    expect(rows(el)[0]).to.equal('Ramen Taro Leading Your vote 44% 7 votes');
    expect(rows(el)[2]).to.equal('Pizzeria Da Marco 25% 4 votes');
    expect(textOf(el)).to.include('16 people voted');
    await waitFor(() => liveRegion(el).includes('Your vote was changed.'));
  });

  it('keeps a vote when "Keep my vote" leaves a change unsent', async () => {
    const adapter = quiet();
    await adapter.polls.vote('poll-lunch', { optionIds: ['lunch-pizza'], writeIn: null, score: null }, { idempotencyKey: 'k' });
    const el = await pollEl(adapter, 'poll-lunch');
    buttonNamed(el, 'Change vote')!.click();
    await waitFor(() => checked(el).length === 1);
    choice(el, 'Ramen Taro').click();
    buttonNamed(el, 'Keep my vote')!.click();
    await waitFor(() => rows(el).length === 4);
    expect(rows(el)[2]).to.include('Your vote');
    buttonNamed(el, 'Change vote')!.click();
    await waitFor(() => checked(el).length === 1);
    expect(checked(el)).to.deep.equal(['Pizzeria Da Marco']);
  });

  it('changes an anonymous vote with the receipt this device kept, and shows my own choice', async () => {
    const adapter = quiet();
    const el = await pollEl(adapter, 'poll-enps');
    expect(textOf(el)).to.include('Anonymous: no one can see who voted what.');
    choice(el, '6').click();
    const first = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    expect((await first).poll.myVote).to.equal(null);
    await waitFor(() => textOf(el).includes('Results will be shown when the poll closes.'));
    expect(deepQuery(el, '.own .badge.mine')!.textContent).to.equal('Your vote: 6');
    const saved = JSON.parse(localStorage.getItem('chorus:poll-ballot:v1:poll-enps:p-01')!);
    expect(saved.receipt).to.match(/^[\w-]{32}$/);
    expect(saved.vote.score).to.equal(6);

    buttonNamed(el, 'Change vote')!.click();
    await waitFor(() => checked(el).length === 1);
    expect(checked(el)).to.deep.equal(['6']);
    choice(el, '10').click();
    const second = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Update vote')!.click();
    await second;
    adapter.setCurrentUser('p-34');
    const results = (await adapter.polls.getPoll('poll-enps')).results!;
    expect(results.totalVotes).to.equal(20);
    expect(results.enps!.distribution[6]).to.equal(2);
    expect(results.enps!.distribution[10]).to.equal(4);
    expect(JSON.parse(localStorage.getItem('chorus:poll-ballot:v1:poll-enps:p-01')!).receipt).to.equal(saved.receipt);
  });

  it('says an anonymous vote cast elsewhere can be changed only there', async () => {
    const adapter = quiet();
    await adapter.polls.vote('poll-enps', { optionIds: [], writeIn: null, score: 8 }, { idempotencyKey: 'elsewhere' });
    const el = await pollEl(adapter, 'poll-enps');
    expect(textOf(el)).to.include('Anonymous votes can be changed only on the device they were cast from.');
    expect(buttonNamed(el, 'Change vote')).to.equal(undefined);
  });
});
