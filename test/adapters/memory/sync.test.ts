import { expect } from '@open-wc/testing';
import { NetworkError } from '../../../src/core/errors.js';
import type { KudosLiveEvent } from '../../../src/core/live.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import { draft, idem, makeAdapter, uniqueKey, until } from './helpers.js';

function record(adapter: ReturnType<typeof makeAdapter>): KudosLiveEvent[] {
  const events: KudosLiveEvent[] = [];
  adapter.live!.subscribe('kudos', (e) => events.push(e));
  return events;
}

const stored = (key: string) => JSON.parse(localStorage.getItem(key)!) as MemoryState;
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('memory adapter: persistence', () => {
  it('keeps what the user did across a reload (a new instance with the same storageKey)', async () => {
    const storageKey = uniqueKey();
    const before = makeAdapter({ storageKey, persist: true });
    const given = await before.kudos!.giveKudos(draft(), idem());
    await before.kudos!.setReaction(given.id, '🚀', true);
    before.dispose();
    const after = makeAdapter({ storageKey, persist: true });
    const { items } = await after.kudos!.listKudos({ limit: 1 });
    expect(items[0]).to.deep.equal({
      ...given,
      reactions: [{ emoji: '🚀', count: 1, mine: true, people: [{ id: 'p-01', name: 'Chloé Dubois' }] }],
    });
    expect(stored(storageKey).version).to.equal(STATE_VERSION);
  });

  it('remembers "sign in as" for this tab across a reload, unless userId is given', () => {
    const storageKey = uniqueKey();
    makeAdapter({ storageKey, persist: true }).setCurrentUser('p-05');
    expect(makeAdapter({ storageKey, persist: true }).currentUserId).to.equal('p-05');
    expect(makeAdapter({ storageKey, persist: true, userId: 'p-07' }).currentUserId).to.equal('p-07');
  });

  it('uses chorus:memory:v1 by default and writes nothing with persist: false', async () => {
    expect(makeAdapter().storageKey).to.equal('chorus:memory:v1');
    const storageKey = uniqueKey();
    const adapter = makeAdapter({ storageKey, persist: false });
    const k = await adapter.kudos!.giveKudos(draft(), idem());
    adapter.setCurrentUser('p-04');
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect(sessionStorage.getItem(`${storageKey}:user`)).to.equal(null);
    const reloaded = makeAdapter({ storageKey });
    expect(reloaded.currentUserId).to.equal('p-01');
    expect((await reloaded.kudos!.listKudos({ limit: 1 })).items[0]!.id).not.to.equal(k.id);
  });

  it('reseeds when the stored shape is from another version or unreadable', async () => {
    for (const old of [JSON.stringify({ version: STATE_VERSION - 1, rev: 9, kudos: [] }), '{not json']) {
      const storageKey = uniqueKey();
      localStorage.setItem(storageKey, old);
      const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-29' });
      const page = await adapter.kudos!.listKudos({ limit: 100 });
      expect(page.items).to.have.length(100);
      expect(stored(storageKey).version).to.equal(STATE_VERSION);
    }
  });

  it('falls back to memory when storage is full or unavailable', async () => {
    const setItem = Storage.prototype.setItem;
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // Full from the start: the probe fails, the adapter works in memory.
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const storageKey = uniqueKey();
      const adapter = makeAdapter({ storageKey, persist: true });
      const k = await adapter.kudos!.giveKudos(draft(), idem());
      expect((await adapter.kudos!.listKudos({ limit: 1 })).items[0]!.id).to.equal(k.id);

      // Full later: the write fails loudly and nothing is kept (a success a reload would undo is
      // worse); once there is room again, the same send succeeds.
      Storage.prototype.setItem = setItem;
      const laterKey = uniqueKey();
      const later = makeAdapter({ storageKey: laterKey, persist: true });
      const before = (await later.kudos!.listKudos({ limit: 1 })).items[0]!.id;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const key = idem();
      let refused: unknown;
      await later.kudos!.giveKudos(draft(), key).catch((error: unknown) => (refused = error));
      expect(refused).to.be.instanceOf(NetworkError);
      expect((await later.kudos!.listKudos({ limit: 1 })).items[0]!.id).to.equal(before);
      Storage.prototype.setItem = setItem;
      const k2 = await later.kudos!.giveKudos(draft(), key);
      expect((await later.kudos!.listKudos({ limit: 1 })).items[0]).to.deep.include({ id: k2.id });
      expect(warnings, 'a refused write is an error, not a warning').to.have.length(0);
    } finally {
      Storage.prototype.setItem = setItem;
      console.warn = warn;
    }
  });

  it('reset() brings back the seeded data', async () => {
    const adapter = makeAdapter();
    const k = await adapter.kudos!.giveKudos(draft(), idem());
    adapter.reset();
    const { items } = await adapter.kudos!.listKudos({ limit: 100 });
    expect(items.some((x) => x.id === k.id)).to.equal(false);
    expect(items[0]!.id).to.match(/^k-\d{4}$/);
  });
});

