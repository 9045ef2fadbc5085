import { expect } from '@open-wc/testing';
import type { PollLiveEvent } from '../../../src/core/live.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { ballot, draft, idem, makeAdapter, uniqueKey, until } from './helpers.js';
import { plainPollDraft } from '../../../src/core/poll.rules.js';

const stored = (key: string) => JSON.parse(localStorage.getItem(key)!) as MemoryState;
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

function record(adapter: ReturnType<typeof makeAdapter>): PollLiveEvent[] {
  const events: PollLiveEvent[] = [];
  adapter.live.subscribe('poll', (e) => events.push(e));
  return events;
}

describe('memory adapter: polls live and across tabs', () => {
  it('tells local subscribers which poll changed: votes, approvals, closing, new polls', async () => {
    const adapter = makeAdapter({ userId: 'p-34' });
    const events = record(adapter);
    await adapter.polls.vote('poll-lunch', ballot(['lunch-ramen']), idem());
    const pending = (await adapter.polls.getPoll('poll-offsite')).results!.writeIns.find((w) => !w.approved)!;
    await adapter.polls.approveWriteIn('poll-offsite', pending.id);
    await adapter.polls.approveWriteIn('poll-offsite', pending.id);
    await adapter.polls.closePoll('poll-enps');
    const created = await adapter.polls.createPoll(plainPollDraft('New?', ['Yes', 'No']), idem());
    expect(events.map((e) => e.type === 'changed' && e.pollId)).to.deep.equal(['poll-lunch', 'poll-offsite', 'poll-enps', created.id]);
    expect(events.every((e) => e.topic === 'poll' && e.type === 'changed')).to.equal(true);
  });

  it('sends no poll events for kudos, and no kudos events for polls', async () => {
    const adapter = makeAdapter();
    const polls = record(adapter);
    const kudos: unknown[] = [];
    adapter.live.subscribe('kudos', (e) => kudos.push(e));
    await adapter.kudos.giveKudos(draft(), idem());
    await adapter.polls.vote('poll-lunch', ballot(['lunch-bowl']), idem());
    expect(polls.map((e) => e.type === 'changed' && e.pollId)).to.deep.equal(['poll-lunch']);
    expect(kudos).to.have.length(1);
  });

  it('carries a vote to the other tab, whose user refetches the poll as they see it', async () => {
    const storageKey = uniqueKey();
    const a = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    const b = makeAdapter({ storageKey, persist: true, userId: 'p-06' });
    const inB = record(b);
    await a.polls.vote('poll-lunch', ballot(['lunch-pizza']), idem());
    await until(() => inB.length > 0);
    expect(inB).to.deep.equal([{ topic: 'poll', type: 'changed', pollId: 'poll-lunch' }]);
    const seenByB = await b.polls.getPoll('poll-lunch');
    expect(seenByB.results!.options.find((o) => o.optionId === 'lunch-pizza')!.count).to.equal(5);
    expect(seenByB.canManage).to.equal(true);
  });

  it('keeps votes across a reload', async () => {
    const storageKey = uniqueKey();
    const before = makeAdapter({ storageKey, persist: true });
    const { receipt } = await before.polls.vote('poll-enps', ballot([], null, 6), idem());
    before.dispose();
    const after = makeAdapter({ storageKey, persist: true });
    expect((await after.polls.getPoll('poll-enps')).voted).to.equal(true);
    expect((await after.polls.vote('poll-enps', ballot([], null, 7), { ...idem(), receipt })).receipt).to.equal(receipt);
  });

  it('migrates a stored state of version 1: kudos kept, polls added', async () => {
    const storageKey = uniqueKey();
    const { polls: _polls, ...v2 } = seedState(Date.now());
    const v1 = { ...v2, version: 1, rev: 7 };
    v1.kudos[0]!.message = 'Given before polls existed, and still here.';
    localStorage.setItem(storageKey, JSON.stringify(v1));
    const adapter = makeAdapter({ storageKey, persist: true });
    expect((await adapter.kudos.listKudos({ limit: 1 })).items[0]!.message).to.equal('Given before polls existed, and still here.');
    expect((await adapter.polls.getPoll('poll-lunch')).question).to.match(/lunch/);
    const saved = stored(storageKey);
    expect(saved.version).to.equal(STATE_VERSION);
    expect(saved.rev).to.equal(7);
    expect(saved.polls).to.have.length(5);
  });

  it('also follows the storage event for polls', async () => {
    const storageKey = uniqueKey();
    const tab = makeAdapter({ storageKey, persist: true });
    const events = record(tab);
    const state = stored(storageKey);
    state.rev += 1;
    state.polls.find((p) => p.id === 'poll-lunch')!.ballots['p-01'] = { optionIds: ['lunch-bowl'], writeInId: null, score: null };
    localStorage.setItem(storageKey, JSON.stringify(state));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey }));
    expect(events).to.deep.equal([{ topic: 'poll', type: 'changed', pollId: 'poll-lunch' }]);
    expect((await tab.polls.getPoll('poll-lunch')).myVote!.optionIds).to.deep.equal(['lunch-bowl']);
    await pause();
  });
});
