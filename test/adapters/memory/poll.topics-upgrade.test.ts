import { expect } from '@open-wc/testing';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import { makeAdapter, uniqueKey } from './helpers.js';

/*
 * A demo stored before polls had topics (version 5) keeps what people did, and its demo polls get
 * their seeded topics: the demo page places its Quick poll by topic, and showed "No open poll on
 * this topic yet" to anyone who had tried the demo before.
 */

describe('memory adapter: a version 5 state gets the polls’ topics', () => {
  it('finds the demo’s lunch poll by its topic, keeping the stored votes', async () => {
    const storageKey = uniqueKey();
    const current = seedState(Date.now());
    const polls = current.polls.map(({ topic: _topic, ...p }) => p);
    localStorage.setItem(storageKey, JSON.stringify({ ...current, polls, version: 5, rev: 9 }));
    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    const found = await adapter.polls.findLatestPoll({ topic: 'team-lunch' });
    expect(found?.id).to.equal('poll-lunch');
    const saved = JSON.parse(localStorage.getItem(storageKey)!) as MemoryState;
    expect(saved.version).to.equal(STATE_VERSION);
    expect(saved.rev, 'what people did is kept').to.equal(9);
    expect(saved.polls.find((p) => p.id === 'poll-enps')?.topic).to.equal(null);
  });
});
