import { expect } from '@open-wc/testing';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import { DEFAULT_POINTS, type BoardQuery } from '../../../src/core/leaderboard.js';
import { draft, makeAdapter, uniqueKey } from './helpers.js';

/* The embedded adapter's leaderboard: activity read from the state, opt-outs under either policy, badges announced once, a version 4 state migrated. */

const allTime: BoardQuery = { period: 'all', metric: 'points', scope: 'people', teamScore: 'total', limit: 100 };
const scoreOf = async (adapter: ReturnType<typeof makeAdapter>, id: string) =>
  (await adapter.leaderboard.getBoard(allTime)).rows.find((r) => r.entrant.id === id)?.score ?? 0;

describe('memory adapter: the leaderboard', () => {
  it('counts a public kudos for its giver and recipient, and leaves a private one out', async () => {
    const adapter = makeAdapter({ userId: 'p-01' });
    const [giver, recipient] = [await scoreOf(adapter, 'p-01'), await scoreOf(adapter, 'p-02')];
    await adapter.kudos.giveKudos(draft({ recipientIds: ['p-02'], visibility: 'private' }), { idempotencyKey: 'private' });
    expect(await scoreOf(adapter, 'p-01')).to.equal(giver);
    await adapter.kudos.giveKudos(draft({ recipientIds: ['p-02'], visibility: 'public' }), { idempotencyKey: 'public' });
    expect(await scoreOf(adapter, 'p-01')).to.equal(giver + DEFAULT_POINTS['kudos-given']);
    expect(await scoreOf(adapter, 'p-02')).to.equal(recipient + DEFAULT_POINTS['kudos-received']);
  });

  it('shows a person who opted out under a pseudonym to others, by name to themselves, and by name again once back in', async () => {
    const storageKey = uniqueKey();
    const me = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    const other = makeAdapter({ storageKey, persist: true, userId: 'p-02' });
    const before = (await other.leaderboard.getBoard(allTime)).rows.find((r) => r.entrant.id === 'p-01')!;
    expect((await me.leaderboard.setOptOut(true)).optedOut).to.equal(true);
    const seen = await other.leaderboard.getBoard(allTime);
    expect(seen.rows.some((r) => r.entrant.id === 'p-01')).to.equal(false);
    const hidden = seen.rows.find((r) => r.entrant.pseudonym && r.score === before.score)!;
    expect(hidden.entrant.name).to.equal('');
    expect(hidden.badges).to.deep.equal([]);
    const mine = (await me.leaderboard.getBoard(allTime)).rows.find((r) => r.isMe)!;
    expect(mine.entrant.name).to.equal(before.entrant.name);
    expect((await me.leaderboard.getBoard(allTime)).meOptedOut).to.equal(true);
    await me.leaderboard.setOptOut(false);
    expect((await other.leaderboard.getBoard(allTime)).rows.find((r) => r.entrant.id === 'p-01')?.entrant.name).to.equal(before.entrant.name);
  });

  it('leaves a person who opted out off the board when the policy is hide', async () => {
    const adapter = makeAdapter({ userId: 'p-01', leaderboard: { optOutPolicy: 'hide' } });
    const before = await adapter.leaderboard.getBoard(allTime);
    await adapter.leaderboard.setOptOut(true);
    const after = await adapter.leaderboard.getBoard(allTime);
    expect(after.total).to.equal(before.total - 1);
    expect(after.rows.some((r) => r.isMe || r.entrant.pseudonym)).to.equal(false);
    expect(after.me).to.equal(null);
    expect((await adapter.leaderboard.getMySummary()).rank).to.equal(null);
  });

  it('announces each badge once: marked keys are no longer unannounced, also after a reload', async () => {
    const storageKey = uniqueKey();
    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    const summary = await adapter.leaderboard.getMySummary();
    expect(summary.badges.length).to.be.above(0);
    expect(summary.unannounced).to.deep.equal(summary.badges.map((b) => b.key));
    const [first, ...rest] = summary.unannounced;
    expect((await adapter.leaderboard.markBadgesAnnounced([first!, 'not-a-badge'])).unannounced).to.deep.equal(rest);
    const reloaded = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    expect((await reloaded.leaderboard.getMySummary()).unannounced).to.deep.equal(rest);
  });

  it('keeps what a version 4 state holds and starts with nobody opted out', async () => {
    const storageKey = uniqueKey();
    const { leaderboard: _leaderboard, ...current } = seedState(Date.now());
    localStorage.setItem(storageKey, JSON.stringify({ ...current, version: 4, rev: 7 }));
    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    expect((await adapter.leaderboard.getMySummary()).optedOut).to.equal(false);
    const saved = JSON.parse(localStorage.getItem(storageKey)!) as MemoryState;
    expect(saved.version).to.equal(STATE_VERSION);
    expect(saved.rev).to.equal(7);
    expect(saved.leaderboard.optedOut).to.deep.equal([]);
  });
});
