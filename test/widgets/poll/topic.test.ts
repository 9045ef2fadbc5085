import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { plainPollDraft } from '../../../src/core/poll.rules.js';
import type { PollDraft } from '../../../src/core/poll.js';
import type { ChorusPoll } from '../../../src/widgets/poll/poll.element.js';
import { buttonNamed, deepQuery, fieldLabelled, nextEvent, waitFor } from '../../support.js';
import { composerOf, NOW, quiet, textOf } from './helpers.js';

/* <chorus-poll topic="…">: placed once, it shows the newest open poll of its topic. */

const HOUR = 3_600_000;
const AUTHOR = 'p-06';

/** An author's adapter on a clock the test moves, so each poll is created at its own time. */
function clocked(): { adapter: MemoryAdapter; at: (t: number) => void } {
  let time = NOW;
  const adapter = quiet({ userId: AUTHOR, now: () => time });
  return { adapter, at: (t) => (time = t) };
}

let keys = 0;
function create(adapter: MemoryAdapter, question: string, overrides: Partial<PollDraft> = {}) {
  return adapter.polls.createPoll(plainPollDraft(question, ['Yes', 'No'], overrides), { idempotencyKey: `topic-test-${++keys}` });
}

async function topicEl(adapter: MemoryAdapter, topic: string, pollId?: string): Promise<ChorusPoll> {
  const el = await fixture<ChorusPoll>(
    html`<chorus-poll topic=${topic} poll-id=${pollId ?? ''} theme="light" .now=${() => NOW} .adapter=${adapter}></chorus-poll>`,
  );
  if (!pollId) el.removeAttribute('poll-id');
  await waitFor(() => !el.matches(':state(loading)') && !deepQuery(el, '.skeleton'), 'poll loaded');
  return el;
}

async function type(field: HTMLElement | undefined, text: string): Promise<void> {
  if (!field) throw new Error('No such field');
  field.focus();
  await sendKeys({ type: text });
}

describe('<chorus-poll topic>', () => {
  it('shows the newest poll of its topic that is open, passing over newer closed, scheduled and other-topic polls', async () => {
    const { adapter, at } = clocked();
    at(NOW - 4 * HOUR);
    await create(adapter, 'Older town hall question?', { topic: 'town-hall' });
    at(NOW - 3 * HOUR);
    await create(adapter, 'Which town hall question first?', { topic: 'town-hall' });
    at(NOW - 2 * HOUR);
    await create(adapter, 'Next week’s town hall question?', { topic: 'town-hall', opensAt: new Date(NOW + 24 * HOUR).toISOString() });
    at(NOW - HOUR);
    const closed = await create(adapter, 'Closed town hall question?', { topic: 'town-hall' });
    await adapter.polls.closePoll(closed.id);
    at(NOW - HOUR / 2);
    await create(adapter, 'Which lunch place?', { topic: 'lunch' });
    at(NOW);
    adapter.setCurrentUser('p-02');

    const el = await topicEl(adapter, 'town-hall');
    expect(deepQuery(el, 'legend')?.textContent).to.include('Which town hall question first?');
    expect(el.hasAttribute('poll-id')).to.equal(false, 'still placed by its topic');
    expect(textOf(el)).not.to.include('No open poll on this topic yet');
  });

  it('says so when no poll of its topic is open, with no composer for a plain employee', async () => {
    const { adapter } = clocked();
    const closed = await create(adapter, 'Closed town hall question?', { topic: 'town-hall' });
    await adapter.polls.closePoll(closed.id);
    await create(adapter, 'Which lunch place?', { topic: 'lunch' });
    adapter.setCurrentUser('p-02');

    const el = await topicEl(adapter, 'town-hall');
    expect(textOf(el)).to.include('No open poll on this topic yet.');
    expect(deepQuery(el, 'legend')).to.equal(undefined);
    expect(buttonNamed(el, 'Create a new poll')).to.equal(undefined);
  });

  it('with a poll-id shows that poll, whatever its topic’s newest', async () => {
    const { adapter, at } = clocked();
    at(NOW - HOUR);
    const chosen = await create(adapter, 'The chosen question?', { topic: 'town-hall' });
    at(NOW);
    await create(adapter, 'The newest question?', { topic: 'town-hall' });
    const el = await topicEl(adapter, 'town-hall', chosen.id);
    expect(deepQuery(el, 'legend')?.textContent).to.include('The chosen question?');
  });

  it('puts the composer’s topic, as stored, in the snippet to copy, and shows the new poll in its place', async () => {
    const { adapter } = clocked();
    const el = await topicEl(adapter, 'town-hall');
    expect(textOf(el)).to.include('No open poll on this topic yet.');
    buttonNamed(el, 'Create a new poll')!.click();
    const composer = await waitFor(() => composerOf(el));
    await type(fieldLabelled<HTMLTextAreaElement>(composer, 'Question'), 'What should the town hall cover?');
    await type(fieldLabelled(composer, 'Option 1'), 'Roadmap');
    await type(fieldLabelled(composer, 'Option 2'), 'Hiring');

    // The composer opened in the topic's place starts with that topic.
    expect(fieldLabelled<HTMLInputElement>(composer, 'Topic')!.value).to.equal('town-hall');
    // A topic no poll can have is refused next to its field, before any round trip.
    fieldLabelled<HTMLInputElement>(composer, 'Topic')!.select();
    await type(fieldLabelled(composer, 'Topic'), 'town hall');
    buttonNamed(composer, 'Create poll')!.click();
    await waitFor(() => textOf(composer).includes('Use letters and digits, words joined by hyphens, such as town-hall.'), 'the topic refused');
    expect(fieldLabelled(composer, 'Topic')!.getAttribute('aria-invalid')).to.equal('true');

    const topic = fieldLabelled<HTMLInputElement>(composer, 'Topic')!;
    topic.select();
    await sendKeys({ type: 'Town-Hall' });
    const create = nextEvent(el, 'chorus-poll-create');
    const created = nextEvent(el, 'chorus-poll-created');
    buttonNamed(composer, 'Create poll')!.click();
    expect((await create).draft.topic).to.equal('Town-Hall');
    const { poll } = await created;
    expect(poll.topic).to.equal('town-hall');
    const snippet = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(el, 'Snippet for your page'));
    expect(snippet.value).to.equal('<chorus-poll topic="town-hall"></chorus-poll>');
    expect(textOf(el)).to.include('Pages with this snippet show the newest open poll of its topic');
    await waitFor(() => deepQuery(el, 'legend')?.textContent?.includes('What should the town hall cover?'), 'the new poll shown');
    expect(el.hasAttribute('poll-id')).to.equal(false, 'still placed by its topic');
    expect(textOf(el)).not.to.include('No open poll on this topic yet');
  });
});
