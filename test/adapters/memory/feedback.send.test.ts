import { expect } from '@open-wc/testing';
import type { FeedbackDraft } from '../../../src/core/feedback.js';
import { ConflictError, NetworkError, NotFoundError, RateLimitedError, ValidationError } from '../../../src/core/errors.js';
import { MapStorage } from '../../../src/adapters/memory/map-storage.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/memory.adapter.js';
import { fromBase64Url } from '../../../src/core/secret.js';
import type { MemoryState } from '../../../src/adapters/memory/state.js';
import { idem, makeAdapter, rejection, testClock, uniqueKey } from './helpers.js';

function feedback(overrides: Partial<FeedbackDraft> = {}): FeedbackDraft {
  return {
    categoryId: 'workplace',
    message: '  The printers on the fourth floor jam every morning; could they be serviced more often?  ',
    score: 2,
    ...overrides,
  };
}

/** A persisted adapter over its own Storage, signed in as `userId`, with the stored JSON at hand. */
function persisted(options: Parameters<typeof makeAdapter>[0] = {}) {
  const storage = new MapStorage();
  const storageKey = uniqueKey();
  const adapter = makeAdapter({ storage, storageKey, persist: true, userId: 'p-01', ...options });
  const raw = () => storage.getItem(storageKey)!;
  return { adapter, storage, storageKey, raw, stored: () => JSON.parse(raw()) as MemoryState };
}

/** Makes any read of the signed-in user fail, as a server asked to identify an anonymous sender would. */
function forbidIdentity(adapter: MemoryAdapter): string[] {
  const reads: string[] = [];
  Object.defineProperty(adapter, 'userId', {
    configurable: true,
    get: () => {
      reads.push('userId');
      return 'p-01';
    },
  });
  Object.defineProperty(adapter, 'viewer', {
    configurable: true,
    value: () => {
      reads.push('viewer');
      throw new Error('The sender was identified.');
    },
  });
  return reads;
}

