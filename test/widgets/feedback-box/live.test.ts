import { expect } from '@open-wc/testing';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import { backend, calls, rest } from '../../adapters/rest/helpers.js';
import { NADIA, SENDER, answerAs, boxEl, buttonNamed, deepQueryAll, liveRegion, quiet, sendDirect, sentAndKept, tab, textOf, waitFor } from './helpers.js';

/*
 * Live: a sender's open conversation and list show a new answer as it arrives (their channel is
 * opened by the reply token alone and carries nothing), on the embedded adapter and on REST, and
 * the recipients' inbox shows new feedback as it arrives.
 */

const messages = (el: Element) => deepQueryAll(el, '.message').map((m) => textOf(m));
const rows = (el: Element) => deepQueryAll(el, '.conversation').map((r) => textOf(r));

/**
 * The sender's side runs on both adapters: the embedded one, and REST over the mock (its channel
 * is `GET /feedback/thread/events`; an answer is made once the box's stream is open, since one
 * made before would not be sent on it).
 */
const backends = [
  {
    name: 'embedded adapter',
    async setup() {
      const adapter = quiet({ userId: SENDER });
      return { store: adapter, box: adapter as ChorusAdapter, opened: async () => {} };
    },
  },
  {
    name: 'REST adapter over the mock',
    async setup() {
      const mock = await backend({ adapter: { userId: SENDER } });
      const streams = () => calls(mock, 'GET', /^\/feedback\/thread\/events$/).filter((r) => r.status === 200).length;
      return { store: mock.adapter, box: rest() as ChorusAdapter, opened: (n: number) => waitFor(() => streams() >= n, 'the box opened its channel') };
    },
  },
];

for (const { name, setup } of backends) {
  describe(`<chorus-feedback-box> live, the sender's side (${name})`, () => {
    it('shows a new answer in the open conversation without reopening it, and announces it', async () => {
      const { store, box, opened } = await setup();
      const sent = await sentAndKept(store, { categoryId: 'ideas', message: 'Could we try a four-day week in August?' });
      const el = await boxEl(box, { view: 'conversations' });
      await waitFor(() => buttonNamed(el, /^Ideas/), textOf(el));
      buttonNamed(el, /^Ideas/)!.click();
      await waitFor(() => messages(el).length === 1, textOf(el));
      await opened(1);

      await answerAs(store, sent.thread.id, 'We are trying it in two teams this summer.');
      await waitFor(() => messages(el).length === 2, `the answer shows live: ${textOf(el)}`);
      expect(messages(el)[1]).to.include('We are trying it in two teams this summer.');
      expect(textOf(el)).to.include('Answered');
      await waitFor(() => liveRegion(el).includes('New answer in this conversation.'), liveRegion(el));
      // Seen on screen: no "new answer" badge waits on the tab.
      expect(textOf(tab(el, 'Your conversations'))).not.to.include('new answer');
    });

    it('marks a conversation in the list as answered the moment an answer arrives', async () => {
      const { store, box, opened } = await setup();
      const sent = await sentAndKept(store, { categoryId: 'workplace' });
      const el = await boxEl(box, { view: 'conversations' });
      await waitFor(() => rows(el).length === 1 && rows(el)[0]!.includes('No answers yet'), textOf(el));
      await opened(1);
      await answerAs(store, sent.thread.id, 'The machine is being replaced on Monday.');
      await waitFor(() => rows(el)[0]!.includes('New answer') && rows(el)[0]!.includes('1 answer'), rows(el).join(' | '));
      expect(textOf(tab(el, 'Your conversations'))).to.include('1 new answer');
    });
  });
}

describe('<chorus-feedback-box> live', () => {
  it('opens the sender’s channel with the token alone: its callback carries nothing', async () => {
    const adapter = quiet({ userId: SENDER });
    const sent = await sendDirect(adapter);
    const calls: unknown[][] = [];
    const stop = adapter.feedback.watchFeedbackThread!(sent.replyToken, (...args: unknown[]) => calls.push(args));
    await answerAs(adapter, sent.thread.id, 'Thank you, we will fix it.');
    stop();
    await answerAs(adapter, sent.thread.id, 'Fixed.');
    expect(calls).to.deep.equal([[]]);
  });

  it('shows new feedback at the top of the recipients’ inbox as it arrives, and announces it', async () => {
    const adapter = quiet({ userId: NADIA });
    const el = await boxEl(adapter, { view: 'inbox' });
    await waitFor(() => deepQueryAll(el, '.row-meta').length > 0, textOf(el));
    await sendDirect(adapter, { categoryId: 'culture', message: 'The open-plan office is too loud to concentrate after lunch.' });
    await waitFor(() => textOf(deepQueryAll(el, '[data-thread-index="0"]')[0]!).includes('Culture and wellbeing'), textOf(el));
    await waitFor(() => liveRegion(el).includes('New feedback arrived.'), liveRegion(el));
  });

  it('tells an ordinary employee nothing of the inbox', async () => {
    const adapter = quiet({ userId: SENDER });
    const heard: unknown[] = [];
    const stop = adapter.live.subscribe('feedback', (event) => heard.push(event));
    await sendDirect(adapter);
    stop();
    expect(heard).to.deep.equal([]);
  });
});
