import { expect } from '@open-wc/testing';
import type { FeedbackDraft, FeedbackThread } from '../../../src/core/feedback.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../src/core/errors.js';
import { MapStorage } from '../../../src/adapters/memory/map-storage.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/memory.adapter.js';
import type { MemoryState } from '../../../src/adapters/memory/state.js';
import { idem, makeAdapter, rejection, testClock, uniqueKey } from './helpers.js';

const KWAME = 'p-06';
const NADIA = 'p-29';
const ADMIN = 'p-32';

function feedback(overrides: Partial<FeedbackDraft> = {}): FeedbackDraft {
  return {
    categoryId: 'ideas',
    message: 'A shared bookshelf in the kitchen, where anyone can leave a book they liked.',
    score: 4,
    ...overrides,
  };
}

/** Every thread of the inbox, page after page. */
async function allPages(adapter: MemoryAdapter, query: { categoryId?: string; status?: FeedbackThread['status'] } = {}, limit = 7) {
  const items: FeedbackThread[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.feedback.listFeedback({ ...query, limit, cursor });
    items.push(...page.items);
    sizes.push(page.items.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { items, sizes };
}

describe('memory adapter: the feedback inbox', () => {
  it('is for recipients only: an ordinary employee gets ForbiddenError everywhere', async () => {
    const adapter = makeAdapter({ userId: 'p-01' });
    const id = (await adapter.feedback.sendFeedback(feedback(), idem())).thread.id;
    for (const call of [
      adapter.feedback.listFeedback({}),
      adapter.feedback.getFeedbackSummary(),
      adapter.feedback.getFeedbackById(id),
      adapter.feedback.answerFeedback(id, 'An answer I may not give.', idem()),
      adapter.feedback.setFeedbackStatus(id, 'closed'),
    ]) {
      const error = await rejection(call);
      expect(error).to.be.instanceOf(ForbiddenError);
      expect((error as Error).message).to.equal('Only feedback recipients can read the inbox.');
    }
    // Moderators and poll authors are not recipients either.
    adapter.setCurrentUser('p-34');
    expect(await rejection(adapter.feedback.listFeedback({}))).to.be.instanceOf(ForbiddenError);
    // Recipients and admins are.
    for (const user of [KWAME, NADIA, ADMIN]) {
      adapter.setCurrentUser(user);
      expect((await adapter.feedback.getFeedbackById(id)).id).to.equal(id);
    }
  });

  it('lists every thread newest first, page by page, without repeats', async () => {
    const adapter = makeAdapter({ userId: NADIA });
    const { items, sizes } = await allPages(adapter);
    expect(sizes).to.deep.equal([7, 7, 7, 3]);
    expect(new Set(items.map((t) => t.id)).size).to.equal(24);
    const keys = items.map((t) => [t.createdAt, t.id].join('|'));
    expect(keys).to.deep.equal([...keys].sort().reverse());
    const first = await adapter.feedback.listFeedback({});
    expect(first.items).to.have.length(20);
    expect(first.items.map((t) => t.id)).to.deep.equal(items.slice(0, 20).map((t) => t.id));
    expect((await adapter.feedback.listFeedback({ limit: 500 })).items).to.have.length(24);
    expect((await adapter.feedback.listFeedback({ limit: 0 })).items).to.have.length(1);
  });

  it('filters by category and status', async () => {
    const adapter = makeAdapter({ userId: KWAME });
    const culture = await allPages(adapter, { categoryId: 'culture' }, 4);
    expect(culture.items).to.have.length(6);
    expect(culture.items.every((t) => t.categoryId === 'culture')).to.equal(true);
    const closed = await allPages(adapter, { status: 'closed' });
    expect(closed.items.map((t) => t.status)).to.deep.equal(Array(6).fill('closed'));
    const openWorkplace = await allPages(adapter, { categoryId: 'workplace', status: 'open' });
    expect(openWorkplace.items.map((t) => [t.categoryId, t.status])).to.deep.equal([
      ['workplace', 'open'],
      ['workplace', 'open'],
    ]);
    expect((await adapter.feedback.listFeedback({ categoryId: 'no-such-topic' })).items).to.deep.equal([]);
  });

  it('refuses a malformed cursor or status', async () => {
    const adapter = makeAdapter({ userId: KWAME });
    const cursor = await rejection(adapter.feedback.listFeedback({ cursor: 'not a cursor' }));
    expect((cursor as ValidationError).forField('cursor')).to.include({ code: 'invalid' });
    const status = await rejection(adapter.feedback.listFeedback({ status: 'pending' as never }));
    expect((status as ValidationError).forField('status')).to.include({ code: 'invalid' });
  });

  it('shows new feedback at the top of the inbox, as the sender sent it', async () => {
    const clock = testClock(Date.parse('2025-06-02T10:42:00Z'));
    const adapter = makeAdapter({ userId: 'p-01', now: clock.now });
    const { thread } = await adapter.feedback.sendFeedback(feedback(), idem());
    adapter.setCurrentUser(KWAME);
    const top = (await adapter.feedback.listFeedback({ limit: 1 })).items[0]!;
    expect(top).to.deep.equal(thread);
    expect(top.messages[0]!.author).to.equal(null);
  });

  it('summarizes per category, withholding groups of fewer than 5', async () => {
    const adapter = makeAdapter({ userId: NADIA });
    const summary = await adapter.feedback.getFeedbackSummary();
    expect(summary).to.deep.equal({
      scoreKind: 'mood',
      minGroupSize: 5,
      groups: [
        { categoryId: 'workplace', responses: 6, score: 2.8 },
        { categoryId: 'leadership', responses: null, score: null },
        { categoryId: 'culture', responses: 6, score: 3.2 },
        { categoryId: 'process', responses: 5, score: 2.3 },
        { categoryId: 'ideas', responses: null, score: null },
      ],
    });
    // Two more ideas make five: the group shows.
    await adapter.feedback.sendFeedback(feedback({ score: 5 }), idem());
    expect((await adapter.feedback.getFeedbackSummary()).groups.find((g) => g.categoryId === 'ideas')).to.deep.equal({
      categoryId: 'ideas',
      responses: null,
      score: null,
    });
    await adapter.feedback.sendFeedback(feedback({ score: 1 }), idem());
    expect((await adapter.feedback.getFeedbackSummary()).groups.find((g) => g.categoryId === 'ideas')).to.deep.equal({
      categoryId: 'ideas',
      responses: 5,
      score: 3.8,
    });
  });

  it('lets a recipient answer; the sender reads the answer through the token and replies', async () => {
    const clock = testClock(Date.parse('2025-06-02T10:42:17.500Z'));
    const adapter = makeAdapter({ userId: 'p-01', now: clock.now });
    const { thread, replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());

    adapter.setCurrentUser(KWAME);
    clock.at += 3 * 60_000;
    const answered = await adapter.feedback.answerFeedback(thread.id, '  Lovely idea, we will set one up next week.  ', idem());
    expect(answered.status).to.equal('answered');
    expect(answered.messages[1]).to.deep.include({
      from: 'recipient',
      message: 'Lovely idea, we will set one up next week.',
      createdAt: '2025-06-02T10:45:17.500Z',
    });
    expect(answered.messages[1]!.author).to.deep.include({ id: KWAME, name: 'Kwame Mensah', title: 'Engineering Manager' });
    expect(answered.messages[1]!.author).not.to.have.property('roles');

    adapter.setCurrentUser('p-01');
    const seen = await adapter.feedback.getFeedbackThread(replyToken);
    expect(seen).to.deep.equal(answered);
    clock.at += 60 * 60_000;
    const replied = await adapter.feedback.replyToFeedback(replyToken, 'Thank you! I can bring a few books.', idem());
    expect(replied.status).to.equal('open');

    adapter.setCurrentUser(NADIA);
    const inbox = await adapter.feedback.getFeedbackById(thread.id);
    expect(inbox).to.deep.equal(replied);
    expect(inbox.messages.map((m) => [m.from, m.author?.name ?? null])).to.deep.equal([
      ['sender', null],
      ['recipient', 'Kwame Mensah'],
      ['sender', null],
    ]);
    expect(inbox.messages[2]!.createdAt).to.equal('2025-06-02T11:00:00.000Z');
  });

  it('stores a retried answer once', async () => {
    const adapter = makeAdapter({ userId: KWAME });
    const { thread } = await adapter.feedback.sendFeedback(feedback(), idem());
    const key = { idempotencyKey: 'answer-once' };
    const first = await adapter.feedback.answerFeedback(thread.id, 'Thanks, on it.', key);
    const again = await adapter.feedback.answerFeedback(thread.id, 'Thanks, on it.', key);
    expect(again).to.deep.equal(first);
    expect((await adapter.feedback.getFeedbackById(thread.id)).messages).to.have.length(2);
    // The same key from another recipient is their own answer.
    adapter.setCurrentUser(NADIA);
    expect((await adapter.feedback.answerFeedback(thread.id, 'Thanks, on it.', key)).messages).to.have.length(3);
  });

  it('checks answers against replyMax', async () => {
    const adapter = makeAdapter({ userId: KWAME });
    const { thread } = await adapter.feedback.sendFeedback(feedback(), idem());
    const long = await rejection(adapter.feedback.answerFeedback(thread.id, 'x'.repeat(1001), idem()));
    expect((long as ValidationError).forField('message')).to.include({ code: 'too-long', message: 'Keep it under 1000 characters.' });
    const empty = await rejection(adapter.feedback.answerFeedback(thread.id, ' \n ', idem()));
    expect((empty as ValidationError).forField('message')).to.include({ code: 'required' });
    expect((await adapter.feedback.getFeedbackById(thread.id)).messages).to.have.length(1);
  });

  it('closes and reopens a conversation; a closed one takes no answers or replies', async () => {
    const { adapter, stored } = persistedAs(KWAME);
    const { thread, replyToken } = await adapter.feedback.sendFeedback(feedback(), idem());
    const closed = await adapter.feedback.setFeedbackStatus(thread.id, 'closed');
    expect(closed.status).to.equal('closed');
    const rev = stored().rev;
    // Setting it again changes nothing, not even the revision.
    expect(await adapter.feedback.setFeedbackStatus(thread.id, 'closed')).to.deep.equal(closed);
    expect(stored().rev).to.equal(rev);

    const answer = await rejection(adapter.feedback.answerFeedback(thread.id, 'Too late?', idem()));
    expect(answer).to.be.instanceOf(ConflictError);
    expect((answer as Error).message).to.equal('This conversation is closed.');
    expect(await rejection(adapter.feedback.replyToFeedback(replyToken, 'Too late?', idem()))).to.be.instanceOf(ConflictError);

    await adapter.feedback.setFeedbackStatus(thread.id, 'open');
    expect((await adapter.feedback.answerFeedback(thread.id, 'Reopened: tell us more.', idem())).status).to.equal('answered');
    const status = await rejection(adapter.feedback.setFeedbackStatus(thread.id, 'archived' as never));
    expect((status as ValidationError).forField('status')).to.include({ code: 'invalid' });
  });

  it('answers NotFoundError for a thread id that does not exist', async () => {
    const adapter = makeAdapter({ userId: NADIA });
    for (const call of [
      adapter.feedback.getFeedbackById('fb-nope'),
      adapter.feedback.answerFeedback('fb-nope', 'Hello', idem()),
      adapter.feedback.setFeedbackStatus('fb-nope', 'closed'),
    ]) {
      expect(await rejection(call)).to.be.instanceOf(NotFoundError);
    }
  });

  it('reaches a recipient in another tab', async () => {
    const storage = new MapStorage();
    const storageKey = uniqueKey();
    const sender = makeAdapter({ storage, storageKey, persist: true, userId: 'p-01' });
    const recipient = makeAdapter({ storage, storageKey, persist: true, userId: NADIA });
    const { thread, replyToken } = await sender.feedback.sendFeedback(feedback(), idem());
    expect((await recipient.feedback.listFeedback({ limit: 1 })).items[0]!.id).to.equal(thread.id);
    await recipient.feedback.answerFeedback(thread.id, 'Thanks, we love it.', idem());
    expect((await sender.feedback.getFeedbackThread(replyToken)).status).to.equal('answered');
  });
});

function persistedAs(userId: string) {
  const storage = new MapStorage();
  const storageKey = uniqueKey();
  const adapter = makeAdapter({ storage, storageKey, persist: true, userId });
  return { adapter, stored: () => JSON.parse(storage.getItem(storageKey)!) as MemoryState };
}
