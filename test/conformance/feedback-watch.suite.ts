import assert from 'node:assert/strict';
import type { FeedbackPort } from '../../src/adapter/port.js';
import type { FeedbackConfig } from '../../src/core/feedback.js';
import { sleep } from './assertions.js';
import { conformanceSuite, T } from './harness.js';
import type { UserKey, ConformanceTarget } from './target.js';

/*
 * The feedback sender's live channel (`watchFeedbackThread`, on REST `GET /feedback/thread/events`):
 * opened by the reply token alone, it calls back with nothing in the call each time that thread
 * changes (a recipient's answer, a status), and for no other thread; after unsubscribing, never.
 * Every target runs it (a default export, like a widget's suite). A stream may take a moment to
 * open, so the first answers are repeated until the sender hears (as `feedback.live` does); that
 * nothing else arrives is judged, as there, after a later change has been heard and a pause.
 */
export default function feedbackWatchConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'feedback-watch', everyone: ['a', 'b'], port: 'feedback' }, (suite) => {
    const { check, key, next, run } = suite;
    const feedback = (k: UserKey): FeedbackPort => suite.u(k).adapter.feedback!;
    let config: FeedbackConfig;
    suite.onReady(async () => {
      config = await feedback('a').getFeedbackConfig();
    });
    const text = (what: string) => `Conformance ${run} #${next()}: ${what}. The meeting rooms are always booked.`;

    /** Waits until `done`, doing `act` again each second (a stream that is still opening missed it); 20 s at most. */
    async function until(done: () => boolean, act: () => Promise<unknown>, what: string): Promise<void> {
      const deadline = Date.now() + 20_000;
      while (!done()) {
        assert.ok(Date.now() < deadline, `${what} within 20 s`);
        await act();
        for (let waited = 0; waited < 1000 && !done(); waited += 25) await sleep(25);
      }
    }

    check(
      'feedback.watch-thread',
      "a recipient's answer reaches the sender's channel (a call with nothing in it); another thread's does not; after unsubscribing, nothing",
      { users: ['recipient'], live: true },
      async () => {
        const send = (by: UserKey, what: string) =>
          feedback(by).sendFeedback({ categoryId: config.categories[0]!.id, message: text(what), score: null }, { idempotencyKey: key() });
        const answer = (threadId: string) => feedback('recipient').answerFeedback(threadId, text('an answer'), { idempotencyKey: key() });
        const mine = await send('a', 'watched');
        const other = await send('b', 'watched elsewhere');
        const watch = feedback('a').watchFeedbackThread;
        assert.equal(typeof watch, 'function', 'a backend with live updates offers the sender their channel');

        const calls: unknown[][] = [];
        let otherCalls = 0;
        const stop = feedback('a').watchFeedbackThread!(mine.replyToken, (...args: unknown[]) => calls.push(args));
        const stopOther = feedback('b').watchFeedbackThread!(other.replyToken, () => otherCalls++);
        try {
          await until(
            () => calls.length > 0,
            () => answer(mine.thread.id),
            "the sender's channel heard an answer",
          );
          assert.deepEqual(calls[0], [], 'the call carries nothing');
          await until(
            () => otherCalls > 0,
            () => answer(other.thread.id),
            "the other sender's channel heard an answer",
          );

          // The other thread's answer first, then this one's: each channel hears its own once.
          const [heard, otherHeard] = [calls.length, otherCalls];
          await answer(other.thread.id);
          await until(
            () => otherCalls > otherHeard,
            async () => {},
            "the other channel heard its thread's answer",
          );
          await answer(mine.thread.id);
          await until(
            () => calls.length > heard,
            async () => {},
            'the channel heard its thread’s answer',
          );
          await sleep(300);
          assert.equal(calls.length, heard + 1, "another thread's answer did not reach this channel");
          assert.equal(otherCalls, otherHeard + 1, "this thread's answer did not reach the other channel");

          // A status change is a change too.
          await feedback('recipient').setFeedbackStatus(mine.thread.id, 'closed');
          await until(
            () => calls.length > heard + 1,
            async () => {},
            'the channel heard the thread closed',
          );

          // Unsubscribed: a later change is heard by the other channel (so it went out), not by this one.
          stop();
          const before = calls.length;
          const otherBefore = otherCalls;
          await feedback('recipient').setFeedbackStatus(mine.thread.id, 'open');
          await answer(other.thread.id);
          await until(
            () => otherCalls > otherBefore,
            async () => {},
            'the other channel heard its answer',
          );
          await sleep(300);
          assert.equal(calls.length, before, 'nothing after unsubscribing');
        } finally {
          stop();
          stopOther();
        }
      },
      T.live,
    );
  });
}
