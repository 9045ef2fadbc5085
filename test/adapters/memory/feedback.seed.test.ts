import { expect } from '@open-wc/testing';
import { DEFAULT_FEEDBACK_CONFIG, isFeedbackRecipient, statusAfter, validateFeedback, validateReply } from '../../../src/core/feedback.rules.js';
import { seedFeedback } from '../../../src/seed/feedback.seed.js';
import { compareNewestFirst } from '../../../src/core/order.js';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import { makeAdapter, uniqueKey } from './helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2025-06-02T10:27:41.250Z');
const isHour = (iso: string) => Date.parse(iso) % HOUR === 0;

describe('memory adapter: seeded feedback', () => {
  const threads = seedFeedback(NOW);
  const people = new Map(seedState(NOW).people.map((p) => [p.id, p]));

  it('is the same on every fresh start; only the times follow the clock', () => {
    expect(seedFeedback(NOW)).to.deep.equal(threads);
    expect(seedState(NOW).feedback).to.deep.equal(threads);
    const later = seedFeedback(NOW + 7 * DAY);
    expect(later.map((t) => [t.id, t.tokenHash, t.messages.map((m) => m.message)])).to.deep.equal(
      threads.map((t) => [t.id, t.tokenHash, t.messages.map((m) => m.message)]),
    );
    expect(Date.parse(later[0]!.createdAt) - Date.parse(threads[0]!.createdAt)).to.equal(7 * DAY);
  });

  it('has two dozen threads, newest first, with unique random-looking ids and token hashes', () => {
    expect(threads).to.have.length(24);
    expect(threads.map((t) => t.id)).to.deep.equal([...threads].sort(compareNewestFirst).map((t) => t.id));
    expect(new Set(threads.map((t) => t.id)).size).to.equal(24);
    for (const t of threads) {
      expect(t.id).to.match(/^fb-[\w-]{12}$/);
      expect(t.tokenHash).to.match(/^[\w-]{43}$/);
    }
    expect(new Set(threads.map((t) => t.tokenHash)).size).to.equal(24);
    const messageIds = threads.flatMap((t) => t.messages.map((m) => m.id));
    expect(new Set(messageIds).size).to.equal(messageIds.length);
  });

  it('holds feedback a server would accept, in every default category', () => {
    const config = DEFAULT_FEEDBACK_CONFIG;
    for (const t of threads) {
      const [first, ...rest] = t.messages;
      expect(validateFeedback({ categoryId: t.categoryId, message: first!.message, score: t.score }, config)).to.deep.equal({
        categoryId: t.categoryId,
        message: first!.message,
        score: t.score,
      });
      for (const m of rest) expect(validateReply(m.message, config)).to.equal(m.message);
    }
    const count = (id: string) => threads.filter((t) => t.categoryId === id).length;
    expect(config.categories.map((c) => count(c.id))).to.deep.equal([6, 4, 6, 5, 3]);
    expect(threads.filter((t) => t.score === null).length).to.be.within(3, 10);
    expect(new Set(threads.map((t) => t.score))).to.have.property('size', 6);
  });

  it('keeps senders anonymous: no author, times on the hour; answers come from recipients at exact times', () => {
    for (const t of threads) {
      expect(isHour(t.createdAt)).to.equal(true);
      expect(t.messages[0]!.createdAt).to.equal(t.createdAt);
      expect(t.messages[0]!.from).to.equal('sender');
      let previous = Date.parse(t.createdAt);
      for (const m of t.messages) {
        const at = Date.parse(m.createdAt);
        expect(at, m.message).to.be.at.least(previous).and.at.most(NOW);
        previous = at;
        if (m.from === 'sender') {
          expect(m.authorId).to.equal(null);
          expect(isHour(m.createdAt)).to.equal(true);
        } else {
          expect(isFeedbackRecipient(people.get(m.authorId!))).to.equal(true);
          expect(isHour(m.createdAt)).to.equal(false);
        }
      }
    }
    const answerers = new Set(threads.flatMap((t) => t.messages.map((m) => m.authorId)).filter(Boolean));
    expect([...answerers].sort()).to.deep.equal(['p-06', 'p-29']);
    expect([...answerers].map((id) => people.get(id!)!.name).sort()).to.deep.equal(['Kwame Mensah', 'Nadia Haddad']);
  });

  it('mixes open, answered and closed threads, with follow-ups from senders', () => {
    const statuses = threads.map((t) => t.status);
    expect(statuses.filter((s) => s === 'open')).to.have.length(10);
    expect(statuses.filter((s) => s === 'answered')).to.have.length(8);
    expect(statuses.filter((s) => s === 'closed')).to.have.length(6);
    for (const t of threads.filter((t) => t.status !== 'closed')) {
      expect(t.status).to.equal(statusAfter(t.messages[t.messages.length - 1]!.from));
    }
    const withAnswers = threads.filter((t) => t.messages.some((m) => m.from === 'recipient'));
    expect(withAnswers.length).to.be.at.least(12);
    expect(threads.filter((t) => t.messages.filter((m) => m.from === 'sender').length > 1).length).to.be.at.least(4);
    expect(Math.max(...threads.map((t) => t.messages.length))).to.be.at.least(4);
    // Some from today, so a fresh inbox starts with something new.
    expect(threads.filter((t) => NOW - Date.parse(t.createdAt) < DAY).length).to.be.at.least(2);
  });
});

