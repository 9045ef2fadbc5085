import { expect } from '@open-wc/testing';
import type { KudosLiveEvent } from '../../../src/core/live.js';
import { draft, idem, makeAdapter, uniqueKey, until } from './helpers.js';
import { MapStorage } from '../../../src/adapters/memory/map-storage.js';

function record(adapter: ReturnType<typeof makeAdapter>): KudosLiveEvent[] {
  const events: KudosLiveEvent[] = [];
  adapter.live!.subscribe('kudos', (e) => events.push(e));
  return events;
}

const idOf = (e: KudosLiveEvent) => (e.type === 'deleted' ? e.id : e.type === 'reset' ? '' : e.kudos.id);

describe('memory adapter: a custom storage', () => {
  it('persists into it, not into localStorage, and does not remember the user in sessionStorage', async () => {
    const storage = new MapStorage();
    const storageKey = uniqueKey();
    const adapter = makeAdapter({ storage, storageKey, persist: true, userId: 'p-01' });
    const given = await adapter.kudos!.giveKudos(draft(), idem());
    adapter.setCurrentUser('p-05');
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect(sessionStorage.getItem(`${storageKey}:user`)).to.equal(null);
    expect(storage.getItem(storageKey)).to.contain(given.id);
    const reloaded = makeAdapter({ storage, storageKey, persist: true });
    expect((await reloaded.kudos!.listKudos({ limit: 1 })).items[0]!.id).to.equal(given.id);
  });

  it("makes adapters sharing it behave as tabs: each one's live events are computed for its own user", async () => {
    const storage = new MapStorage();
    const storageKey = uniqueKey();
    const a = makeAdapter({ storage, storageKey, persist: true, userId: 'p-01' });
    const b = makeAdapter({ storage, storageKey, persist: true, userId: 'p-03' });
    const c = makeAdapter({ storage, storageKey, persist: true, userId: 'p-08' });
    const other = makeAdapter({ storage: new MapStorage(), storageKey, persist: true, userId: 'p-03' });
    const [bHears, cHears, otherHears] = [record(b), record(c), record(other)];

    // A private kudos from A to C reaches C, not B.
    const secret = await a.kudos!.giveKudos(draft({ recipientIds: ['p-08'], visibility: 'private' }), idem());
    await until(() => cHears.some((e) => e.type === 'created' && e.kudos.id === secret.id));
    // A public kudos after it: once B has it, B would have had the private one too.
    const open = await a.kudos!.giveKudos(draft({ recipientIds: ['p-08'] }), idem());
    await until(() => bHears.some((e) => e.type === 'created' && e.kudos.id === open.id));
    expect(bHears.filter((e) => idOf(e) === secret.id)).to.deep.equal([]);
    expect((await b.kudos!.listKudos({ limit: 5 })).items.map((k) => k.id))
      .to.include(open.id)
      .and.not.include(secret.id);

    // A's reaction reaches B as B sees it: not B's own.
    await a.kudos!.setReaction(open.id, '🚀', true);
    await until(() => bHears.some((e) => e.type === 'updated' && e.kudos.id === open.id));
    const update = bHears.find((e) => e.type === 'updated' && e.kudos.id === open.id)!;
    expect(update.type === 'updated' && update.kudos.reactions.find((r) => r.emoji === '🚀')).to.include({ count: 1, mine: false });
    // B's own reaction is B's.
    await b.kudos!.setReaction(open.id, '🚀', true);
    await until(() => bHears.some((e) => e.type === 'updated' && e.kudos.reactions.some((r) => r.emoji === '🚀' && r.count === 2)));
    const own = bHears.findLast((e) => e.type === 'updated' && e.kudos.id === open.id)!;
    expect(own.type === 'updated' && own.kudos.reactions.find((r) => r.emoji === '🚀')).to.include({ count: 2, mine: true });

    // Another storage with the same key is another world: it heard nothing.
    await new Promise((r) => setTimeout(r, 50));
    expect(otherHears).to.deep.equal([]);
    expect((await other.kudos!.listKudos({ limit: 5 })).items.map((k) => k.id)).not.to.include(open.id);
  });

  it('stops syncing a disposed adapter', async () => {
    const storage = new MapStorage();
    const storageKey = uniqueKey();
    const a = makeAdapter({ storage, storageKey, persist: true, userId: 'p-01' });
    const b = makeAdapter({ storage, storageKey, persist: true, userId: 'p-03' });
    const events: KudosLiveEvent[] = [];
    b.live!.subscribe('kudos', (e) => events.push(e));
    b.dispose();
    await a.kudos!.giveKudos(draft(), idem());
    await new Promise((r) => setTimeout(r, 50));
    expect(events).to.deep.equal([]);
  });
});
