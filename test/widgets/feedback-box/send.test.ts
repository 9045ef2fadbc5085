import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TOKENS_KEY, keptTokens } from '../../../src/widgets/feedback-box/token-store.js';
import { nextEvent } from '../../support.js';
import type { PeoplePort } from '../../../src/adapter/port.js';
import {
  boxEl,
  sendDirect,
  buttonNamed,
  clickAndWait,
  deepQuery,
  fieldLabelled,
  fill,
  fillValid,
  liveRegion,
  messageField,
  quiet,
  radio,
  selectedTab,
  tab,
  textOf,
  typeInto,
  waitFor,
  inboxThreads,
} from './helpers.js';

describe('<chorus-feedback-box> sending', () => {
  it('explains why it is anonymous, with the details one click away', async () => {
    const el = await boxEl(quiet());
    expect(textOf(el)).to.include('No one, not even the people who read it, can see who sent it.');
    const details = deepQuery<HTMLDetailsElement>(el, 'details')!;
    expect(details.open).to.equal(false);
    deepQuery(el, 'summary')!.click();
    await waitFor(() => details.open);
    const how = textOf(details);
    expect(how).to.include('No cookie, device id or network address');
    expect(how).to.include('rounded to the hour');
    expect(how).to.include('only way back');
  });

  it('sends a topic, a mood and a message; shows the reply token once and keeps it on the device', async () => {
    const adapter = quiet();
    const before = (await inboxThreads(adapter)).length;
    const el = await boxEl(adapter);
    expect(textOf(el)).to.include('Offices, equipment, software, remote work.');
    radio(el, 'Culture and wellbeing').click();
    radio(el, 'Happy').click();
    await typeInto(messageField(el), 'Friday demos are great');
    await waitFor(() => textOf(el).includes('1,978 characters left'), textOf(el));

    const send = nextEvent(el, 'chorus-feedback-send');
    const sent = nextEvent(el, 'chorus-feedback-sent');
    buttonNamed(el, 'Send anonymously')!.click();
    const [sendEvent, sentEvent] = await Promise.all([send, sent]);
    // Nothing in the events: a page logging them next to the user would undo the anonymity.
    expect(Object.keys(sendEvent)).to.deep.equal(['isTrusted']);
    expect(Object.keys(sentEvent)).to.deep.equal(['isTrusted']);

    const token = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Your reply token'));
    expect(token.readOnly).to.equal(true);
    expect(token.value).to.match(/^[\w-]{32}$/);
    expect(textOf(el)).to.include('Thank you — sent anonymously.');
    expect(textOf(el)).to.include('It is shown only this once.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('sent-title');
    await waitFor(() => liveRegion(el).includes('sent anonymously'));
    expect(el.matches(':state(sent)')).to.equal(true);

    const keep = fieldLabelled<HTMLInputElement>(el, 'Keep it on this device')!;
    expect(keep.checked).to.equal(true);
    expect(keptTokens().map((k) => [k.token, k.categoryId])).to.deep.equal([[token.value, 'culture']]);

    const threads = await inboxThreads(adapter);
    expect(threads).to.have.length(before + 1);
    expect(threads[0]!.messages[0]!.message).to.equal('Friday demos are great');
    expect(threads[0]!.score).to.equal(4);

    // Leaving the view: the token is gone from the screen for good.
    tab(el, 'Your conversations').click();
    await waitFor(() => selectedTab(el).startsWith('Your conversations'));
    tab(el, 'Send feedback').click();
    await waitFor(() => messageField(el));
    expect(fieldLabelled(el, 'Your reply token')).to.equal(undefined);
    expect(textOf(el)).not.to.include(token.value);
    expect(messageField(el).value).to.equal('');
  });

  it('does not keep the token when the box is unchecked, and keeps it again when rechecked', async () => {
    const el = await boxEl(quiet());
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    const keep = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Keep it on this device'));
    keep.click();
    await waitFor(() => keptTokens().length === 0);
    expect(localStorage.getItem(TOKENS_KEY)).to.equal(null);
    keep.click();
    await waitFor(() => keptTokens().length === 1);
    keep.click();
    await waitFor(() => keptTokens().length === 0);
    buttonNamed(el, 'Send more feedback')!.click();
    await waitFor(() => messageField(el));
    expect(keptTokens()).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('category');
  });

  it('copies the token with the Copy button and says so', async () => {
    const el = await boxEl(quiet());
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    const token = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Your reply token'));
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      buttonNamed(el, 'Copy')!.click();
      await waitFor(() => buttonNamed(el, 'Copied'));
      expect(copied).to.equal(token.value);
      await waitFor(() => liveRegion(el) === 'Copied');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('falls back to selecting the token when the Clipboard API refuses', async () => {
    const el = await boxEl(quiet());
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    const token = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Your reply token'));
    const clipboard = navigator.clipboard;
    const exec = document.execCommand;
    const commands: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
    });
    document.execCommand = (command: string) => (commands.push(command), true);
    try {
      buttonNamed(el, 'Copy')!.click();
      await waitFor(() => buttonNamed(el, 'Copied'));
      expect(commands).to.deep.equal(['copy']);
      expect(token.selectionStart).to.equal(0);
      expect(token.selectionEnd).to.equal(token.value.length);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      document.execCommand = exec;
    }
  });

  it('shows clear field errors, keeps everything typed, and sends once they are fixed', async () => {
    const adapter = quiet();
    const el = await boxEl(adapter);
    let sends = 0;
    el.addEventListener('chorus-feedback-send', () => sends++);
    radio(el, 'Happy').click();
    await typeInto(messageField(el), 'Too short');
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => deepQuery(el, '#category-error'));
    expect(deepQuery(el, '#category-error')!.textContent).to.equal('Choose a topic.');
    expect(deepQuery(el, '#message-error')!.textContent).to.equal('Write at least 10 characters.');
    expect(messageField(el).getAttribute('aria-invalid')).to.equal('true');
    expect(messageField(el).getAttribute('aria-describedby')).to.include('message-error');
    expect(radio(el, 'Workplace and tools').getAttribute('aria-invalid')).to.equal('true');
    expect(messageField(el).value).to.equal('Too short');
    expect(radio(el, 'Happy').checked).to.equal(true);
    // Focus goes to the first field at fault.
    await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('name') === 'category');
    expect(sends).to.equal(0);

    radio(el, 'Ideas').click();
    await waitFor(() => !deepQuery(el, '#category-error'));
    await typeInto(messageField(el), ' for a message, so here is more.');
    await waitFor(() => !deepQuery(el, '#message-error'));
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
    expect(sends).to.equal(1);
  });

  it('counts graphemes against the maximum and refuses a message over it, keeping it', async () => {
    const el = await boxEl(quiet({ feedbackConfig: { messageMax: 20 } }));
    radio(el, 'Ideas').click();
    await typeInto(messageField(el), '👩🏽‍💻🏳️‍🌈 two emoji');
    await waitFor(() => textOf(el).includes('8 characters left'), textOf(el));
    fill(messageField(el), 'This message is far longer than twenty characters.');
    await waitFor(() => textOf(el).includes('30 characters over the limit'));
    expect(deepQuery(el, '#message-count')!.className).to.include('over');
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => deepQuery(el, '#message-error'));
    expect(deepQuery(el, '#message-error')!.textContent).to.equal('Keep it to 20 characters or fewer.');
    expect(messageField(el).value).to.equal('This message is far longer than twenty characters.');
  });

  it('chooses, changes and clears a mood with the keyboard; the score is optional', async () => {
    const adapter = quiet();
    const el = await boxEl(adapter);
    radio(el, 'Neutral').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    expect(radio(el, 'Happy').checked).to.equal(true);
    buttonNamed(el, 'Clear score')!.click();
    await waitFor(() => !buttonNamed(el, 'Clear score'));
    expect(['Very unhappy', 'Unhappy', 'Neutral', 'Happy', 'Very happy'].map((l) => radio(el, l).checked)).to.deep.equal([false, false, false, false, false]);
    await waitFor(() => liveRegion(el) === 'Score cleared.');
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
    expect((await inboxThreads(adapter))[0]!.score).to.equal(null);
  });

  it('offers eNPS 0–10 when the box asks for it', async () => {
    const adapter = quiet({ feedbackConfig: { scoreKind: 'enps' } });
    const el = await boxEl(adapter);
    expect(textOf(el)).to.include('How likely are you to recommend working here to a friend?');
    expect(textOf(el)).to.include('Extremely likely');
    radio(el, '9').click();
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
    expect((await inboxThreads(adapter))[0]!.score).to.equal(9);
  });

  it('submits with the keyboard: Enter on a topic sends the form', async () => {
    const el = await boxEl(quiet());
    await typeInto(messageField(el), 'Please publish the meeting notes within a day.');
    radio(el, 'Processes').focus();
    await sendKeys({ press: 'Space' });
    const sent = nextEvent(el, 'chorus-feedback-sent');
    await sendKeys({ press: 'Enter' });
    await sent;
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
  });

  it('lets the page veto a send; nothing is stored and the message stays', async () => {
    const adapter = quiet();
    const before = (await inboxThreads(adapter)).length;
    const el = await boxEl(adapter);
    el.addEventListener('chorus-feedback-send', (e) => e.preventDefault());
    await fillValid(el, 'A message the page stops from being sent.');
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => textOf(el).includes('Sending was stopped by this page.'));
    expect(messageField(el).value).to.equal('A message the page stops from being sent.');
    expect(await inboxThreads(adapter)).to.have.length(before);
  });

  it('explains the per-network limit when rate-limited, with the time to wait', async () => {
    const adapter = quiet({ feedbackRateLimit: { max: 1, windowSeconds: 600 } });
    await sendDirect(adapter);
    const el = await boxEl(adapter);
    const error = nextEvent(el, 'chorus-error');
    await fillValid(el, 'Sent once too often from this network.');
    buttonNamed(el, 'Send anonymously')!.click();
    expect((await error).operation).to.equal('sendFeedback');
    const alert = await waitFor(() => deepQuery(el, '.send-error'));
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.match(
      /^To keep this box anonymous we don’t know who sends, so we limit how many messages can come from one network\. Try again in 10 minutes\./,
    );
    expect(messageField(el).value).to.equal('Sent once too often from this network.');
  });
});

