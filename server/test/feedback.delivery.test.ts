import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './helpers.js';
import { HOUR, KWAME, answer, draft, sender } from './feedback.helpers.js';

/*
 * CHORUS_FEEDBACK_DELIVER_AFTER_HOUR (feedbackConfig.deliverAfterHour) in SQL: the inbox, a thread,
 * its status filter and the summary leave out a sender's message until its stored hour has ended.
 * The embedded adapter's twin is test/adapters/memory/feedback.delivery.test.ts.
 */

describe('feedback delivered after its hour (SQL)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ feedbackConfig: { deliverAfterHour: true, minGroupSize: 1 } });
    s.clock.now = Math.floor(s.clock.now / HOUR) * HOUR + 20 * 60_000;
  });
  after(async () => {
    await s?.close();
  });

  const inbox = async (status = '') =>
    (await s.json(KWAME, 'GET', `/feedback/inbox?limit=100${status ? `&status=${status}` : ''}`, { operationId: 'listFeedback' })).body.items as {
      id: string;
    }[];
  const ideas = async () =>
    (await s.json(KWAME, 'GET', '/feedback/summary', { operationId: 'getFeedbackSummary' })).body.groups.find(
      (g: { categoryId: string }) => g.categoryId === 'ideas',
    ).responses as number;

  it('holds a feedback, then a reply and its reopening, until each one’s hour has ended', async () => {
    const hour = Math.floor(s.clock.now / HOUR) * HOUR;
    const counted = await ideas();
    const sent = await sender(s).send(draft({ categoryId: 'ideas' }));
    assert.equal(sent.status, 201);
    const { thread, replyToken } = sent.body;
    assert.equal((await sender(s).config()).body.deliverAfterHour, true);

    s.clock.now = hour + HOUR - 1;
    assert.ok(!(await inbox()).some((t) => t.id === thread.id), 'not listed before the hour ends');
    assert.equal((await s.json(KWAME, 'GET', `/feedback/inbox/${thread.id}`)).status, 404);
    assert.equal((await answer(s, KWAME, thread.id, 'Too early')).status, 404);
    assert.equal(await ideas(), counted, 'not counted in the summary');

    s.clock.now = hour + HOUR;
    assert.ok(
      (await inbox()).some((t) => t.id === thread.id),
      'listed once the hour has ended',
    );
    assert.equal(await ideas(), counted + 1);
    assert.equal((await answer(s, KWAME, thread.id, 'Thank you, we will look into it.')).status, 201);

    s.clock.now = hour + HOUR + 40 * 60_000;
    assert.equal((await sender(s).reply(replyToken, 'One more thing about it.')).body.status, 'open');
    const held = (await s.json(KWAME, 'GET', `/feedback/inbox/${thread.id}`)).body;
    assert.deepEqual(
      held.messages.map((m: { from: string }) => m.from),
      ['sender', 'recipient'],
    );
    assert.equal(held.status, 'answered', 'the held reply has not reopened it yet');
    assert.ok(!(await inbox('open')).some((t) => t.id === thread.id), 'not under "open" yet');
    assert.ok((await inbox('answered')).some((t) => t.id === thread.id));

    s.clock.now = hour + 2 * HOUR;
    const delivered = (await s.json(KWAME, 'GET', `/feedback/inbox/${thread.id}`)).body;
    assert.deepEqual(
      delivered.messages.map((m: { from: string }) => m.from),
      ['sender', 'recipient', 'sender'],
    );
    assert.equal(delivered.status, 'open');
    assert.ok((await inbox('open')).some((t) => t.id === thread.id));
  });
});