describe('memory adapter: migrating to feedback', () => {
  const stored = (key: string) => JSON.parse(localStorage.getItem(key)!) as MemoryState;

  it('keeps kudos, polls and keys of a version 2 state and adds the seeded feedback', async () => {
    const storageKey = uniqueKey();
    const { feedback: _feedback, ...current } = seedState(Date.now());
    const v2 = { ...current, version: 2, rev: 11 };
    v2.kudos[0]!.message = 'Given before feedback existed, and still here.';
    v2.polls.find((p) => p.id === 'poll-lunch')!.ballots['p-01'] = { optionIds: ['lunch-bowl'], writeInId: null, score: null };
    v2.idempotency['p-01|kudos|kept'] = { id: v2.kudos[0]!.id, at: Date.now() };
    localStorage.setItem(storageKey, JSON.stringify(v2));

    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    expect((await adapter.kudos.listKudos({ limit: 1 })).items[0]!.message).to.equal('Given before feedback existed, and still here.');
    expect((await adapter.polls.getPoll('poll-lunch')).myVote!.optionIds).to.deep.equal(['lunch-bowl']);
    adapter.setCurrentUser('p-29');
    expect((await adapter.feedback.listFeedback({ limit: 100 })).items).to.have.length(24);

    const saved = stored(storageKey);
    expect(saved.version).to.equal(STATE_VERSION);
    expect(STATE_VERSION).to.equal(7);
    expect(saved.rev).to.equal(11);
    expect(saved.idempotency).to.have.property('p-01|kudos|kept');
    expect(saved.feedback).to.have.length(24);
  });

  it('brings a version 1 state up to date with polls and feedback', async () => {
    const storageKey = uniqueKey();
    const { feedback: _feedback, polls: _polls, ...current } = seedState(Date.now());
    const v1 = { ...current, version: 1, rev: 5 };
    v1.kudos[0]!.message = 'From the very first version.';
    localStorage.setItem(storageKey, JSON.stringify(v1));

    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-06' });
    expect((await adapter.kudos.listKudos({ limit: 1 })).items[0]!.message).to.equal('From the very first version.');
    expect((await adapter.polls.getPoll('poll-lunch')).question).to.match(/lunch/i);
    expect((await adapter.feedback.getFeedbackSummary()).groups).to.have.length(5);
    const saved = stored(storageKey);
    expect([saved.version, saved.rev, saved.polls.length, saved.feedback.length]).to.deep.equal([STATE_VERSION, 5, 5, 24]);
  });

  it('reseeds a version 2 state it cannot read', async () => {
    const storageKey = uniqueKey();
    localStorage.setItem(storageKey, JSON.stringify({ version: 2, rev: 4, kudos: [], polls: [] }));
    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-29' });
    expect((await adapter.kudos.listKudos({ limit: 100 })).items).to.have.length(100);
    expect(stored(storageKey).feedback).to.have.length(24);
  });
});
