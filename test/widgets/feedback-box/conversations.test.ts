import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { keptTokens } from '../../../src/widgets/feedback-box/token-store.js';
import { nextEvent } from '../../support.js';
import {
  answerAs,
  boxEl,
  buttonNamed,
  closeAs,
  deepQuery,
  deepQueryAll,
  fieldLabelled,
  fill,
  liveRegion,
  nameOf,
  quiet,
  sendDirect,
  sentAndKept,
  tab,
  textOf,
  typeInto,
  waitFor,
} from './helpers.js';

const rows = (el: Element) => deepQueryAll(el, '.conversation').map((r) => textOf(r));
const messages = (el: Element) => deepQueryAll(el, '.message').map((m) => textOf(m));

describe('<chorus-feedback-box> conversations', () => {
  it('lists the conversations kept on this device with topic, status, activity, answers and an unread mark', async () => {
    const adapter = quiet();
    const first = await sentAndKept(adapter, { categoryId: 'workplace' });
    const second = await sentAndKept(adapter, { categoryId: 'ideas', message: 'Could we try a four-day week in August?' });
    await answerAs(adapter, second.thread.id, 'We are looking into it with the leadership team.');
    const el = await boxEl(adapter, { view: 'conversations' });
    await waitFor(() => rows(el).length === 2 && !textOf(el).includes('Loading'), textOf(el));
    const [ideas, workplace] = rows(el);
    expect(ideas).to.include('Ideas');
    expect(ideas).to.include('New answer');
    expect(ideas).to.include('Answered');
    expect(ideas).to.include('1 answer');
    expect(ideas).to.match(/Last activity (now|\d+ seconds? ago)/);
    expect(workplace).to.include('Workplace and tools');
    expect(workplace).to.include('Open');
    expect(workplace).to.include('No answers yet');
    expect(workplace).not.to.include('New answer');
    // The list never shows a token again, nor the message.
    expect(textOf(el)).not.to.include(first.replyToken);
    expect(textOf(el)).not.to.include('coffee machine');
    expect(nameOf(deepQuery(el, '[role="tab"][aria-selected="true"]')!)).to.equal('Your conversations 1 new answer');
    expect(el.matches(':state(unread)')).to.equal(true);

    // Opening it marks the answer seen.
    buttonNamed(el, 'Ideas')!.click();
    await waitFor(() => messages(el).length === 2);
    expect(messages(el)[0]).to.include('You (anonymous)');
    expect(messages(el)[0]).to.include('Could we try a four-day week in August?');
    expect(messages(el)[1]).to.include('Nadia Haddad');
    expect(messages(el)[1]).to.include('We are looking into it with the leadership team.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('thread-title');
    buttonNamed(el, 'All conversations')!.click();
    await waitFor(() => rows(el).length === 2 && !rows(el)[0]!.includes('New answer'));
    expect(keptTokens().find((k) => k.token === second.replyToken)!.seenAnswers).to.equal(1);
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('open-thread'));
    expect(el.matches(':state(unread)')).to.equal(false);
  });

  it('says when there are no conversations yet', async () => {
    const el = await boxEl(quiet(), { view: 'conversations' });
    await waitFor(() => textOf(el).includes('No conversations on this device yet.'));
  });

  it('opens a conversation from a pasted token, and can keep it on this device', async () => {
    const adapter = quiet();
    const receipt = await sendDirect(adapter, { categoryId: 'culture', message: 'Written on my other laptop, opened here.' });
    const el = await boxEl(adapter, { view: 'conversations' });
    const field = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Reply token'));
    await typeInto(field, `  ${receipt.replyToken} `);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => messages(el).length === 1);
    expect(messages(el)[0]).to.include('Written on my other laptop, opened here.');
    expect(deepQuery(el, '#thread-title')!.textContent).to.equal('Culture and wellbeing');
    expect(keptTokens()).to.deep.equal([]);
    buttonNamed(el, 'Keep on this device')!.click();
    await waitFor(() => keptTokens().length === 1);
    expect(keptTokens()[0]!.categoryId).to.equal('culture');
    await waitFor(() => !buttonNamed(el, 'Keep on this device'));
    await waitFor(() => liveRegion(el) === 'Kept on this device.');
  });

  it('says clearly when a pasted token opens nothing, and keeps what was pasted', async () => {
    const adapter = quiet();
    const el = await boxEl(adapter, { view: 'conversations' });
    const field = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Reply token'));
    buttonNamed(el, 'Open')!.click();
    await waitFor(() => deepQuery(el, '#paste-error')?.textContent === 'Paste your reply token first.');

    const wrong = 'A'.repeat(32);
    await typeInto(field, wrong);
    const error = nextEvent(el, 'chorus-error');
    buttonNamed(el, 'Open')!.click();
    expect((await error).error.kind).to.equal('not-found');
    await waitFor(() => deepQuery(el, '#paste-error')?.textContent === 'No conversation matches this reply token. Check that you copied all of it.');
    expect(field.value).to.equal(wrong);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('paste-error');
    expect(el.shadowRoot!.activeElement).to.equal(field);

    fill(field, 'not a token at all');
    await waitFor(() => !deepQuery(el, '#paste-error'));
    buttonNamed(el, 'Open')!.click();
    await waitFor(() => deepQuery(el, '#paste-error'));
    expect(field.value).to.equal('not a token at all');
  });

  it('replies anonymously in the thread; the draft survives a reload and the reply is stored once', async () => {
    const adapter = quiet();
    const receipt = await sentAndKept(adapter, { categoryId: 'process' });
    await answerAs(adapter, receipt.thread.id, 'Which meetings do you mean?');
    const el = await boxEl(adapter, { view: 'conversations', draftKey: 'replies' });
    (await waitFor(() => buttonNamed(el, 'Processes'))).click();
    const reply = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(el, 'Your reply (still anonymous)'));
    await typeInto(reply, 'The Monday status');
    await waitFor(() => textOf(el).includes('983 characters left'));
    el.remove();

    const again = await boxEl(adapter, { view: 'conversations', draftKey: 'replies' });
    (await waitFor(() => buttonNamed(again, 'Processes'))).click();
    const field = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(again, 'Your reply (still anonymous)'));
    expect(field.value).to.equal('The Monday status');
    await typeInto(field, ' meeting, mostly.');

    adapter.failureRate = 1;
    buttonNamed(again, 'Send reply')!.click();
    await waitFor(() => deepQuery(again, '#reply-error')?.textContent?.includes('Your reply wasn’t sent.'));
    expect(field.value).to.equal('The Monday status meeting, mostly.');
    adapter.failureRate = 0;
    const replied = nextEvent(again, 'chorus-feedback-replied');
    buttonNamed(again, 'Send reply')!.click();
    expect(Object.keys(await replied)).to.deep.equal(['isTrusted']);
    await waitFor(() => messages(again).length === 3);
    expect(messages(again)[2]).to.include('You (anonymous)');
    expect(messages(again)[2]).to.include('The Monday status meeting, mostly.');
    expect(field.value).to.equal('');
    await waitFor(() => liveRegion(again) === 'Your reply was sent anonymously.');
    const thread = await adapter.feedback.getFeedbackThread(receipt.replyToken);
    expect(thread.messages.map((m) => m.from)).to.deep.equal(['sender', 'recipient', 'sender']);
    expect(thread.status).to.equal('open');
  });

  it('explains a closed conversation and offers no reply', async () => {
    const adapter = quiet();
    const receipt = await sentAndKept(adapter, { categoryId: 'leadership', message: 'Please share the reasons behind the reorg.' });
    await answerAs(adapter, receipt.thread.id, 'They are on the intranet now. Closing this one.');
    await closeAs(adapter, receipt.thread.id);
    const el = await boxEl(adapter, { view: 'conversations' });
    await waitFor(() => rows(el)[0]?.includes('Closed'));
    buttonNamed(el, 'Leadership')!.click();
    await waitFor(() => deepQuery(el, '.closed-note'));
    expect(textOf(el)).to.include('This conversation is closed, so no more replies can be sent.');
    const field = fieldLabelled<HTMLTextAreaElement>(el, 'Your reply (still anonymous)')!;
    expect(field.disabled).to.equal(true);
    expect(field.getAttribute('aria-describedby')).to.include('closed-note');
    expect(buttonNamed(el, 'Send reply')!.disabled).to.equal(true);
  });

  it('says a reply was refused when the thread was closed in the meantime, and keeps it', async () => {
    const adapter = quiet();
    const receipt = await sentAndKept(adapter);
    const el = await boxEl(adapter, { view: 'conversations' });
    (await waitFor(() => buttonNamed(el, 'Workplace and tools'))).click();
    const field = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(el, 'Your reply (still anonymous)'));
    await typeInto(field, 'One more thing.');
    await closeAs(adapter, receipt.thread.id);
    buttonNamed(el, 'Send reply')!.click();
    await waitFor(() => deepQuery(el, '#reply-error')?.textContent?.includes('closed in the meantime'));
    await waitFor(() => deepQuery(el, '.closed-note'));
    expect(field.value).to.equal('One more thing.');
  });

  it('forgets a conversation after confirming, and shows one whose thread is gone', async () => {
    const adapter = quiet();
    await sentAndKept(adapter, { categoryId: 'ideas' });
    const other = quiet();
    // A token from another backend: it opens nothing here.
    const stale = await sentAndKept(other, { categoryId: 'culture' });
    const el = await boxEl(adapter, { view: 'conversations' });
    await waitFor(() => rows(el).some((r) => r.includes('This conversation is no longer available.')), textOf(el));

    const forget = buttonNamed(el, 'Forget the conversation about Culture and wellbeing')!;
    forget.click();
    await waitFor(() => deepQuery(el, '.forget-confirm'));
    expect(forget.getAttribute('aria-expanded')).to.equal('true');
    await waitFor(() => el.shadowRoot!.activeElement === buttonNamed(el, 'Cancel'));
    buttonNamed(el, 'Cancel')!.click();
    await waitFor(() => !deepQuery(el, '.forget-confirm'));
    expect(keptTokens()).to.have.length(2);

    forget.click();
    const confirm = await waitFor(() => deepQuery(el, '.forget-confirm'));
    deepQuery<HTMLButtonElement>(confirm, '.danger')!.click();
    await waitFor(() => rows(el).length === 1);
    expect(keptTokens().map((k) => k.token)).not.to.include(stale.replyToken);
    await waitFor(() => liveRegion(el) === 'Forgotten on this device.');
  });

  it('opens the conversation from the "Sent" view', async () => {
    const adapter = quiet();
    const el = await boxEl(adapter);
    deepQuery<HTMLInputElement>(el, 'input[name="category"]')!.click();
    fill(deepQuery<HTMLTextAreaElement>(el, '#message')!, 'Opened straight after sending.');
    buttonNamed(el, 'Send anonymously')!.click();
    (await waitFor(() => buttonNamed(el, 'Open conversation'))).click();
    await waitFor(() => messages(el).length === 1);
    expect(nameOf(deepQuery(el, '[role="tab"][aria-selected="true"]')!)).to.equal('Your conversations');
    expect(messages(el)[0]).to.include('Opened straight after sending.');
    expect(fieldLabelled(el, 'Your reply token')).to.equal(undefined);
    tab(el, 'Send feedback').click();
    await waitFor(() => deepQuery(el, '#message'));
    expect(textOf(el)).not.to.include('Your reply token');
  });
});
