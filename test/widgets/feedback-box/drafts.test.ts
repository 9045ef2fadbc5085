import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusFeedbackBox } from '../../../src/widgets/feedback-box/feedback-box.element.js';
import { keptTokens } from '../../../src/widgets/feedback-box/token-store.js';
import {
  boxEl,
  buttonNamed,
  deepQuery,
  fieldLabelled,
  fill,
  fillValid,
  messageField,
  quiet,
  radio,
  textOf,
  typeInto,
  waitFor,
  inboxThreads,
} from './helpers.js';

/* The feedback box's draft: kept across reloads and failed sends, and a retried send stored once. */

describe('<chorus-feedback-box> drafts', () => {
  it('keeps the draft across a reload (the element created again)', async () => {
    const adapter = quiet();
    const first = await boxEl(adapter, { draftKey: 'reload' });
    radio(first, 'Leadership').click();
    radio(first, 'Unhappy').click();
    await typeInto(messageField(first), 'Half-written thoughts about the reorg');
    first.remove();

    const again = await boxEl(adapter, { draftKey: 'reload' });
    expect(radio(again, 'Leadership').checked).to.equal(true);
    expect(radio(again, 'Unhappy').checked).to.equal(true);
    expect(messageField(again).value).to.equal('Half-written thoughts about the reorg');
    expect(textOf(again)).to.include('Your unsent draft was restored.');

    // Another box on the page keeps its own draft.
    const other = await boxEl(adapter, { draftKey: 'another' });
    expect(messageField(other).value).to.equal('');
  });

  it('keeps the draft through a failed send and stores the retry once, with the same idempotency key', async () => {
    const adapter = quiet();
    const before = (await inboxThreads(adapter)).length;
    const keys: string[] = [];
    const send = adapter.feedback.sendFeedback.bind(adapter.feedback);
    adapter.feedback.sendFeedback = (draft, options) => (keys.push(options.idempotencyKey), send(draft, options));
    const el = await boxEl(adapter, { draftKey: 'retry' });
    await fillValid(el, 'This one has to survive a flaky network.');
    adapter.failureRate = 1;
    buttonNamed(el, 'Send anonymously')!.click();
    const alert = await waitFor(() => deepQuery(el, '.send-error'));
    expect(alert.textContent).to.include('Your feedback wasn’t sent.');
    expect(alert.textContent).to.include('sending again won’t send it twice');
    await waitFor(() => el.shadowRoot!.activeElement === alert);
    expect(messageField(el).value).to.equal('This one has to survive a flaky network.');

    // Reload between the attempts (the network is back): the draft and its key come back.
    el.remove();
    adapter.failureRate = 0;
    const again = await boxEl(adapter, { draftKey: 'retry' });
    expect(messageField(again).value).to.equal('This one has to survive a flaky network.');
    buttonNamed(again, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(again, 'Your reply token'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    const threads = await inboxThreads(adapter);
    expect(threads).to.have.length(before + 1);
    expect(threads.filter((t) => t.messages[0]!.message === 'This one has to survive a flaky network.')).to.have.length(1);

    // Sent: the draft is gone, and the next feedback gets a new key.
    again.remove();
    const fresh = await boxEl(adapter, { draftKey: 'retry' });
    expect(messageField(fresh).value).to.equal('');
    await fillValid(fresh, 'A second, different piece of feedback.');
    buttonNamed(fresh, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(fresh, 'Your reply token'));
    expect(keys[2]).not.to.equal(keys[0]);
  });

  it('a send retried after a lost answer is stored once (same key, the backend already has it)', async () => {
    const adapter = quiet();
    const before = (await inboxThreads(adapter)).length;
    const send = adapter.feedback.sendFeedback.bind(adapter.feedback);
    let calls = 0;
    // The first call reaches the backend, but its answer is lost on the way back.
    adapter.feedback.sendFeedback = async (draft, options) => {
      const receipt = await send(draft, options);
      if (++calls === 1) throw new TypeError('Failed to fetch');
      return receipt;
    };
    const el = await boxEl(adapter);
    await fillValid(el, 'Stored by the backend even though the answer got lost.');
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => deepQuery(el, '.send-error'));
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
    expect(await inboxThreads(adapter)).to.have.length(before + 1);
  });

  it('after a lost answer and an edit, finds the first version stored: shows its token, keeps it, and leaves the edit unsent in the form', async () => {
    const adapter = quiet();
    const before = (await inboxThreads(adapter)).length;
    const send = adapter.feedback.sendFeedback.bind(adapter.feedback);
    const keys: string[] = [];
    let calls = 0;
    // The first text reaches the backend, but its answer is lost on the way back.
    adapter.feedback.sendFeedback = async (draft, options) => {
      keys.push(options.idempotencyKey);
      const receipt = await send(draft, options);
      if (++calls === 1) throw new TypeError('Failed to fetch');
      return receipt;
    };
    const el = await boxEl(adapter, { draftKey: 'edited' });
    await fillValid(el, 'The first version of what I wanted to say.');
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => deepQuery(el, '.send-error'));
    const edited = 'The first version of what I wanted to say. And a second thought.';
    fill(messageField(el), edited);
    buttonNamed(el, 'Send anonymously')!.click();
    const token = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Your reply token'));
    expect(textOf(deepQuery(el, '#sent-title')!)).to.equal('Your first version had already arrived.');
    expect(textOf(deepQuery(el, '.recovered-note')!)).to.include('Your edited message has not been sent');
    // The token is the first version's, and kept for "Your conversations"; nothing else was stored.
    const first = await adapter.feedback.getFeedbackThread(token.value);
    expect(first.messages[0]!.message).to.equal('The first version of what I wanted to say.');
    expect(keptTokens().map((k) => k.token)).to.include(token.value);
    expect(await inboxThreads(adapter)).to.have.length(before + 1);
    expect(keys).to.have.length(1);

    // The edit is still in the form; sent now, under a key of its own, it is a second message.
    buttonNamed(el, 'Back to the edited message')!.click();
    await waitFor(() => messageField(el)?.value === edited);
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => textOf(deepQuery(el, '#sent-title') ?? el) === 'Thank you — sent anonymously.');
    expect(keys).to.have.length(2);
    expect(keys[1]).not.to.equal(keys[0]);
    const threads = await inboxThreads(adapter);
    expect(threads).to.have.length(before + 2);
    expect(threads.filter((t) => t.messages[0]!.message === edited)).to.have.length(1);
  });

  it('after a send that never arrived and an edit, sends the edit once, as the only message', async () => {
    const adapter = quiet();
    const before = (await inboxThreads(adapter)).length;
    const send = adapter.feedback.sendFeedback.bind(adapter.feedback);
    let calls = 0;
    // The first request never reaches the backend.
    adapter.feedback.sendFeedback = async (draft, options) => {
      if (++calls === 1) throw new TypeError('Failed to fetch');
      return send(draft, options);
    };
    const el = await boxEl(adapter, { draftKey: 'never-arrived' });
    await fillValid(el, 'A first attempt that got lost on the way.');
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => deepQuery(el, '.send-error'));
    fill(messageField(el), 'A second attempt, reworded.');
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => textOf(deepQuery(el, '#sent-title') ?? el) === 'Thank you — sent anonymously.');
    const threads = await inboxThreads(adapter);
    expect(threads).to.have.length(before + 1);
    expect(threads[0]!.messages[0]!.message).to.equal('A second attempt, reworded.');
  });

  it('uses the element id as the draft key when there is no draft-key', async () => {
    const adapter = quiet();
    const make = () => fixture<ChorusFeedbackBox>(html`<chorus-feedback-box id="box-a" theme="light" .adapter=${adapter}></chorus-feedback-box>`);
    const first = await make();
    await waitFor(() => messageField(first));
    await typeInto(messageField(first), 'Draft kept by id');
    first.remove();
    const again = await make();
    await waitFor(() => messageField(again)?.value === 'Draft kept by id');
  });
});
