import { expect } from '@open-wc/testing';
import { NotFoundError } from '../../../src/core/errors.js';
import { idem, makeAdapter, rejection, testClock } from './helpers.js';

/*
 * `feedbackConfig.deliverAfterHour`: recipients get a sender's message only once its stored hour
 * has ended, so an inbox read every minute cannot time it. The sender's own view is never held.
 * (The conformance check feedback.delivery holds every backend to the "not yet" half.)
 */

const HOUR = 3_600_000;
const message = 'The meeting rooms on floor three are always booked by meetings nobody attends.';

describe('memory adapter: feedback delivered after its hour', () => {
  function setup(deliverAfterHour = true) {
    const clock = testClock(Date.parse('2025-06-02T10:20:00Z'));
    // Kwame reads the inbox; the sender's calls never ask who is signed in.
    const adapter = makeAdapter({ userId: 'p-06', now: clock.now, feedbackConfig: { deliverAfterHour, minGroupSize: 1 } });
    const inbox = async (status?: 'open' | 'answered') => (await adapter.feedback.listFeedback({ limit: 100, ...(status ? { status } : {}) })).items;
    return { clock, adapter, port: adapter.feedback, inbox };
  }

  it('holds a new feedback from the inbox, the thread, answers and the summary until its hour has ended', async () => {
    const { clock, port, inbox } = setup();
    const before = (await port.getFeedbackSummary()).groups.find((g) => g.categoryId === 'leadership')!.responses;
    const { thread, replyToken } = await port.sendFeedback({ categoryId: 'leadership', message, score: 3 }, idem());
    expect(thread.createdAt).to.equal('2025-06-02T10:00:00.000Z');
    expect((await port.getFeedbackThread(replyToken)).messages).to.have.length(1, 'the sender reads it at once');

    clock.at = Date.parse('2025-06-02T10:59:59Z');
    expect((await inbox()).map((t) => t.id)).not.to.include(thread.id);
    expect(await rejection(port.getFeedbackById(thread.id))).to.be.instanceOf(NotFoundError);
    expect(await rejection(port.answerFeedback(thread.id, 'Too early', idem()))).to.be.instanceOf(NotFoundError);
    expect((await port.getFeedbackSummary()).groups.find((g) => g.categoryId === 'leadership')!.responses).to.equal(before);

    clock.at = Date.parse('2025-06-02T11:00:00Z');
    expect((await inbox()).map((t) => t.id)).to.include(thread.id);
    expect((await port.getFeedbackById(thread.id)).messages[0]!.message).to.equal(message);
    expect((await port.getFeedbackSummary()).groups.find((g) => g.categoryId === 'leadership')!.responses).to.equal((before ?? 0) + 1);
  });

  it("holds a sender's reply, and the reopening it brings, until the reply's hour has ended", async () => {
    const { clock, port, inbox } = setup();
    const { thread, replyToken } = await port.sendFeedback({ categoryId: 'culture', message, score: 4 }, idem());
    clock.at += HOUR;
    await port.answerFeedback(thread.id, 'Thank you, we are looking into it.', idem());
    clock.at = Date.parse('2025-06-02T11:40:00Z');
    await port.replyToFeedback(replyToken, 'Thanks, and one more thing about the rooms.', idem());
    expect((await port.getFeedbackThread(replyToken)).status).to.equal('open', 'the sender sees their reply at once');

    const held = await port.getFeedbackById(thread.id);
    expect(held.messages.map((m) => m.from)).to.deep.equal(['sender', 'recipient']);
    expect(held.status).to.equal('answered');
    expect((await inbox('open')).map((t) => t.id)).not.to.include(thread.id);
    expect((await inbox('answered')).map((t) => t.id)).to.include(thread.id);

    clock.at = Date.parse('2025-06-02T12:00:00Z');
    const delivered = await port.getFeedbackById(thread.id);
    expect(delivered.messages.map((m) => m.from)).to.deep.equal(['sender', 'recipient', 'sender']);
    expect(delivered.status).to.equal('open');
    expect((await inbox('open')).map((t) => t.id)).to.include(thread.id);
  });

  it('delivers at once when the setting is off (the demo)', async () => {
    const { port, inbox } = setup(false);
    const { thread } = await port.sendFeedback({ categoryId: 'ideas', message, score: null }, idem());
    expect((await port.getFeedbackConfig()).deliverAfterHour).to.equal(false);
    expect((await inbox()).map((t) => t.id)).to.include(thread.id);
  });
});
