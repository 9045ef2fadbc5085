import assert from 'node:assert/strict';
import type { FeedbackPort } from '../../src/adapter/port.js';
import { NotFoundError } from '../../src/core/errors.js';
import type { FeedbackConfig } from '../../src/core/feedback.js';
import { rejectsWith } from './assertions.js';
import { conformanceSuite } from './harness.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * When a sender's feedback reaches the recipients: at once, or, when the box's configuration says
 * `deliverAfterHour`, only after the hour it is stored at has ended (so refreshing the inbox does
 * not time it). Every target runs it with its own setting (a default export, like a widget's
 * suite); the embedded, MSW and server targets also run it on a second backend with the setting on.
 * Without a clock to move, a held target shows the "not yet" half; the "then" half is
 * test/adapters/memory/feedback.delivery.test.ts and server/test/feedback.delivery.test.ts.
 */
export default function feedbackDeliveryConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'feedback-delivery', everyone: ['a'], port: 'feedback' }, (suite) => {
    const { check, key, next, run } = suite;
    const feedback = (k: UserKey): FeedbackPort => suite.u(k).adapter.feedback!;
    let config: FeedbackConfig;
    suite.onReady(async () => {
      config = await feedback('a').getFeedbackConfig();
    });

    check(
      'feedback.delivery',
      'a new feedback reaches recipients at once, or with deliverAfterHour not before its hour has ended',
      { users: ['recipient'] },
      async () => {
        assert.equal(typeof config.deliverAfterHour, 'boolean', 'the configuration says when feedback is delivered');
        const message = `Conformance ${run} #${next()}: is this delivered yet? The lift on floor four is slow.`;
        const { thread, replyToken } = await feedback('a').sendFeedback(
          { categoryId: config.categories[0]!.id, message, score: null },
          { idempotencyKey: key() },
        );
        const recipient = feedback('recipient');
        const listed = async () => {
          for (let cursor: string | undefined, page = 0; page < 200; page++) {
            const result = await recipient.listFeedback({ limit: 100, ...(cursor ? { cursor } : {}) });
            if (result.items.some((t) => t.id === thread.id)) return true;
            if (!result.nextCursor) return false;
            cursor = result.nextCursor;
          }
          return false;
        };
        const sent = Date.parse(thread.createdAt);
        // A send just before the hour turns may already be delivered when the inbox is read.
        const turned = () => Date.now() >= sent + 3_600_000;
        if (!config.deliverAfterHour) {
          assert.ok(await listed(), 'listed in the inbox at once');
          assert.equal((await recipient.getFeedbackById(thread.id)).messages[0]!.message, message);
        } else {
          const inList = await listed();
          const byId = await recipient.getFeedbackById(thread.id).then(
            () => true,
            (error: unknown) => {
              if (error instanceof NotFoundError) return false;
              throw error;
            },
          );
          if (!turned()) {
            assert.equal(inList, false, 'not in the inbox before its hour has ended');
            assert.equal(byId, false, 'not found by id before its hour has ended');
            await rejectsWith(
              recipient.answerFeedback(thread.id, 'An answer too early', { idempotencyKey: key() }),
              NotFoundError,
              'an answer to a held feedback',
            );
          }
        }
        // Either way the sender reads it with the token at once.
        assert.equal((await feedback('a').getFeedbackThread(replyToken)).messages[0]!.message, message);
      },
    );
  });
}
