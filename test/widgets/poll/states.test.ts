import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusPoll } from '../../../src/widgets/poll/poll.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ConflictError, NetworkError, ValidationError } from '../../../src/core/errors.js';
import { buttonNamed, deepQuery, deepQueryAll, nextEvent, waitFor } from '../../support.js';
import { choice, liveRegion, NOW, pollEl, quiet, rows, textOf, withPolls } from './helpers.js';

const DAY = 86_400_000;
const checkedLabels = (el: Element) => deepQueryAll<HTMLInputElement>(el, 'fieldset input:checked').map((i) => i.closest('label')!.textContent!.trim());

describe('<chorus-poll> states', () => {
  it('shows a poll that is not open yet: when it opens, the options, no way to vote', async () => {
    const el = await pollEl(quiet(), 'poll-upcoming');
    const time = deepQuery(el, '.meta time')!;
    expect(time.textContent).to.match(/^Opens on Thursday, June 5 at \d/);
    expect(time.getAttribute('datetime')).to.equal(new Date(NOW + 3 * DAY).toISOString());
    expect(deepQuery<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(true);
    expect(choice(el, 'Masquerade').matches(':disabled')).to.equal(true);
    expect(buttonNamed(el, 'Vote')).to.equal(undefined);
    expect(textOf(el)).to.include('Voting starts when the poll opens.');
  });

  it('shows a closed poll with its results and closing date', async () => {
    const el = await pollEl(quiet(), 'poll-closed');
    expect(el.matches(':state(closed)')).to.equal(true);
    expect(el.matches(':state(voted)')).to.equal(true);
    expect(deepQuery(el, '.meta time')!.textContent).to.equal('Closed on May 30, 2025');
    expect(deepQuery(el, 'fieldset')).to.equal(undefined);
    expect(deepQuery(el, 'h2.question')!.textContent).to.include('all-hands');
  });

  it('updates the results when someone votes in another tab, and says so politely', async () => {
    const storageKey = `chorus:test:${crypto.randomUUID()}`;
    const mine = new MemoryAdapter({ storageKey, latency: 0, userId: 'p-01', now: () => NOW });
    const other = new MemoryAdapter({ storageKey, latency: 0, userId: 'p-09', now: () => NOW });
    try {
      const el = await pollEl(mine, 'poll-lunch');
      buttonNamed(el, 'See results')!.click();
      await waitFor(() => rows(el).length === 4);
      expect(rows(el)[0]).to.equal('Ramen Taro Leading 40% 6 votes');
      await other.polls.vote('poll-lunch', { optionIds: ['lunch-ramen'], writeIn: null, score: null }, { idempotencyKey: 'other-tab' });
      await waitFor(() => rows(el)[0] === 'Ramen Taro Leading 44% 7 votes', `live results: ${rows(el).join(' / ')}`);
      expect(textOf(el)).to.include('16 people voted');
      await waitFor(() => liveRegion(el) === 'Results updated: 16 votes. Ramen Taro leads with 44%.', liveRegion(el));
      expect(deepQuery(el, '[aria-live="polite"]')!.getAttribute('role')).to.equal('status');
    } finally {
      mine.dispose();
      other.dispose();
      localStorage.removeItem(storageKey);
    }
  });

  it('keeps what the user is choosing when live results arrive, and shows a close from another tab', async () => {
    const storageKey = `chorus:test:${crypto.randomUUID()}`;
    const mine = new MemoryAdapter({ storageKey, latency: 0, now: () => NOW });
    const author = new MemoryAdapter({ storageKey, latency: 0, userId: 'p-06', now: () => NOW });
    try {
      const el = await pollEl(mine, 'poll-lunch');
      choice(el, 'Tacos El Güero').click();
      await author.polls.vote('poll-lunch', { optionIds: ['lunch-bowl'], writeIn: null, score: null }, { idempotencyKey: 'a' });
      await new Promise((r) => setTimeout(r, 100));
      expect(checkedLabels(el)).to.deep.equal(['Tacos El Güero']);
      await author.polls.closePoll('poll-lunch');
      await waitFor(() => el.matches(':state(closed)'));
      await waitFor(() => liveRegion(el) === 'This poll has just closed.');
      expect(rows(el)).to.have.length(4);
    } finally {
      mine.dispose();
      author.dispose();
      localStorage.removeItem(storageKey);
    }
  });

  it('rolls an optimistic vote back when it fails, keeps the choice, and says why', async () => {
    const adapter = quiet();
    const el = await pollEl(adapter, 'poll-lunch');
    choice(el, 'Tacos El Güero').click();
    adapter.latency = 400;
    adapter.failureRate = 1;
    const failed = nextEvent(el, 'chorus-error');
    buttonNamed(el, 'Vote')!.click();
    // At once: the vote shows in the results while it is on its way.
    await waitFor(() => rows(el).length === 4);
    expect(rows(el)[3]).to.equal('Tacos El Güero Your vote 19% 3 votes');
    const { operation, error } = await failed;
    expect(operation).to.equal('vote');
    expect(error).to.be.instanceOf(NetworkError);
    await waitFor(() => deepQuery(el, '.vote-error'));
    expect(deepQuery(el, '.vote-error')!.getAttribute('role')).to.equal('alert');
    expect(textOf(deepQuery(el, '.vote-error')!)).to.equal(
      'We couldn’t confirm your vote. Vote again: it won’t be counted twice. We couldn’t reach the service. Check your connection and try again. Your choices are still selected.',
    );
    expect(checkedLabels(el)).to.deep.equal(['Tacos El Güero']);
    adapter.failureRate = 0;
    expect((await adapter.polls.getPoll('poll-lunch')).voted).to.equal(false);
    // Trying again works, with the same choice.
    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    expect((await voted).vote.optionIds).to.deep.equal(['lunch-tacos']);
  });

  it('says the poll has closed when a vote arrives too late, and keeps the choice', async () => {
    let now = NOW;
    const adapter = quiet({ now: () => now });
    const el = await pollEl(adapter, 'poll-lunch');
    choice(el, 'The Green Bowl').click();
    now = NOW + 3 * DAY;
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => deepQuery(el, '.vote-error'));
    expect(textOf(deepQuery(el, '.vote-error')!)).to.equal('This poll has closed, so your vote wasn’t counted.');
    expect(checkedLabels(el)).to.deep.equal(['The Green Bowl']);
    expect(deepQuery<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(true);
    expect(buttonNamed(el, 'Vote')).to.equal(undefined);
    buttonNamed(el, 'See results')!.click();
    await waitFor(() => rows(el).length === 4);
  });

  it('explains a choice the backend no longer knows, and too many choices, keeping the selection', async () => {
    const base = quiet();
    let refusal = new ValidationError([{ field: 'optionIds', code: 'invalid', message: 'Choose among the poll’s options.' }]);
    const adapter = withPolls(base, { vote: () => Promise.reject(refusal) });
    const el = await pollEl(adapter, 'poll-offsite');
    choice(el, 'Escape room').click();
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => deepQuery(el, '.vote-error'));
    expect(textOf(deepQuery(el, '.vote-error')!)).to.equal('One of your choices is no longer part of this poll. Check your choices and try again.');
    expect(checkedLabels(el)).to.deep.equal(['Escape room']);

    refusal = new ValidationError([{ field: 'optionIds', code: 'too-many', message: 'Choose at most 1.', params: { max: 1 } }]);
    choice(el, 'Cooking class').click();
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => textOf(deepQuery(el, '.vote-error')!).includes('You can choose only one'));
    expect(checkedLabels(el)).to.deep.equal(['Cooking class', 'Escape room']);
  });

  it('says a second vote is refused when the poll does not allow changes', async () => {
    const base = quiet();
    // The lunch poll, as if it took no changes: the vote from another device then stands.
    const get = base.polls.getPoll.bind(base.polls);
    const adapter = withPolls(base, {
      vote: async () => {
        await base.polls.vote('poll-lunch', { optionIds: ['lunch-ramen'], writeIn: null, score: null }, { idempotencyKey: 'elsewhere' });
        throw new ConflictError('You have already voted in this poll.');
      },
      getPoll: async (...args) => ({ ...(await get(...args)), allowChangeVote: false }),
    });
    const el = await pollEl(adapter, 'poll-lunch');
    choice(el, 'The Green Bowl').click();
    buttonNamed(el, 'Vote')!.click();
    // The vote that counted is shown, with the reason this one was refused.
    await waitFor(() => deepQuery(el, '.notice.error'));
    expect(textOf(deepQuery(el, '.notice.error span')!)).to.equal('You’ve already voted in this poll, and it doesn’t allow changing votes.');
    expect(deepQuery(el, '.notice.error')!.getAttribute('role')).to.equal('alert');
    await waitFor(() => rows(el).length === 4);
  });

  it('says when a poll does not exist, and when the backend has no polls', async () => {
    const missing = await pollEl(quiet(), 'poll-nope');
    await waitFor(() => textOf(missing).includes('This poll doesn’t exist or was removed.'));
    const none = await fixture<ChorusPoll>(html`<chorus-poll poll-id="poll-lunch" .adapter=${{}}></chorus-poll>`);
    await waitFor(() => textOf(none).includes('isn’t available on this site’s backend'));
  });

  it('offers a retry when the poll cannot load', async () => {
    const base = quiet();
    let fail = true;
    const get = base.polls.getPoll.bind(base.polls);
    const adapter = withPolls(base, { getPoll: (...args) => (fail ? Promise.reject(new NetworkError()) : get(...args)) });
    const el = await pollEl(adapter, 'poll-lunch');
    await waitFor(() => textOf(el).includes('The poll couldn’t load.'));
    fail = false;
    buttonNamed(el, 'Try again')!.click();
    await waitFor(() => deepQuery(el, 'fieldset'));
  });

  it('shows a load error, not "Loading…" forever, when the backend answers another poll than the one asked for', async () => {
    const base = quiet();
    const get = base.polls.getPoll.bind(base.polls);
    const adapter = withPolls(base, { getPoll: (_id, options) => get('poll-closed', options) });
    const el = await fixture<ChorusPoll>(html`<chorus-poll poll-id="poll-lunch" .now=${() => NOW} .adapter=${adapter}></chorus-poll>`);
    await waitFor(() => textOf(el).includes('The poll couldn’t load.'), textOf(el));
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(textOf(el)).not.to.include('all-hands');
    expect(buttonNamed(el, 'Try again')).not.to.equal(undefined);
  });

  it('switches to another poll when poll-id changes', async () => {
    const el = await pollEl(quiet(), 'poll-lunch');
    el.pollId = 'poll-closed';
    await waitFor(() => textOf(el).includes('all-hands'));
    expect(textOf(el)).not.to.include('lunch');
  });
});
