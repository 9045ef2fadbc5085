import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_FEEDBACK_CONFIG, summarize } from '../../../src/core/feedback.rules.js';
import { nextEvent } from '../../support.js';
import {
  NADIA,
  SENDER,
  boxEl,
  buttonNamed,
  deepQuery,
  deepQueryAll,
  fieldLabelled,
  liveRegion,
  quiet,
  selectedTab,
  sentAndKept,
  tab,
  tabNames,
  textOf,
  typeInto,
  waitFor,
  withFeedback,
} from './helpers.js';

const items = (el: Element) => deepQueryAll(el, '.thread-row').map((r) => textOf(r));
const groups = (el: Element) => deepQueryAll(el, '.group').map((g) => textOf(g));
const messages = (el: Element) => deepQueryAll(el, '.message').map((m) => textOf(m));
const select = async (el: Element, label: string, value: string) => {
  const field = fieldLabelled<HTMLSelectElement>(el, label)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('<chorus-feedback-box> inbox', () => {
  it('shows the inbox tab only to recipients (or when the page asks for it)', async () => {
    const employee = await boxEl(quiet({ userId: SENDER }));
    expect(tabNames(employee)).to.deep.equal(['Send feedback', 'Your conversations']);
    const recipient = await boxEl(quiet({ userId: NADIA }));
    expect(tabNames(recipient)).to.deep.equal(['Send feedback', 'Your conversations', 'Inbox']);
    const admin = await boxEl(quiet({ userId: 'p-32' }));
    expect(tabNames(admin)).to.include('Inbox');

    // Forced by the page: the backend still refuses a non-recipient.
    const forced = await boxEl(quiet({ userId: SENDER }), { view: 'inbox' });
    expect(selectedTab(forced)).to.equal('Inbox');
    await waitFor(() => textOf(forced).includes('Only the people who answer feedback can see the inbox.'));
  });

  it('summarizes per topic and withholds the small groups, as the backend says', async () => {
    const el = await boxEl(quiet({ userId: NADIA }), { view: 'inbox' });
    await waitFor(() => groups(el).length === 5, textOf(el));
    const [workplace, leadership, culture, process, ideas] = groups(el);
    expect(workplace).to.match(/^Workplace and tools \d+ responses Average mood \d\.\d of 5$/);
    expect(culture).to.match(/^Culture and wellbeing \d+ responses/);
    expect(process).to.match(/^Processes \d+ responses/);
    expect(leadership).to.equal('Leadership Fewer than 5 responses — hidden to protect anonymity');
    expect(ideas).to.equal('Ideas Fewer than 5 responses — hidden to protect anonymity');
  });

  it('never computes a summary itself: a group the backend withholds stays hidden even with threads listed', async () => {
    const base = quiet({ userId: NADIA });
    const adapter = withFeedback(base, { getFeedbackSummary: async () => summarize([], { ...DEFAULT_FEEDBACK_CONFIG, minGroupSize: 3 }) });
    const el = await boxEl(adapter, { view: 'inbox' });
    await waitFor(() => groups(el).length === 5 && items(el).length > 0);
    expect(groups(el).every((g) => g.endsWith('Fewer than 3 responses — hidden to protect anonymity'))).to.equal(true);
  });

  it('lists threads newest first with topic, status, the first lines, date and count; loads more', async () => {
    const adapter = quiet({ userId: NADIA });
    const el = await boxEl(adapter, { view: 'inbox' });
    await waitFor(() => items(el).length === 10, textOf(el));
    expect(items(el)[0]).to.include('Workplace and tools');
    expect(items(el)[0]).to.include('Open');
    expect(items(el)[0]).to.include('The meeting rooms on the third floor');
    expect(items(el)[0]).to.match(/1 message$/);
    // No sender identity anywhere: there is none to show.
    expect(textOf(el)).not.to.include('Chloé');

    const all = (await adapter.feedback.listFeedback({ limit: 100 })).items.length;
    const more = buttonNamed(el, 'Load more')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => items(el).length === Math.min(20, all));
    await waitFor(() => liveRegion(el).includes('more conversations loaded'));
    expect(el.shadowRoot!.activeElement?.getAttribute('data-thread-index')).to.equal('10');
    while (buttonNamed(el, 'Load more')) {
      buttonNamed(el, 'Load more')!.click();
      await el.updateComplete;
      await waitFor(() => !buttonNamed(el, 'Loading…'));
    }
    expect(items(el)).to.have.length(all);
    expect(textOf(el)).to.include('That’s everything.');
  });

  it('filters by topic and status, with an empty state that clears the filters', async () => {
    const el = await boxEl(quiet({ userId: NADIA }), { view: 'inbox' });
    await waitFor(() => items(el).length === 10);
    await select(el, 'Topic', 'culture');
    await waitFor(() => items(el).length > 0 && items(el).every((i) => i.startsWith('Culture and wellbeing')), textOf(el));
    await select(el, 'Status', 'closed');
    await waitFor(() => items(el).every((i) => i.startsWith('Culture and wellbeing') && i.includes('Closed')), textOf(el));

    await select(el, 'Topic', 'ideas');
    await select(el, 'Status', 'closed');
    await waitFor(() => textOf(el).includes('No feedback matches these filters.'), textOf(el));
    buttonNamed(el, 'Clear filters')!.click();
    await waitFor(() => items(el).length === 10);
    expect(fieldLabelled<HTMLSelectElement>(el, 'Topic')!.value).to.equal('');
    expect(fieldLabelled<HTMLSelectElement>(el, 'Status')!.value).to.equal('');
  });

  it('says when the inbox is empty', async () => {
    const base = quiet({ userId: NADIA });
    const adapter = withFeedback(base, { listFeedback: async () => ({ items: [], nextCursor: null }) });
    const el = await boxEl(adapter, { view: 'inbox' });
    await waitFor(() => textOf(el).includes('No feedback yet.'));
    expect(buttonNamed(el, 'Clear filters')).to.equal(undefined);
  });

  it('answers a thread; the sender then sees the answer in their conversation', async () => {
    const adapter = quiet({ userId: SENDER });
    await sentAndKept(adapter, { categoryId: 'ideas', message: 'A book club at lunch, once a month?' });
    adapter.setCurrentUser(NADIA);
    const el = await boxEl(adapter, { view: 'inbox' });
    await waitFor(() => items(el).length > 0);
    deepQueryAll<HTMLButtonElement>(el, '.thread-row')
      .find((b) => textOf(b).includes('A book club at lunch'))!
      .click();
    await waitFor(() => messages(el).length === 1);
    expect(messages(el)[0]).to.include('Anonymous colleague');
    expect(textOf(el)).to.include('Signed with your name, Nadia Haddad. The sender stays anonymous.');
    const answer = fieldLabelled<HTMLTextAreaElement>(el, 'Your answer')!;
    await typeInto(answer, 'Yes! The first one is on the 12th.');
    const before = nextEvent(el, 'chorus-feedback-answer');
    const after = nextEvent(el, 'chorus-feedback-answered');
    buttonNamed(el, 'Send answer')!.click();
    expect((await before).message).to.equal('Yes! The first one is on the 12th.');
    expect((await after).thread.status).to.equal('answered');
    await waitFor(() => messages(el).length === 2);
    expect(messages(el)[1]).to.include('Nadia Haddad');
    expect(deepQuery(el, '.thread-meta')!.textContent).to.include('Answered');
    await waitFor(() => liveRegion(el) === 'Your answer was sent.');

    buttonNamed(el, 'Back to the inbox')!.click();
    await waitFor(() => items(el).some((i) => i.includes('A book club at lunch') && i.includes('Answered') && i.includes('2 messages')));

    // The sender, back on their device.
    el.remove();
    adapter.setCurrentUser(SENDER);
    const sender = await boxEl(adapter, { view: 'conversations' });
    await waitFor(() => deepQueryAll(sender, '.conversation').some((r) => textOf(r).includes('New answer')));
    buttonNamed(sender, 'Ideas')!.click();
    await waitFor(() => messages(sender).length === 2);
    expect(messages(sender)[1]).to.include('Yes! The first one is on the 12th.');
  });

  it('closes and reopens a conversation; a closed one takes no answer', async () => {
    const adapter = quiet({ userId: NADIA });
    const el = await boxEl(adapter, { view: 'inbox' });
    await waitFor(() => items(el).length > 0);
    deepQueryAll<HTMLButtonElement>(el, '.thread-row')[0]!.click();
    await waitFor(() => buttonNamed(el, 'Close conversation'));
    const status = nextEvent(el, 'chorus-feedback-status-changed');
    buttonNamed(el, 'Close conversation')!.click();
    expect((await status).thread.status).to.equal('closed');
    await waitFor(() => buttonNamed(el, 'Reopen conversation'));
    expect(textOf(el)).to.include('This conversation is closed. Reopen it to answer.');
    expect(fieldLabelled<HTMLTextAreaElement>(el, 'Your answer')!.disabled).to.equal(true);
    await waitFor(() => el.shadowRoot!.activeElement === buttonNamed(el, 'Reopen conversation'));
    await waitFor(() => liveRegion(el) === 'Conversation closed.');

    buttonNamed(el, 'Reopen conversation')!.click();
    await waitFor(() => buttonNamed(el, 'Close conversation'));
    expect(fieldLabelled<HTMLTextAreaElement>(el, 'Your answer')!.disabled).to.equal(false);
  });

  it('lets the page veto an answer and a status change', async () => {
    const adapter = quiet({ userId: NADIA });
    const el = await boxEl(adapter, { view: 'inbox' });
    await waitFor(() => items(el).length > 0);
    deepQueryAll<HTMLButtonElement>(el, '.thread-row')[0]!.click();
    const answer = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(el, 'Your answer'));
    el.addEventListener('chorus-feedback-answer', (e) => e.preventDefault());
    el.addEventListener('chorus-feedback-status', (e) => e.preventDefault());
    await typeInto(answer, 'Not sent.');
    buttonNamed(el, 'Send answer')!.click();
    await waitFor(() => deepQuery(el, '#reply-error')?.textContent?.includes('stopped by this page'));
    expect(answer.value).to.equal('Not sent.');
    buttonNamed(el, 'Close conversation')!.click();
    await waitFor(() => textOf(el).includes('This page stopped the change.'));
    expect(buttonNamed(el, 'Close conversation')).to.exist;
  });

  it('switches tabs with the arrow keys, Home and End', async () => {
    const el = await boxEl(quiet({ userId: NADIA }));
    tab(el, 'Send feedback').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => selectedTab(el).startsWith('Your conversations'));
    expect(el.shadowRoot!.activeElement).to.equal(tab(el, 'Your conversations'));
    expect(deepQuery(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-conversations');
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => selectedTab(el) === 'Inbox');
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => selectedTab(el) === 'Send feedback');
    await sendKeys({ press: 'End' });
    await waitFor(() => selectedTab(el) === 'Inbox');
    await sendKeys({ press: 'Home' });
    await waitFor(() => selectedTab(el) === 'Send feedback');
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => selectedTab(el) === 'Inbox');
    expect(el.view).to.equal('inbox');
    // Only the selected tab is in the tab order.
    expect(deepQueryAll(el, '[role="tab"]').map((t) => t.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
  });

  it('follows the reading direction with the arrow keys in right-to-left pages', async () => {
    const el = await boxEl(quiet({ userId: NADIA }), { lang: 'ar', dir: 'rtl' });
    expect(deepQuery(el, 'section')!.getAttribute('dir')).to.equal('rtl');
    tab(el, 'Send feedback').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => selectedTab(el).startsWith('Your conversations'));
  });
});
