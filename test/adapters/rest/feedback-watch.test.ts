import { expect } from '@open-wc/testing';
import { waitFor } from '../../support.js';
import { backend, calls, key, rest } from './helpers.js';

/*
 * The REST adapter's `watchFeedbackThread` over the mock (`GET /feedback/thread/events`): a call
 * with nothing in it per change of that thread; a stream that opened only on a later try calls
 * back once for what it may have missed; unsubscribing closes the stream.
 */

const RECIPIENT = 'p-29';
const streams = (mock: Awaited<ReturnType<typeof backend>>) => calls(mock, 'GET', /^\/feedback\/thread\/events$/);

async function sent(mock: Awaited<ReturnType<typeof backend>>) {
  return mock.adapter.feedback.sendFeedback(
    { categoryId: 'workplace', score: null, message: 'The lift on floor four is slow every morning.' },
    { idempotencyKey: key().idempotencyKey },
  );
}

async function answer(mock: Awaited<ReturnType<typeof backend>>, threadId: string, message: string): Promise<void> {
  const me = mock.adapter.currentUserId;
  mock.adapter.setCurrentUser(RECIPIENT);
  await mock.adapter.feedback.answerFeedback(threadId, message, key());
  mock.adapter.setCurrentUser(me);
}

describe('REST adapter: the feedback sender’s live channel', () => {
  it('calls back with nothing for each change of its thread, and stops when unsubscribed', async () => {
    const mock = await backend();
    const receipt = await sent(mock);
    const adapter = rest();
    const heard: unknown[][] = [];
    const stop = adapter.feedback.watchFeedbackThread!(receipt.replyToken, (...args: unknown[]) => heard.push(args));
    await waitFor(() => streams(mock).some((r) => r.status === 200), 'the stream opened');
    await answer(mock, receipt.thread.id, 'A new lift is ordered.');
    await waitFor(() => heard.length === 1, 'the answer was heard');
    expect(heard).to.deep.equal([[]]);
    stop();
    // A second watch of the thread hears the next answer; the first, unsubscribed, does not.
    let later = 0;
    const stopLater = adapter.feedback.watchFeedbackThread!(receipt.replyToken, () => later++);
    await waitFor(() => streams(mock).filter((r) => r.status === 200).length === 2, 'the second stream opened');
    await answer(mock, receipt.thread.id, 'It arrives in May.');
    await waitFor(() => later === 1, 'the second watch heard it');
    stopLater();
    expect(heard.length).to.equal(1);
  });

  it('after a failed first try, calls back once when the stream opens (a change may have been missed)', async () => {
    const mock = await backend();
    const receipt = await sent(mock);
    mock.failNext({ match: /^GET \/feedback\/thread\/events$/, status: 503 });
    const adapter = rest();
    let heard = 0;
    const stop = adapter.feedback.watchFeedbackThread!(receipt.replyToken, () => heard++);
    try {
      await waitFor(() => heard === 1, 'the late opening counts as a change');
      expect(streams(mock).map((r) => r.status)).to.deep.equal([503, 200]);
      await answer(mock, receipt.thread.id, 'A new lift is ordered.');
      await waitFor(() => heard === 2, 'then each change once');
    } finally {
      stop();
    }
  });

  it('asks once for a token that opens nothing (404), and never again', async () => {
    const mock = await backend();
    const adapter = rest();
    const stop = adapter.feedback.watchFeedbackThread!('cHJvYmUtcHJvYmUtcHJvYmUtcHJvYmUtcHJvYmU', () => {});
    await waitFor(() => streams(mock).some((r) => r.status === 404), 'asked');
    // A watch opened after it on a real thread is heard: by then a retry would have come (the backoff is 20 ms at most here).
    const receipt = await sent(mock);
    let heard = 0;
    const stopOther = adapter.feedback.watchFeedbackThread!(receipt.replyToken, () => heard++);
    await waitFor(() => streams(mock).some((r) => r.status === 200), 'the other stream opened');
    await answer(mock, receipt.thread.id, 'Noted.');
    await waitFor(() => heard === 1, 'heard');
    expect(streams(mock).filter((r) => r.status === 404)).to.have.length(1);
    stop();
    stopOther();
  });
});
