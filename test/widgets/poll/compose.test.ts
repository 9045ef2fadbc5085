import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nextEvent, waitFor, withBlockedSessionStorage } from '../../support.js';
import { ValidationError } from '../../../src/core/errors.js';
import { choice, composerOf, liveRegion, pollEl, quiet, rows, textOf, withPolls } from './helpers.js';

async function type(field: HTMLElement | undefined, text: string): Promise<void> {
  if (!field) throw new Error('No such field');
  field.focus();
  await sendKeys({ type: text });
}

describe('<chorus-poll> authoring', () => {
  it('creates a poll, once and reported as created, where sessionStorage throws', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const el = await pollEl(adapter);
    const composer = await waitFor(() => composerOf(el));
    const restore = withBlockedSessionStorage();
    try {
      await type(fieldLabelled<HTMLTextAreaElement>(composer, 'Question'), 'Which room for the offsite?');
      await type(fieldLabelled(composer, 'Option 1'), 'Lisbon');
      await type(fieldLabelled(composer, 'Option 2'), 'Porto');
      const created = nextEvent(el, 'chorus-poll-created');
      buttonNamed(composer, 'Create poll')!.click();
      const { poll } = await created;
      await waitFor(() => textOf(el).includes('Which room for the offsite?'), 'the new poll shown');
      expect(textOf(el)).not.to.include('wasn’t created');
      expect((await adapter.polls.getPoll(poll.id)).question).to.equal('Which room for the offsite?');
    } finally {
      restore();
    }
  });

  it('offers a poll author the composer when no poll is set, creates the poll and shows it', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const el = await pollEl(adapter);
    const composer = await waitFor(() => composerOf(el));
    expect(textOf(composer)).to.include('Create a poll');
    await type(fieldLabelled<HTMLTextAreaElement>(composer, 'Question'), 'Which snacks for the hack day?');
    await type(fieldLabelled(composer, 'Option 1'), 'Fruit');
    await type(fieldLabelled(composer, 'Option 2'), 'Crisps');
    buttonNamed(composer, 'Add an option')!.click();
    await waitFor(() => fieldLabelled(composer, 'Option 3'));
    expect(composer.shadowRoot!.activeElement).to.equal(fieldLabelled(composer, 'Option 3'));
    await sendKeys({ type: 'Chocolate' });
    fieldLabelled<HTMLInputElement>(composer, 'Multiple choice')!.click();
    const max = await waitFor(() => fieldLabelled<HTMLInputElement>(composer, 'Choices per person'));
    max.value = '2';
    max.dispatchEvent(new Event('input'));
    fieldLabelled<HTMLInputElement>(composer, 'Anonymous')!.click();
    const visibility = fieldLabelled<HTMLSelectElement>(composer, 'Who sees the results')!;
    visibility.value = 'after-vote';
    visibility.dispatchEvent(new Event('change'));

    const create = nextEvent(el, 'chorus-poll-create');
    const created = nextEvent(el, 'chorus-poll-created');
    buttonNamed(composer, 'Create poll')!.click();
    expect((await create).draft).to.deep.include({
      question: 'Which snacks for the hack day?',
      kind: 'multiple',
      options: ['Fruit', 'Crisps', 'Chocolate'],
      maxChoices: 2,
      anonymous: true,
      resultsVisibility: 'after-vote',
      allowChangeVote: true,
      closesAt: null,
    });
    const { poll } = await created;
    expect(el.pollId).to.equal(poll.id);
    expect(el.getAttribute('poll-id')).to.equal(poll.id);
    await waitFor(() => deepQuery(el, 'legend')?.textContent?.includes('Which snacks for the hack day?'));
    expect(fieldLabelled<HTMLTextAreaElement>(el, 'Snippet for your page')!.value).to.equal(`<chorus-poll poll-id="${poll.id}"></chorus-poll>`);
    expect(textOf(el)).to.include('Anonymous: no one can see who voted what.');
    await waitFor(() => liveRegion(el).includes('Poll created.'));
    expect(composerOf(el)).to.equal(undefined);
    expect((await adapter.polls.getPoll(poll.id)).options.map((o) => o.label)).to.deep.equal(['Fruit', 'Crisps', 'Chocolate']);
  });

  it('checks the draft before sending, keeps everything typed, and points to the first problem', async () => {
    const el = await pollEl(quiet({ userId: 'p-32' }));
    const composer = await waitFor(() => composerOf(el));
    await type(fieldLabelled(composer, 'Option 1'), 'Yes');
    await type(fieldLabelled(composer, 'Option 2'), ' yes');
    let sent = false;
    el.addEventListener('chorus-poll-create', () => (sent = true));
    buttonNamed(composer, 'Create poll')!.click();
    await waitFor(() => textOf(composer).includes('Write the question.'));
    expect(textOf(composer)).to.include('This option is the same as another one.');
    expect(sent).to.equal(false);
    expect(composer.shadowRoot!.activeElement).to.equal(fieldLabelled(composer, 'Question'));
    expect(fieldLabelled(composer, 'Question')!.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldLabelled<HTMLInputElement>(composer, 'Option 2')!.value).to.equal(' yes');

    const closes = fieldLabelled<HTMLInputElement>(composer, 'Closes at')!;
    closes.value = '2020-01-01T09:00';
    closes.dispatchEvent(new Event('input'));
    buttonNamed(composer, 'Create poll')!.click();
    await waitFor(() => textOf(composer).includes('Pick a time in the future.'));
  });

  it('shows the backend’s refusal next to its field, a failure, and the veto of the page', async () => {
    const base = quiet({ userId: 'p-06' });
    let refuse = true;
    const create = base.polls.createPoll.bind(base.polls);
    const adapter = withPolls(base, {
      createPoll: (draft, options) =>
        refuse
          ? Promise.reject(new ValidationError([{ field: 'options.1', code: 'duplicate', message: 'Each option must be different.' }]))
          : create(draft, options),
    });
    const el = await pollEl(adapter);
    const composer = await waitFor(() => composerOf(el));
    await type(fieldLabelled(composer, 'Question'), 'Lunch?');
    await type(fieldLabelled(composer, 'Option 1'), 'A');
    await type(fieldLabelled(composer, 'Option 2'), 'B');
    buttonNamed(composer, 'Create poll')!.click();
    await waitFor(() => textOf(composer).includes('This option is the same as another one.'));
    expect(fieldLabelled(composer, 'Option 2')!.getAttribute('aria-invalid')).to.equal('true');
    expect(composer.shadowRoot!.activeElement).to.equal(fieldLabelled(composer, 'Option 2'));
    refuse = false;
    el.addEventListener('chorus-poll-create', (e) => e.preventDefault(), { once: true });
    buttonNamed(composer, 'Create poll')!.click();
    await waitFor(() => textOf(composer).includes('Creating the poll was stopped by this page.'));
    base.failureRate = 1;
    const failed = nextEvent(el, 'chorus-error');
    buttonNamed(composer, 'Create poll')!.click();
    expect((await failed).operation).to.equal('createPoll');
    await waitFor(() => textOf(composer).includes('The poll wasn’t created. Everything you wrote is still here.'));
    expect(fieldLabelled<HTMLTextAreaElement>(composer, 'Question')!.value).to.equal('Lunch?');
  });

  it('shows no composer to people who may not create polls', async () => {
    const el = await pollEl(quiet());
    expect(textOf(el)).to.include('No poll has been chosen for this spot yet.');
    expect(composerOf(el)).to.equal(undefined);
    const withPoll = await pollEl(quiet(), 'poll-lunch', { composer: true });
    expect(buttonNamed(withPoll, 'Create a new poll')).to.equal(undefined);
  });

  it('offers authors a new poll below the one shown with the composer attribute', async () => {
    const el = await pollEl(quiet({ userId: 'p-11' }), 'poll-closed', { composer: true });
    const toggle = buttonNamed(el, 'Create a new poll')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitFor(() => composerOf(el));
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<chorus-poll> managing', () => {
  it('lets the author approve a pending written answer', async () => {
    const adapter = quiet({ userId: 'p-34' });
    const el = await pollEl(adapter, 'poll-offsite');
    // Managers see results whether or not they voted.
    buttonNamed(el, 'See results')?.click();
    await waitFor(() => rows(el).length > 0);
    const pending = rows(el).find((r) => r.startsWith('Karaoke night'))!;
    expect(pending).to.include('Awaiting approval');
    const approve = buttonNamed(el, 'Approve “Karaoke night”')!;
    approve.click();
    await waitFor(
      () =>
        !rows(el)
          .find((r) => r.startsWith('Karaoke night'))!
          .includes('Awaiting approval'),
    );
    await waitFor(() => liveRegion(el) === '“Karaoke night” is now shown to everyone.');
    expect(buttonNamed(el, 'Approve')).to.equal(undefined);
    adapter.setCurrentUser('p-01');
    const { poll } = await adapter.polls.vote('poll-offsite', { optionIds: ['offsite-hike'], writeIn: null, score: null }, { idempotencyKey: 'x' });
    expect(poll.results!.writeIns.map((w) => w.text)).to.include('Karaoke night');
  });

  it('lets the author reject a pending written answer: gone from the results, its vote still counted', async () => {
    const adapter = quiet({ userId: 'p-34' });
    const el = await pollEl(adapter, 'poll-offsite');
    buttonNamed(el, 'See results')?.click();
    await waitFor(() => rows(el).some((r) => r.startsWith('Karaoke night')));
    const votersBefore = (await adapter.polls.getPoll('poll-offsite')).results!.totalVotes;
    buttonNamed(el, 'Reject “Karaoke night”')!.click();
    await waitFor(() => !rows(el).some((r) => r.startsWith('Karaoke night')), `rows: ${rows(el).join(' | ')}`);
    await waitFor(() => liveRegion(el) === '“Karaoke night” is no longer shown in the results.');
    expect(buttonNamed(el, 'Approve “Karaoke night”')).to.equal(undefined);
    const after = (await adapter.polls.getPoll('poll-offsite')).results!;
    expect(after.writeIns.map((w) => w.text)).not.to.include('Karaoke night');
    expect(after.totalVotes).to.equal(votersBefore);
  });

  it('lets a manager close the poll after confirming', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const el = await pollEl(adapter, 'poll-lunch');
    buttonNamed(el, 'Close poll')!.click();
    await waitFor(() => textOf(el).includes('Close this poll now? Voting stops for everyone.'));
    buttonNamed(el, 'Cancel')!.click();
    await waitFor(() => !textOf(el).includes('Close this poll now?'));
    buttonNamed(el, 'Close poll')!.click();
    await waitFor(() => deepQuery(el, '.confirm .danger'));
    deepQuery<HTMLButtonElement>(el, '.confirm .danger')!.click();
    await waitFor(() => el.matches(':state(closed)'));
    expect(textOf(el)).to.include('The poll is closed.');
    expect(buttonNamed(el, 'Close poll')).to.equal(undefined);
    expect((await adapter.polls.getPoll('poll-lunch')).status).to.equal('closed');
  });

  it('gives voters no manager actions', async () => {
    const el = await pollEl(quiet(), 'poll-offsite');
    expect(buttonNamed(el, 'Close poll')).to.equal(undefined);
    choice(el, 'Cooking class').click();
    buttonNamed(el, 'Vote')!.click();
    await waitFor(() => rows(el).length > 0);
    expect(deepQueryAll(el, 'button.decide')).to.have.length(0);
    expect(textOf(el)).not.to.include('Karaoke');
  });
});
