import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { buttonNamed, fieldLabelled, nextEvent, waitFor } from '../../support.js';
import { composerOf, pollEl, quiet, textOf } from './helpers.js';

/* A poll author schedules a poll ("Opens at") and gets a ready-made snippet to paste into another page. */

async function type(field: HTMLElement | undefined, text: string): Promise<void> {
  if (!field) throw new Error('No such field');
  field.focus();
  await sendKeys({ type: text });
}

function setLocal(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** A datetime-local value `days` from now at 09:00 local time. */
function localDay(days: number, hour = 9): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

async function fillBasics(composer: Element, question: string): Promise<void> {
  await type(fieldLabelled<HTMLTextAreaElement>(composer, 'Question'), question);
  await type(fieldLabelled(composer, 'Option 1'), 'Lisbon');
  await type(fieldLabelled(composer, 'Option 2'), 'Porto');
}

describe('<chorus-poll> scheduling and placing a new poll', () => {
  it('schedules a poll with "Opens at": the draft carries the time and the poll waits for it', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const el = await pollEl(adapter);
    const composer = await waitFor(() => composerOf(el));
    await fillBasics(composer, 'Where should the offsite be?');
    const opens = localDay(2);
    setLocal(fieldLabelled<HTMLInputElement>(composer, 'Opens at')!, opens);
    const create = nextEvent(el, 'chorus-poll-create');
    const created = nextEvent(el, 'chorus-poll-created');
    buttonNamed(composer, 'Create poll')!.click();
    expect((await create).draft.opensAt).to.equal(new Date(opens).toISOString());
    const { poll } = await created;
    expect(poll.opensAt).to.equal(new Date(opens).toISOString());
    expect((await adapter.polls.getPoll(poll.id)).status).to.equal('scheduled');
  });

  it('refuses a deadline before the opening, naming the opening', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const el = await pollEl(adapter);
    const composer = await waitFor(() => composerOf(el));
    await fillBasics(composer, 'Which day for the summer party?');
    setLocal(fieldLabelled<HTMLInputElement>(composer, 'Opens at')!, localDay(3));
    setLocal(fieldLabelled<HTMLInputElement>(composer, 'Closes at')!, localDay(2));
    buttonNamed(composer, 'Create poll')!.click();
    await waitFor(() => textOf(composer).includes('Pick a time after the poll opens.'), textOf(composer));
  });

  it('offers the snippet to copy, and says so and leaves it selected when copying is not allowed', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const el = await pollEl(adapter);
    const composer = await waitFor(() => composerOf(el));
    await fillBasics(composer, 'Which city for the offsite?');
    const created = nextEvent(el, 'chorus-poll-created');
    buttonNamed(composer, 'Create poll')!.click();
    const { poll } = await created;
    const snippet = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(el, 'Snippet for your page'));
    expect(snippet.value).to.equal(`<chorus-poll poll-id="${poll.id}"></chorus-poll>`);

    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    const exec = document.execCommand;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
    try {
      buttonNamed(el, 'Copy snippet')!.click();
      await waitFor(() => textOf(el).includes('Couldn’t copy. The snippet is selected'), textOf(el));
      expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      document.execCommand = exec;
    }

    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      buttonNamed(el, 'Copy snippet')!.click();
      await waitFor(() => buttonNamed(el, 'Copied'), textOf(el));
      expect(copied).to.equal(snippet.value);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
