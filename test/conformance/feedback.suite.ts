import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { FeedbackPort } from '../../src/adapter/port.js';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, isChorusError } from '../../src/core/errors.js';
import type { FeedbackConfig, FeedbackReceipt, FeedbackThread } from '../../src/core/feedback.js';
import type { RateLimit } from '../../src/core/kudos.rules.js';
import type { FeedbackLiveEvent } from '../../src/core/live.js';
import { fieldError, rejectsWith, sleep } from './assertions.js';
import { conformanceSuite, T } from './harness.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The feedback conformance suite: what any backend behind the `feedback` port must do, checked
 * through the port only. Employees a and b send (anonymously: their adapters' sender calls must
 * carry nothing of them, which the REST adapter guarantees and the server tests check on the
 * wire); `recipient` (role `feedback-recipient` or `admin`) reads the inbox and answers. Nothing a
 * recipient sees may name or link the sender. Check ids start with `feedback.`.
 */

/** Decoded length of a base64url string, or -1 when it is not one. */
function base64urlBytes(text: string): number {
  if (!/^[\w-]+$/.test(text)) return -1;
  return Buffer.from(text, 'base64url').length;
}

function isHourBoundary(iso: string): boolean {
  const t = Date.parse(iso);
  return Number.isFinite(t) && t % 3_600_000 === 0;
}