describe('memory adapter: sending anonymous feedback', () => {
  it('sends feedback and returns the thread with a secret reply token of at least 128 bits', async () => {
    const clock = testClock(Date.parse('2025-06-02T10:42:17.123Z'));
    const adapter = makeAdapter({ now: clock.now });
    const { thread, replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());

    expect(fromBase64Url(replyToken)!.length).to.be.at.least(16);
    expect(replyToken).to.match(/^[\w-]+$/);
    expect(thread).to.deep.include({ categoryId: 'workplace', score: 2, status: 'open', createdAt: '2025-06-02T10:00:00.000Z' });
    expect(thread.messages).to.have.length(1);
    expect(thread.messages[0]).to.deep.include({
      from: 'sender',
      author: null,
      createdAt: '2025-06-02T10:00:00.000Z',
      message: 'The printers on the fourth floor jam every morning; could they be serviced more often?',
    });
    const again = await adapter.feedback.sendFeedback(feedback(), idem());
    expect(again.replyToken).not.to.equal(replyToken);
    expect(again.thread.id).not.to.equal(thread.id);
  });

  it('opens the conversation with the token, and a reply keeps it anonymous and open', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    const { thread, replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());
    expect(await adapter.feedback.getFeedbackThread(replyToken)).to.deep.equal(thread);

    clock.at += 95 * 60_000 + 30_000;
    const replied = await adapter.feedback.replyToFeedback(replyToken, ' One more thing: the paper tray is empty too. ', idem());
    expect(replied.status).to.equal('open');
    expect(replied.messages).to.have.length(2);
    expect(replied.messages[1]).to.deep.include({
      from: 'sender',
      author: null,
      message: 'One more thing: the paper tray is empty too.',
      createdAt: '2025-06-02T11:00:00.000Z',
    });
    expect(await adapter.feedback.getFeedbackThread(replyToken)).to.deep.equal(replied);
  });

  it('never asks who is signed in when sending, opening or replying', async () => {
    const adapter = makeAdapter();
    const reads = forbidIdentity(adapter);
    const config = await adapter.feedback.getFeedbackConfig();
    const { replyToken } = await adapter.feedback.sendFeedback(feedback({ categoryId: config.categories[2]!.id }), idem());
    await adapter.feedback.getFeedbackThread(replyToken);
    const thread = await adapter.feedback.replyToFeedback(replyToken, 'Thanks for reading this.', idem());
    expect(thread.messages).to.have.length(2);
    expect(reads).to.deep.equal([]);
    // The inbox, by contrast, is a signed-in recipient's: it does ask.
    expect(await rejection(adapter.feedback.listFeedback({}))).to.be.instanceOf(Error);
    expect(reads).to.include('viewer');
  });

  it('stores a thread that names nobody: no user id or name, no raw token, no exact time', async () => {
    const clock = testClock(Date.parse('2025-06-02T10:42:17.123Z'));
    const { adapter, raw, stored } = persisted({ userId: 'p-01', now: clock.now });
    const before = stored();
    const { thread, replyToken } = await adapter.feedback.sendFeedback(feedback(), { idempotencyKey: 'send-1' });
    clock.at += 60_000;
    await adapter.feedback.replyToFeedback(replyToken, 'Following up on the printers.', { idempotencyKey: 'reply-1' });
    const after = stored();

    expect(raw().includes(replyToken), 'raw token in storage').to.equal(false);
    const record = after.feedback.find((t) => t.id === thread.id)!;
    const entries = Object.entries(after.idempotency).filter(([key]) => !(key in before.idempotency));
    expect(entries).to.have.length(2);
    const added = JSON.stringify({ thread: record, entries });
    for (const trace of ['p-01', 'Chloé', 'Dubois', replyToken, 'send-1', 'reply-1', '10:42', '10:43']) {
      expect(added.includes(trace), trace).to.equal(false);
    }
    // The retry entries keep the hour only, like the thread.
    expect(entries.map(([, entry]) => new Date(entry.at).toISOString())).to.deep.equal(['2025-06-02T10:00:00.000Z', '2025-06-02T10:00:00.000Z']);
    expect(record.messages.map((m) => [m.authorId, m.createdAt])).to.deep.equal([
      [null, '2025-06-02T10:00:00.000Z'],
      [null, '2025-06-02T10:00:00.000Z'],
    ]);
    // Nothing else changed: no rate-limit record, no other trace of the sender's activity.
    // (`writes` holds a random id per write, for tabs writing at once: it names no one.)
    const { feedback: _f, idempotency: _i, rev: _r, writes: _w, ...rest } = after;
    const { feedback: _bf, idempotency: _bi, rev: _br, writes: _bw, ...restBefore } = before;
    expect(rest).to.deep.equal(restBefore);
    expect(after.writes?.every((id) => /^[a-z0-9]{1,12}$/.test(id))).to.equal(true);
    expect(after.feedback.length).to.equal(before.feedback.length + 1);
  });

  it('stores a retried send once and answers the same token, even after a reload', async () => {
    const { adapter, storage, storageKey, stored } = persisted();
    const key = { idempotencyKey: 'retry-me' };
    const first = await adapter.feedback.sendFeedback(feedback(), key);
    const again = await adapter.feedback.sendFeedback(feedback(), key);
    expect(again).to.deep.equal(first);
    const reloaded = makeAdapter({ storage, storageKey, persist: true });
    expect(await reloaded.feedback.sendFeedback(feedback(), key)).to.deep.equal(first);
    expect(stored().feedback.filter((t) => t.messages[0]!.message === first.thread.messages[0]!.message)).to.have.length(1);
    // Another key is another feedback.
    const other = await adapter.feedback.sendFeedback(feedback(), idem());
    expect(other.replyToken).not.to.equal(first.replyToken);
  });

  it('stores a retried reply once', async () => {
    const adapter = makeAdapter();
    const { replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());
    const key = { idempotencyKey: 'reply-retry' };
    const first = await adapter.feedback.replyToFeedback(replyToken, 'Is there any news?', key);
    const again = await adapter.feedback.replyToFeedback(replyToken, 'Is there any news?', key);
    expect(again).to.deep.equal(first);
    expect((await adapter.feedback.getFeedbackThread(replyToken)).messages).to.have.length(2);
  });

  it('refuses an unknown or malformed token with NotFoundError', async () => {
    const adapter = makeAdapter();
    for (const token of ['A'.repeat(32), 'short', 'has spaces in it and is long enough', '']) {
      const error = await rejection(adapter.feedback.getFeedbackThread(token));
      expect(error, token).to.be.instanceOf(NotFoundError);
      expect((error as Error).message).to.equal('No conversation matches this reply token.');
      expect(await rejection(adapter.feedback.replyToFeedback(token, 'Hello?', idem())), token).to.be.instanceOf(NotFoundError);
    }
  });

  it('reports every field at fault in a draft', async () => {
    const adapter = makeAdapter();
    const error = await rejection(adapter.feedback.sendFeedback({ categoryId: 'canteen', message: ' too short ', score: 7 }, idem()));
    expect(error).to.be.instanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.forField('categoryId')).to.include({ code: 'invalid' });
    expect(v.forField('message')).to.include({ code: 'too-short' });
    expect(v.forField('score')).to.include({ code: 'invalid' });
    const empty = (await rejection(adapter.feedback.sendFeedback(feedback({ categoryId: '', message: '   ' }), idem()))) as ValidationError;
    expect(empty.forField('categoryId')).to.include({ code: 'required' });
    expect(empty.forField('message')).to.include({ code: 'required' });
    const long = (await rejection(adapter.feedback.sendFeedback(feedback({ message: 'x'.repeat(2001) }), idem()))) as ValidationError;
    expect(long.forField('message')).to.include({ code: 'too-long' });
    // A score is optional.
    expect((await adapter.feedback.sendFeedback(feedback({ score: null }), idem())).thread.score).to.equal(null);
  });

  it('checks replies against replyMax and refuses empty ones', async () => {
    const adapter = makeAdapter({ feedbackConfig: { replyMax: 20 } });
    const { replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());
    const empty = (await rejection(adapter.feedback.replyToFeedback(replyToken, '  ', idem()))) as ValidationError;
    expect(empty).to.be.instanceOf(ValidationError);
    expect(empty.forField('message')).to.include({ code: 'required' });
    const long = (await rejection(adapter.feedback.replyToFeedback(replyToken, 'x'.repeat(21), idem()))) as ValidationError;
    expect(long.forField('message')).to.include({ code: 'too-long' });
    expect((await adapter.feedback.getFeedbackThread(replyToken)).messages).to.have.length(1);
  });

  it('refuses a reply in a closed conversation', async () => {
    const adapter = makeAdapter();
    const { thread, replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());
    adapter.setCurrentUser('p-29');
    await adapter.feedback.setFeedbackStatus(thread.id, 'closed');
    const error = await rejection(adapter.feedback.replyToFeedback(replyToken, 'Can I add something?', idem()));
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as Error).message).to.equal('This conversation is closed.');
    const seen = await adapter.feedback.getFeedbackThread(replyToken);
    expect(seen.status).to.equal('closed');
    expect(seen.messages).to.have.length(1);
  });

  it('serves its configuration, with the adapter options over the defaults', async () => {
    const adapter = makeAdapter({ feedbackConfig: { scoreKind: 'enps', minGroupSize: 3 } });
    const config = await adapter.feedback.getFeedbackConfig();
    expect(config).to.deep.include({ scoreKind: 'enps', minGroupSize: 3, messageMin: 10, messageMax: 2000, replyMax: 1000 });
    expect(config.categories.map((c) => c.id)).to.deep.equal(['workplace', 'leadership', 'culture', 'process', 'ideas']);
    config.categories.length = 0;
    expect((await adapter.feedback.getFeedbackConfig()).categories).to.have.length(5);
    expect((await adapter.feedback.sendFeedback(feedback({ score: 9 }), idem())).thread.score).to.equal(9);
    expect(await rejection(adapter.feedback.sendFeedback(feedback({ score: 11 }), idem()))).to.be.instanceOf(ValidationError);
  });

  it('fails with NetworkError at failureRate 1, storing nothing', async () => {
    const { adapter, stored } = persisted({ failureRate: 1 });
    const before = stored().feedback.length;
    expect(await rejection(adapter.feedback.sendFeedback(feedback(), idem()))).to.be.instanceOf(NetworkError);
    expect(await rejection(adapter.feedback.getFeedbackConfig())).to.be.instanceOf(NetworkError);
    expect(stored().feedback.length).to.equal(before);
  });
});