describe('memory adapter: live events', () => {
  it('tells local subscribers about created, updated and deleted kudos', async () => {
    const adapter = makeAdapter();
    const events = record(adapter);
    const k = await adapter.kudos!.giveKudos(draft(), idem());
    expect(events).to.deep.equal([{ topic: 'kudos', type: 'created', kudos: k }]);
    const reacted = await adapter.kudos!.setReaction(k.id, '🙌', true);
    expect(events[1]).to.deep.equal({ topic: 'kudos', type: 'updated', kudos: reacted });
    await adapter.kudos!.addComment(k.id, 'Nice one!', idem());
    expect(events[2]).to.deep.include({ type: 'updated' });
    expect((events[2] as { kudos: { commentCount: number } }).kudos.commentCount).to.equal(1);
    await adapter.kudos!.deleteKudos(k.id);
    expect(events[3]).to.deep.equal({ topic: 'kudos', type: 'deleted', id: k.id });
    expect(events).to.have.length(4);
  });

  it('stays quiet when nothing changed for the viewer', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.kudos!.giveKudos(draft(), idem());
    await adapter.kudos!.setReaction(id, '🙌', true);
    const events = record(adapter);
    await adapter.kudos!.setReaction(id, '🙌', true);
    adapter.setCurrentUser('p-09');
    await adapter.kudos!.reportKudos(id, 'spam');
    // Reporting changes only the reporter's view (reportedByMe); this adapter is now theirs.
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.include({ type: 'updated' });
    expect((events[0] as Extract<KudosLiveEvent, { type: 'updated' }>).kudos.reportedByMe).to.equal(true);
    await adapter.kudos!.reportKudos(id, 'again');
    expect(events).to.have.length(1);
  });

  it('gives each listener its own copy and stops after unsubscribe', async () => {
    const adapter = makeAdapter();
    const a: KudosLiveEvent[] = [];
    const b: KudosLiveEvent[] = [];
    const stopA = adapter.live!.subscribe('kudos', (e) => {
      if (e.type === 'created') e.kudos.message = 'changed by a';
      a.push(e);
    });
    adapter.live!.subscribe('kudos', (e) => b.push(e));
    const k = await adapter.kudos!.giveKudos(draft(), idem());
    expect(b[0]).to.deep.equal({ topic: 'kudos', type: 'created', kudos: k });
    stopA();
    await adapter.kudos!.giveKudos(draft(), idem());
    expect(a).to.have.length(1);
    expect(b).to.have.length(2);
  });

  it('does not link two in-memory adapters', async () => {
    const storageKey = uniqueKey();
    const one = makeAdapter({ storageKey });
    const two = makeAdapter({ storageKey });
    const events = record(two);
    const k = await one.kudos!.giveKudos(draft(), idem());
    await pause();
    expect(events).to.deep.equal([]);
    expect((await two.kudos!.listKudos({ limit: 1 })).items[0]!.id).not.to.equal(k.id);
  });
});

