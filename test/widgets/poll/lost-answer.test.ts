import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError } from '../../../src/core/errors.js';
import { buttonNamed, deepQuery, fieldLabelled, nextEvent, waitFor } from '../../support.js';
import { choice, composerOf, pollEl, quiet, textOf } from './helpers.js';

/*
 * Answers lost on the way back (the backend stored the call, the page saw a network error) or cut
 * by a reload: sending again is replayed by the backend, so nothing is stored twice and an
 * anonymous vote's receipt (the only way to change it) is recovered.
 */

describe('<chorus-poll> lost answers', () => {
  beforeEach(() => sessionStorage.clear());

  it('creates the poll once when "Create poll" is pressed again after its answer was lost', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const create = adapter.polls.createPoll.bind(adapter.polls);
    const stored: string[] = [];
    // The backend stores the first call, but its answer never reaches the page.
    adapter.polls.createPoll = async (draft, options) => {
      const poll = await create(draft, options);
      stored.push(poll.id);
      if (stored.length === 1) throw new NetworkError();
      return poll;
    };
    const el = await pollEl(adapter);
    const composer = await waitFor(() => composerOf(el));
    fieldLabelled<HTMLTextAreaElement>(composer, 'Question')!.focus();
    await sendKeys({ type: 'Where shall we hold the summer party?' });
    fieldLabelled(composer, 'Option 1')!.focus();
    await sendKeys({ type: 'Park' });
    fieldLabelled(composer, 'Option 2')!.focus();
    await sendKeys({ type: 'Roof' });
    buttonNamed(composer, 'Create poll')!.click();
    await waitFor(() => composer.error, 'the failure is shown');

    const created = nextEvent(el, 'chorus-poll-created');
    buttonNamed(composer, 'Create poll')!.click();
    await created;
    expect(new Set(stored).size).to.equal(1);
  });

  const ballot = () => JSON.parse(localStorage.getItem('chorus:poll-ballot:v1:poll-enps:p-01') ?? 'null') as { receipt: string | null } | null;

  it('recovers the receipt of an anonymous vote whose answer was lost, when the user votes again', async () => {
    const adapter = quiet();
    const vote = adapter.polls.vote.bind(adapter.polls);
    let calls = 0;
    adapter.polls.vote = async (...args) => {
      const result = await vote(...args);
      if (++calls === 1) throw new NetworkError();
      return result;
    };
    const el = await pollEl(adapter, 'poll-enps');
    choice(el, '6').click();
    buttonNamed(el, 'Vote')!.click();
    const error = await waitFor(() => deepQuery(el, '.vote-error'), 'the failure is shown');
    expect(error.textContent).not.to.include('wasn’t counted');
    expect(error.textContent).to.include('Vote again');

    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    await voted;
    expect(ballot()?.receipt).to.match(/^[\w-]{32}$/);
    await waitFor(() => buttonNamed(el, 'Change vote'), 'the vote can still be changed');
    adapter.setCurrentUser('p-34');
    expect((await adapter.polls.getPoll('poll-enps')).results!.totalVotes).to.equal(20);
  });

  it('recovers the receipt of an anonymous vote when the page reloads before its answer came', async () => {
    const adapter = quiet();
    const vote = adapter.polls.vote.bind(adapter.polls);
    let reached = false;
    adapter.polls.vote = (...args) => vote(...args).then(() => ((reached = true), new Promise<never>(() => {})));
    const first = await pollEl(adapter, 'poll-enps');
    choice(first, '6').click();
    buttonNamed(first, 'Vote')!.click();
    await waitFor(() => reached, 'counted by the backend');
    first.remove();

    adapter.polls.vote = vote;
    const again = await pollEl(adapter, 'poll-enps');
    await waitFor(() => buttonNamed(again, 'Change vote'), 'the vote can still be changed');
    expect(ballot()?.receipt).to.match(/^[\w-]{32}$/);
    expect(textOf(again)).not.to.include('can be changed only on the device');
  });
});