describe('<chorus-feedback-box> personal details', () => {
  it('notes an e-mail address, a phone number and the sender’s own name as they type', async () => {
    const el = await boxEl(quiet());
    expect(deepQuery(el, '#details-note')).to.equal(undefined);
    await typeInto(messageField(el), 'Mail me at ana@example.com');
    const note = await waitFor(() => deepQuery(el, '#details-note'));
    expect(textOf(note)).to.include('an e-mail address (ana@example.com)');
    await waitFor(() => liveRegion(el) === 'Your message may identify you. It seems to contain an e-mail address.');
    expect(messageField(el).getAttribute('aria-describedby')).to.include('details-note');
    await typeInto(messageField(el), ' or call +41 79 123 45 67. Chloé');
    await waitFor(() => textOf(deepQuery(el, '#details-note')!).includes('your name (Chloé)'));
    await waitFor(() => liveRegion(el) === 'Your message may identify you. It seems to contain an e-mail address, a phone number, and your name.');
    expect(textOf(deepQuery(el, '#details-note')!)).to.include('a phone number (+41 79 123 45 67)');
    // Gone again once removed.
    fill(messageField(el), 'Nothing personal here at all.');
    await waitFor(() => !deepQuery(el, '#details-note'));
  });

  it('notes a colleague named in full, from names the browser loads once; the message is never sent for it', async () => {
    const base = quiet();
    const calls: string[] = [];
    const people: PeoplePort = {
      searchPeople: (query, options) => (calls.push(`searchPeople ${query}`), base.people.searchPeople(query, options)),
      listTeams: (options) => (calls.push('listTeams'), base.people.listTeams(options)),
      listPeopleNames: (options) => (calls.push('listPeopleNames'), base.people.listPeopleNames!(options)),
    };
    const el = await boxEl({ ...base, feedback: base.feedback, me: base.me, live: base.live, people });
    expect(calls, 'nothing is loaded before the sender types').to.deep.equal([]);
    await typeInto(messageField(el), 'Ask nadia HADDAD about the rota.');
    const note = await waitFor(() => deepQuery(el, '#details-note'));
    expect(textOf(note)).to.include('a colleague’s name (Nadia Haddad)');
    await waitFor(() => liveRegion(el) === 'Your message may identify you. It seems to contain a colleague’s name.');
    // A first name alone, or a name inside a longer word, is not a finding.
    fill(messageField(el), 'Nadia and the Haddadi family');
    await waitFor(() => !deepQuery(el, '#details-note'));
    // The sender's own full name is theirs, not a colleague's.
    fill(messageField(el), 'Chloé Dubois wrote this');
    const own = await waitFor(() => deepQuery(el, '#details-note'));
    expect(textOf(own)).to.include('your name (Chloé Dubois)');
    expect(textOf(own)).not.to.include('colleague');
    expect(calls).to.deep.equal(['listPeopleNames']);
  });

  it('asks once before sending: "Edit message" goes back to the text, "Send anyway" sends', async () => {
    const adapter = quiet();
    const el = await boxEl(adapter);
    await fillValid(el, 'I am Chloé Dubois and I think the new process is unclear.');
    let sends = 0;
    el.addEventListener('chorus-feedback-send', () => sends++);
    buttonNamed(el, 'Send anonymously')!.click();
    const confirm = await waitFor(() => deepQuery(el, '.confirm'));
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(textOf(confirm)).to.include('Whoever reads it may be able to tell it’s from you.');
    await waitFor(() => el.shadowRoot!.activeElement === buttonNamed(el, 'Edit message'));
    expect(sends).to.equal(0);

    buttonNamed(el, 'Edit message')!.click();
    await waitFor(() => !deepQuery(el, '.confirm'));
    expect(el.shadowRoot!.activeElement).to.equal(messageField(el));
    expect(messageField(el).value).to.equal('I am Chloé Dubois and I think the new process is unclear.');

    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => buttonNamed(el, 'Send anyway'));
    buttonNamed(el, 'Send anyway')!.click();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
    expect(sends).to.equal(1);
  });

  it('does not ask again about the same details after "Send anyway" failed', async () => {
    const adapter = quiet();
    const el = await boxEl(adapter);
    await fillValid(el, 'Reach me on 079 123 45 67 to talk about it.');
    adapter.failureRate = 1;
    buttonNamed(el, 'Send anonymously')!.click();
    await clickAndWait(el, 'Send anyway', () => deepQuery(el, '.send-error'));
    adapter.failureRate = 0;
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
  });
});
