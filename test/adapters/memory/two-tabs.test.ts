import { expect } from '@open-wc/testing';
import { MapStorage } from '../../../src/adapters/memory/map-storage.js';
import { draft, idem, makeAdapter, uniqueKey } from './helpers.js';

/*
 * Finding 15: two tabs writing at once. Each browser process keeps its own copy of localStorage
 * and hears of the other's writes a moment later, so a tab may write on top of a state that lacks
 * the other's last write. Here each "tab" has its own copy, synced only when the test says; the
 * kudos each tab acknowledged must survive, in both tabs and after a reload.
 */

/** One tab's view of a shared localStorage: what it read last, until `sync()` (the other process's writes arriving). */
class TabStorage extends MapStorage {
  constructor(private readonly shared: Map<string, string>) {
    super();
    this.sync();
  }

  sync(): void {
    for (const [key, value] of this.shared) super.setItem(key, value);
  }

  override setItem(key: string, value: string): void {
    super.setItem(key, value);
    this.shared.set(key, value);
  }
}

describe('memory adapter: two tabs writing at once', () => {
  it('loses no acknowledged kudos when both tabs write on the same state', async () => {
    const shared = new Map<string, string>();
    const storageKey = uniqueKey();
    const tabA = new TabStorage(shared);
    const a = makeAdapter({ storage: tabA, storageKey, persist: true, userId: 'p-01' });
    const tabB = new TabStorage(shared);
    const b = makeAdapter({ storage: tabB, storageKey, persist: true, userId: 'p-05' });

    // Both write before hearing of the other: B's state lacks A's kudos, and B's write lands last.
    const fromA = await a.kudos!.giveKudos(draft({ message: 'From tab A, at the same instant.' }), idem());
    const fromB = await b.kudos!.giveKudos(draft({ message: 'From tab B, at the same instant.' }), idem());

    // The writes reach the other tab; each reads what is stored.
    tabA.sync();
    tabB.sync();
    const idsIn = async (adapter: typeof a) => (await adapter.kudos!.listKudos({ limit: 20 })).items.map((k) => k.id);
    expect(await idsIn(a), 'tab A').to.include.members([fromA.id, fromB.id]);
    tabB.sync();
    expect(await idsIn(b), 'tab B').to.include.members([fromA.id, fromB.id]);

    // And after a reload (what storage holds).
    const reloaded = makeAdapter({ storage: new TabStorage(shared), storageKey, persist: true, userId: 'p-07' });
    expect(await idsIn(reloaded), 'after a reload').to.include.members([fromA.id, fromB.id]);
  });
});