export function feedbackConformance(target: ConformanceTarget, options: { rateLimit?: RateLimit | null } = {}): void {
  conformanceSuite(target, { feature: 'feedback', everyone: ['a', 'b'], port: 'feedback' }, (suite) => {
    const { check, key, next, run, u } = suite;
    const feedback = (k: UserKey): FeedbackPort => u(k).adapter.feedback!;
    let config: FeedbackConfig;
    suite.onReady(async () => {
      config = await feedback('a').getFeedbackConfig();
    });
    /** A message only this run writes, long enough for any sane messageMin. */
    const text = (what: string) => `Conformance ${run} #${next()}: ${what}. The coffee machine on floor two needs descaling.`;

    function send(
      by: UserKey,
      what: string,
      overrides: { score?: number | null; categoryId?: string; idempotencyKey?: string } = {},
    ): Promise<FeedbackReceipt> {
      return feedback(by).sendFeedback(
        { categoryId: overrides.categoryId ?? config.categories[0]!.id, message: text(what), score: overrides.score ?? null },
        { idempotencyKey: overrides.idempotencyKey ?? key() },
      );
    }

    /** Every thread the recipient can list (optionally filtered), walking all pages. */
    async function inbox(query: { categoryId?: string; status?: FeedbackThread['status'] } = {}, limit = 50): Promise<FeedbackThread[]> {
      const all: FeedbackThread[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 200; page++) {
        const result = await feedback('recipient').listFeedback({ ...query, limit, ...(cursor ? { cursor } : {}) });
        all.push(...result.items);
        if (!result.nextCursor) return all;
        cursor = result.nextCursor;
      }
      assert.fail('the inbox did not end within 200 pages');
    }

    /** A score the box accepts, or null when it asks for none. */
    const validScore = () => (config.scoreKind === 'mood' ? 4 : config.scoreKind === 'enps' ? 9 : null);

    describe('sending', () => {
      check('feedback.config', 'the configuration offers categories, a score kind and sane limits', {}, async () => {
        assert.ok(config.categories.length >= 1, 'at least one category');
        assert.equal(new Set(config.categories.map((c) => c.id)).size, config.categories.length, 'category ids are unique');
        for (const c of config.categories) assert.ok(c.label.trim(), `category ${c.id} has a label`);
        assert.ok(['none', 'mood', 'enps'].includes(config.scoreKind));
        assert.ok(config.messageMin >= 1 && config.messageMin <= config.messageMax, 'messageMin ≤ messageMax');
        assert.ok(config.replyMax >= 1);
        assert.ok(config.minGroupSize >= 1);
      });

      check('feedback.send', 'sending answers an open thread and a reply token of at least 128 bits', {}, async () => {
        const score = validScore();
        const { thread, replyToken } = await send('a', 'sent', { score });
        assert.ok(base64urlBytes(replyToken) >= 16, `the reply token is base64url of ≥16 bytes (got "${replyToken.length} characters")`);
        assert.equal(thread.status, 'open');
        assert.equal(thread.categoryId, config.categories[0]!.id);
        assert.equal(thread.score, score);
        assert.equal(thread.messages.length, 1);
        const [first] = thread.messages;
        assert.equal(first!.from, 'sender');
        assert.equal(first!.author, null, 'the sender has no author');
        assert.match(first!.message, new RegExp(`^Conformance ${run} `));
        assert.ok(isHourBoundary(thread.createdAt), `the thread's time is the hour only (${thread.createdAt})`);
        assert.ok(isHourBoundary(first!.createdAt), `the sender's message time is the hour only (${first!.createdAt})`);
      });

      check('feedback.validation', 'bad drafts are refused field by field and store nothing', { users: ['recipient'] }, async () => {
        const port = feedback('a');
        await fieldError(
          port.sendFeedback({ categoryId: config.categories[0]!.id, message: '   ', score: null }, { idempotencyKey: key() }),
          'message',
          'required',
          'an empty message',
        );
        await fieldError(
          port.sendFeedback({ categoryId: `nope-${run}`, message: text('unknown category'), score: null }, { idempotencyKey: key() }),
          'categoryId',
          'invalid',
          'an unknown category',
        );
        await fieldError(
          port.sendFeedback({ categoryId: config.categories[0]!.id, message: 'x'.repeat(config.messageMax + 1), score: null }, { idempotencyKey: key() }),
          'message',
          'too-long',
          'a message over messageMax',
        );
        await fieldError(
          port.sendFeedback({ categoryId: config.categories[0]!.id, message: text('score'), score: 99 }, { idempotencyKey: key() }),
          'score',
          'invalid',
          'a score out of range',
        );
        const mine = (await inbox()).filter(
          (t) => t.messages[0]!.message.includes(`Conformance ${run} `) && /unknown category|score\./.test(t.messages[0]!.message),
        );
        assert.deepEqual(mine, [], 'nothing refused was stored');
      });

      check('feedback.idempotent', 'a retried send is stored once and answers the same token', { users: ['recipient'] }, async () => {
        const idempotencyKey = key();
        const draft = { categoryId: config.categories[0]!.id, message: text('retried'), score: null };
        const first = await feedback('a').sendFeedback(draft, { idempotencyKey });
        const again = await feedback('a').sendFeedback(draft, { idempotencyKey });
        assert.equal(again.thread.id, first.thread.id);
        assert.equal(again.replyToken, first.replyToken);
        const stored = (await inbox({ categoryId: draft.categoryId })).filter((t) => t.messages[0]!.message === draft.message);
        assert.equal(stored.length, 1, 'one thread in the inbox');
      });

      check(
        'feedback.find-sent',
        'a lost send is found by its key and exact draft, with its token; nothing else is, and nothing is stored',
        { users: ['recipient'] },
        async () => {
          const port = feedback('a');
          assert.ok(port.findSentFeedback, 'the port finds a sent feedback (POST /feedback/sent)');
          const idempotencyKey = key();
          const draft = { categoryId: config.categories[0]!.id, message: text('answer lost'), score: null };
          const sent = await port.sendFeedback(draft, { idempotencyKey });
          const found = await port.findSentFeedback(draft, { idempotencyKey });
          assert.equal(found?.replyToken, sent.replyToken, 'the same token');
          assert.equal(found?.thread.id, sent.thread.id, 'the same thread');
          const edited = { ...draft, message: text('answer lost, then edited') };
          assert.equal(await port.findSentFeedback(edited, { idempotencyKey }), null, 'another draft under the key finds nothing');
          assert.equal(await port.findSentFeedback(edited, { idempotencyKey: key() }), null, 'an unused key finds nothing');
          const stored = (await inbox({ categoryId: draft.categoryId })).filter((t) => t.messages[0]!.message.startsWith(draft.message));
          assert.equal(stored.length, 1, 'only the first send is stored');
        },
      );

      check('feedback.tokens-differ', 'two sends by one person get unrelated tokens and threads', {}, async () => {
        const one = await send('a', 'first of two');
        const two = await send('a', 'second of two');
        assert.notEqual(one.replyToken, two.replyToken);
        assert.notEqual(one.thread.id, two.thread.id);
        assert.ok(!two.replyToken.startsWith(one.replyToken.slice(0, 8)), 'tokens share no prefix');
      });
    });

    describe('the reply token', () => {
      check('feedback.token.opens', 'the token opens the thread, from any device; another token opens nothing', {}, async () => {
        const { thread, replyToken } = await send('a', 'open with token');
        // b's adapter stands for another device: the token alone opens it.
        const opened = await feedback('b').getFeedbackThread(replyToken);
        assert.equal(opened.id, thread.id);
        assert.equal(opened.messages[0]!.message, thread.messages[0]!.message);
        await rejectsWith(feedback('a').getFeedbackThread(`${replyToken.slice(0, -4)}AAAA`), NotFoundError, 'a changed token');
        await rejectsWith(feedback('a').getFeedbackThread('not-a-token'), NotFoundError, 'a malformed token');
      });

      check('feedback.token.reply', 'the sender replies with the token, still anonymous', { users: ['recipient'] }, async () => {
        const { replyToken } = await send('a', 'reply later');
        const thread = await feedback('a').replyToFeedback(replyToken, text('a follow-up'), { idempotencyKey: key() });
        assert.equal(thread.messages.length, 2);
        const reply = thread.messages[1]!;
        assert.equal(reply.from, 'sender');
        assert.equal(reply.author, null);
        assert.ok(isHourBoundary(reply.createdAt), `the reply's time is the hour only (${reply.createdAt})`);
        await fieldError(feedback('a').replyToFeedback(replyToken, '  ', { idempotencyKey: key() }), 'message', 'required', 'an empty reply');
        await fieldError(
          feedback('a').replyToFeedback(replyToken, 'x'.repeat(config.replyMax + 1), { idempotencyKey: key() }),
          'message',
          'too-long',
          'a reply over replyMax',
        );
      });
    });

    describe('the inbox', () => {
      check('feedback.inbox.forbidden', 'an ordinary employee can neither read nor answer the inbox', {}, async () => {
        const { thread } = await send('b', 'not for b');
        await rejectsWith(feedback('a').listFeedback({}), ForbiddenError, 'listFeedback as a');
        await rejectsWith(feedback('a').getFeedbackSummary(), ForbiddenError, 'getFeedbackSummary as a');
        await rejectsWith(feedback('a').getFeedbackById(thread.id), ForbiddenError, 'getFeedbackById as a');
        await rejectsWith(feedback('a').answerFeedback(thread.id, 'Hello', { idempotencyKey: key() }), ForbiddenError, 'answerFeedback as a');
        await rejectsWith(feedback('a').setFeedbackStatus(thread.id, 'closed'), ForbiddenError, 'setFeedbackStatus as a');
      });

      check('feedback.inbox.anonymous', 'recipients see the feedback with nothing naming its sender', { users: ['recipient'] }, async () => {
        const { thread } = await send('a', 'who sent me');
        assert.ok(u('recipient').me.roles.includes('feedback-recipient') || u('recipient').me.roles.includes('admin'), 'recipient has the role');
        const seen = await feedback('recipient').getFeedbackById(thread.id);
        assert.equal(seen.messages[0]!.message, thread.messages[0]!.message);
        assert.equal(seen.messages[0]!.author, null);
        const json = JSON.stringify(seen);
        const sender = u('a').me;
        assert.ok(!json.includes(sender.id), "the sender's id appears nowhere");
        assert.ok(!json.includes(sender.name), "the sender's name appears nowhere");
        assert.ok(!json.includes(sender.teamId) || config.categories.some((c) => c.id === sender.teamId), "the sender's team appears nowhere");
        await rejectsWith(feedback('recipient').getFeedbackById(`nope-${run}`), NotFoundError, 'an unknown thread');
      });

      check(
        'feedback.inbox.conversation',
        'an answer reaches the sender through the token; a reply reopens; a closed thread takes no more',
        { users: ['recipient'] },
        async () => {
          const { thread, replyToken } = await send('a', 'please answer');
          const answered = await feedback('recipient').answerFeedback(thread.id, text('an answer'), { idempotencyKey: key() });
          assert.equal(answered.status, 'answered');
          const answer = answered.messages.at(-1)!;
          assert.equal(answer.from, 'recipient');
          assert.equal(answer.author?.id, u('recipient').me.id, 'the answer names who answered');

          const asSender = await feedback('a').getFeedbackThread(replyToken);
          assert.deepEqual(
            asSender.messages.map((m) => m.message),
            answered.messages.map((m) => m.message),
            'the sender reads the answer',
          );
          assert.equal(asSender.status, 'answered');

          const reopened = await feedback('a').replyToFeedback(replyToken, text('thanks, one more thing'), { idempotencyKey: key() });
          assert.equal(reopened.status, 'open', "a sender's reply reopens the thread");

          const closed = await feedback('recipient').setFeedbackStatus(thread.id, 'closed');
          assert.equal(closed.status, 'closed');
          assert.equal((await feedback('recipient').setFeedbackStatus(thread.id, 'closed')).status, 'closed', 'closing twice is fine');
          await rejectsWith(
            feedback('a').replyToFeedback(replyToken, text('too late'), { idempotencyKey: key() }),
            ConflictError,
            'a reply to a closed thread',
          );
          await rejectsWith(
            feedback('recipient').answerFeedback(thread.id, text('too late'), { idempotencyKey: key() }),
            ConflictError,
            'an answer to a closed thread',
          );
          assert.equal((await feedback('a').getFeedbackThread(replyToken)).status, 'closed', 'the sender sees it closed');
          assert.equal((await feedback('recipient').setFeedbackStatus(thread.id, 'open')).status, 'open', 'a recipient may reopen it');
        },
      );

      check('feedback.inbox.answer-idempotent', 'a retried answer is stored once', { users: ['recipient'] }, async () => {
        const { thread } = await send('a', 'answer once');
        const idempotencyKey = key();
        const message = text('the one answer');
        await feedback('recipient').answerFeedback(thread.id, message, { idempotencyKey });
        const again = await feedback('recipient').answerFeedback(thread.id, message, { idempotencyKey });
        assert.equal(again.messages.filter((m) => m.message === message).length, 1);
      });

      check('feedback.inbox.filters', 'the inbox filters by category and status and pages without repeats', { users: ['recipient'] }, async () => {
        const category = config.categories.at(-1)!.id;
        const sent = [await send('a', 'filter one', { categoryId: category }), await send('b', 'filter two', { categoryId: category })];
        await feedback('recipient').setFeedbackStatus(sent[1]!.thread.id, 'closed');
        const inCategory = await inbox({ categoryId: category }, 2);
        assert.ok(
          inCategory.every((t) => t.categoryId === category),
          'only that category',
        );
        assert.equal(new Set(inCategory.map((t) => t.id)).size, inCategory.length, 'no thread twice across pages');
        for (const s of sent)
          assert.ok(
            inCategory.some((t) => t.id === s.thread.id),
            `${s.thread.id} is listed`,
          );
        const closed = await inbox({ categoryId: category, status: 'closed' });
        assert.ok(closed.every((t) => t.status === 'closed' && t.categoryId === category));
        assert.ok(closed.some((t) => t.id === sent[1]!.thread.id) && !closed.some((t) => t.id === sent[0]!.thread.id));
        const times = inCategory.map((t) => Date.parse(t.createdAt));
        assert.deepEqual(
          times,
          [...times].sort((x, y) => y - x),
          'newest first',
        );
      });

      check(
        'feedback.inbox.summary',
        'the summary withholds every group under minGroupSize and counts the others exactly',
        { users: ['recipient'], exclusive: true },
        async () => {
          const summary = await feedback('recipient').getFeedbackSummary();
          assert.equal(summary.minGroupSize, config.minGroupSize);
          assert.equal(summary.scoreKind, config.scoreKind);
          const all = await inbox();
          for (const group of summary.groups) {
            const count = all.filter((t) => t.categoryId === group.categoryId).length;
            if (count < summary.minGroupSize) {
              assert.equal(group.responses, null, `${group.categoryId} (${count}) is withheld`);
              assert.equal(group.score, null, `${group.categoryId}'s score is withheld`);
            } else {
              assert.equal(group.responses, count, `${group.categoryId} counts its threads`);
            }
          }
        },
      );
    });

    describe('abuse control', () => {
      const limit = options.rateLimit ?? null;
      check(
        'feedback.live',
        'a recipient subscribed to "feedback" hears of an answer ({ topic, type: "changed", threadId } only); an ordinary employee hears nothing',
        { users: ['recipient', 'b'], live: true },
        async () => {
          const { thread } = await send('a', 'live');
          const heard: Extract<FeedbackLiveEvent, { type: 'changed' }>[] = [];
          const overheard: FeedbackLiveEvent[] = [];
          const stops = [
            u('recipient').adapter.live!.subscribe('feedback', (e) => void (e.type === 'changed' && heard.push(e))),
            u('b').adapter.live!.subscribe('feedback', (e) => overheard.push(e)),
          ];
          try {
            // The subscription may take a moment to connect: answer until the recipient hears.
            const deadline = Date.now() + 20_000;
            for (let i = 0; !heard.some((e) => e.threadId === thread.id); i++) {
              assert.ok(Date.now() < deadline, `the recipient heard nothing of ${thread.id} within 20 s (heard: ${JSON.stringify(heard)})`);
              await feedback('recipient').answerFeedback(thread.id, text(`live answer ${i}`), { idempotencyKey: key() });
              for (let waited = 0; waited < 1000 && !heard.some((e) => e.threadId === thread.id); waited += 25) await sleep(25);
            }
            assert.deepEqual(
              heard.find((e) => e.threadId === thread.id),
              { topic: 'feedback', type: 'changed', threadId: thread.id },
            );
            // b's stream carries the same events as the recipient's: one more answer, then a pause.
            await feedback('recipient').answerFeedback(thread.id, text('one more'), { idempotencyKey: key() });
            await sleep(300);
            assert.deepEqual(overheard, [], 'an ordinary employee hears nothing of the inbox');
          } finally {
            for (const stop of stops) stop();
          }
        },
        T.live,
      );

      // Last: it uses up the sending allowance of user d's device or network.
      const unless = limit ? false : 'the target states no feedback rate limit';
      check('feedback.rate-limit', 'too many sends are refused with a time to wait', { users: ['d'], unless }, async () => {
        let refused: unknown = null;
        for (let i = 0; i <= limit!.max && !refused; i++) {
          try {
            await send('d', `rate ${i}`);
          } catch (error) {
            refused = error;
          }
        }
        assert.ok(
          refused instanceof RateLimitedError,
          `refused within ${limit!.max + 1} sends (got ${isChorusError(refused) ? refused.kind : String(refused)})`,
        );
        assert.ok((refused.retryAfterSeconds ?? 0) > 0, 'says when to try again');
      });
    });
  });
}
