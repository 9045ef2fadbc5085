import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError } from '../../../src/core/errors.js';
import type { ChorusPollComposer } from '../../../src/widgets/poll/composer.element.js';
import { buttonNamed, deepQuery, fieldLabelled, nextEvent, waitFor } from '../../support.js';
import { pollEl, quiet } from './helpers.js';

/* A poll created while its answer was lost: pressing "Create poll" again creates it once. */

const composerOf = (el: Element) => deepQuery<ChorusPollComposer>(el, 'chorus-poll-composer');

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
});