describe('memory adapter: tabs of the same page', () => {
  /* Two adapters with the same storageKey stand for two tabs: each has its own BroadcastChannel
     object, and a channel delivers to every other object with its name, even in the same page.
     (The storage event only fires in other documents, so these tests exercise the channel.) */
  function twoTabs(userA = 'p-01', userB = 'p-02') {
    const storageKey = uniqueKey();
    const a = makeAdapter({ storageKey, persist: true, userId: userA });
    const b = makeAdapter({ storageKey, persist: true, userId: userB });
    return { a, b, storageKey };
  }

  it('emits a kudos given in one tab to the other tab’s subscribers', async () => {
    const { a, b } = twoTabs();
    const inB = record(b);
    const k = await a.kudos!.giveKudos(draft({ recipientIds: ['p-03', 'p-02'] }), idem());
    await until(() => inB.length > 0);
    expect(inB).to.deep.equal([{ topic: 'kudos', type: 'created', kudos: k }]);
    expect((await b.kudos!.listKudos({ limit: 1 })).items[0]).to.deep.equal(k);
  });

  it('computes events for the receiving tab’s user (mine, reportedByMe)', async () => {
    const { a, b } = twoTabs();
    const inA = record(a);
    const inB = record(b);
    const k = await a.kudos!.giveKudos(draft(), idem());
    await b.kudos!.setReaction(k.id, '🎉', true);
    // Both tabs have heard the kudos and B's reaction (created, updated) before the checks start.
    await until(() => inA.length >= 2 && inB.length >= 2);
    inA.length = 0;
    inB.length = 0;
    await a.kudos!.setReaction(k.id, '🎉', true);
    await until(() => inB.length > 0);
    const seenByA = inA[0] as Extract<KudosLiveEvent, { type: 'updated' }>;
    const seenByB = inB[0] as Extract<KudosLiveEvent, { type: 'updated' }>;
    expect(seenByA.kudos.reactions[0]).to.deep.include({ emoji: '🎉', count: 2, mine: true });
    expect(seenByB.kudos.reactions[0]).to.deep.include({ emoji: '🎉', count: 2, mine: true });
    await b.kudos!.setReaction(k.id, '🎉', false);
    await until(() => inA.length > 1);
    expect((inA[1] as typeof seenByA).kudos.reactions[0]).to.deep.include({ count: 1, mine: true });
    expect((inB[1] as typeof seenByB).kudos.reactions[0]).to.deep.include({ count: 1, mine: false });
    // Someone else's report changes nothing A can see: no event for A.
    await b.kudos!.reportKudos(k.id, 'spam');
    await until(() => inB.length > 2);
    expect((inB[2] as typeof seenByB).kudos.reportedByMe).to.equal(true);
    await pause();
    expect(inA).to.have.length(2);
  });

  it('carries comments and deletes to the other tab', async () => {
    const { a, b } = twoTabs();
    const inB = record(b);
    const k = await a.kudos!.giveKudos(draft(), idem());
    // Wait for the kudos itself to reach B (a fixed pause lost the race on a busy machine).
    await until(() => inB.length > 0);
    inB.length = 0;
    await a.kudos!.addComment(k.id, 'Agreed, great work.', idem());
    await until(() => inB.length > 0);
    expect(inB[0]).to.deep.include({ type: 'updated' });
    expect((await b.kudos!.listComments(k.id)).map((c) => c.message)).to.deep.equal(['Agreed, great work.']);
    await a.kudos!.deleteKudos(k.id);
    await until(() => inB.length > 1);
    expect(inB[1]).to.deep.equal({ topic: 'kudos', type: 'deleted', id: k.id });
  });

  it('does not emit a private kudos to a user who may not see it', async () => {
    const { a, b } = twoTabs('p-01', 'p-04');
    const inB = record(b);
    const k = await a.kudos!.giveKudos(draft({ visibility: 'private', recipientIds: ['p-03'] }), idem());
    await a.kudos!.setReaction(k.id, '👏', true);
    await a.kudos!.deleteKudos(k.id);
    await pause(100);
    expect(inB).to.deep.equal([]);

    b.setCurrentUser('p-03');
    const k2 = await a.kudos!.giveKudos(draft({ visibility: 'private', recipientIds: ['p-03'] }), idem());
    await until(() => inB.length > 0);
    expect(inB[0]).to.deep.equal({ topic: 'kudos', type: 'created', kudos: k2 });
  });

  it('applies writes from both tabs without losing either', async () => {
    const { a, b, storageKey } = twoTabs();
    const fromA = await a.kudos!.giveKudos(draft(), idem());
    const fromB = await b.kudos!.giveKudos(draft({ recipientIds: ['p-05'] }), idem());
    await pause();
    for (const tab of [a, b, makeAdapter({ storageKey, persist: true })]) {
      const ids = (await tab.kudos!.listKudos({ limit: 2 })).items.map((k) => k.id);
      expect(ids).to.deep.equal([fromB.id, fromA.id]);
    }
  });

  it('announces a reset to the other tab', async () => {
    const { a, b } = twoTabs();
    const k = await a.kudos!.giveKudos(draft(), idem());
    await pause();
    const inB = record(b);
    b.reset();
    const inA: KudosLiveEvent[] = record(a);
    await until(() => inA.some((e) => e.type === 'deleted'));
    expect(inA.find((e) => e.type === 'deleted')).to.deep.equal({ topic: 'kudos', type: 'deleted', id: k.id });
    expect(inB.some((e) => e.type === 'deleted')).to.equal(true);
    expect((await a.kudos!.listKudos({ limit: 100 })).items.some((x) => x.id === k.id)).to.equal(false);
  });

  it('also follows the storage event, for browsers without BroadcastChannel', async () => {
    const storageKey = uniqueKey();
    const tab = makeAdapter({ storageKey, persist: true });
    const events = record(tab);
    // Another tab's write, as the storage event reports it: newer revision, one more reaction.
    const state = stored(storageKey);
    state.rev += 1;
    state.kudos[0]!.reactions.push({ emoji: '😂', personId: 'p-20' });
    localStorage.setItem(storageKey, JSON.stringify(state));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey }));
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.include({ type: 'updated' });
    const reactions = (events[0] as Extract<KudosLiveEvent, { type: 'updated' }>).kudos.reactions;
    expect(reactions.find((r) => r.emoji === '😂')!.people[0]).to.deep.equal({ id: 'p-20', name: 'Mei-Ling Chen' });
  });
});