describe('memory adapter: the anonymous rate limit', () => {
  it('allows 10 sends and replies per 10 minutes from this device by default', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    const { replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());
    for (let i = 0; i < 4; i++) await adapter.feedback.sendFeedback(feedback(), idem());
    for (let i = 0; i < 5; i++) await adapter.feedback.replyToFeedback(replyToken, `Reply ${i + 1}`, idem());
    clock.at += 60_000;
    const error = await rejection(adapter.feedback.sendFeedback(feedback(), idem()));
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(540);
    expect(await rejection(adapter.feedback.replyToFeedback(replyToken, 'One more', idem()))).to.be.instanceOf(RateLimitedError);
    clock.at += 540_000;
    expect((await adapter.feedback.sendFeedback(feedback(), idem())).thread.status).to.equal('open');
  });

  it('takes its limit from the options; retries, failed validation and reads do not count', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now, feedbackRateLimit: { max: 2, windowSeconds: 60 } });
    const key = { idempotencyKey: 'counted-once' };
    const first = await adapter.feedback.sendFeedback(feedback(), key);
    expect(await rejection(adapter.feedback.sendFeedback(feedback({ message: 'short' }), idem()))).to.be.instanceOf(ValidationError);
    await adapter.feedback.getFeedbackThread(first.replyToken);
    clock.at += 20_000;
    await adapter.feedback.sendFeedback(feedback(), idem());

    const error = await rejection(adapter.feedback.sendFeedback(feedback(), idem()));
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(40);
    // A retry of a send that went through is answered even now, and still not counted.
    expect(await adapter.feedback.sendFeedback(feedback(), key)).to.deep.equal(first);
    clock.at += 40_000;
    await adapter.feedback.sendFeedback(feedback(), idem());
  });

  it('a limit of 0 refuses every send and says to wait a whole window', async () => {
    const adapter = makeAdapter({ feedbackRateLimit: { max: 0, windowSeconds: 600 } });
    const error = await rejection(adapter.feedback.sendFeedback(feedback(), idem()));
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(600);
  });

  it('counts per device: another adapter instance has its own allowance', async () => {
    const storage = new MapStorage();
    const storageKey = uniqueKey();
    const one = makeAdapter({ storage, storageKey, persist: true, feedbackRateLimit: { max: 1 } });
    const two = makeAdapter({ storage, storageKey, persist: true, feedbackRateLimit: { max: 1 } });
    await one.feedback.sendFeedback(feedback(), idem());
    expect(await rejection(one.feedback.sendFeedback(feedback(), idem()))).to.be.instanceOf(RateLimitedError);
    expect((await two.feedback.sendFeedback(feedback(), idem())).thread.status).to.equal('open');
  });
});
