import { expect } from '@open-wc/testing';
import { MapStorage } from '../../../src/adapters/memory/map-storage.js';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import type { LiveEvent } from '../../../src/core/live.js';
import { draft, makeAdapter, uniqueKey } from './helpers.js';

/*
 * The embedded adapter's moderation beyond the conformance suite: the upgrade of a stored demo,
 * the live events that make a hidden kudos leave open walls and come back, the reports threshold
 * as an option, and the queue's live event (moderators only).
 */

const MODERATOR = 'p-29';

/** Three adapters sharing one Storage, like tabs of three users: each one's live events are its user's. */
function tabs(options: Parameters<typeof makeAdapter>[0] = {}) {
  const storageKey = uniqueKey();
  const storage = new MapStorage();
  const as = (userId: string) => makeAdapter({ storage, storageKey, persist: true, userId, ...options });
  return { author: as('p-01'), viewer: as('p-02'), moderator: as(MODERATOR) };
}

function recorder(adapter: ReturnType<typeof makeAdapter>, topic: 'kudos' | 'moderation'): LiveEvent[] {
  const events: LiveEvent[] = [];
  adapter.live.subscribe(topic, (event) => events.push(event));
  return events;
}

describe('memory adapter: moderation', () => {
  it('upgrades a version 6 state, keeping what people did, with no decisions yet', async () => {
    const storageKey = uniqueKey();
    const { moderation: _m, ...current } = seedState(Date.now());
    localStorage.setItem(storageKey, JSON.stringify({ ...current, version: 6, rev: 4 }));
    const adapter = makeAdapter({ storageKey, persist: true, userId: MODERATOR });
    const queue = await adapter.moderation.listQueue();
    expect(queue.items.length).to.be.greaterThan(0);
    expect(queue.items.every((i) => i.state === 'open')).to.equal(true);
    const saved = JSON.parse(localStorage.getItem(storageKey)!) as MemoryState;
    expect(saved.version).to.equal(STATE_VERSION);
    expect(saved.rev).to.equal(4);
    expect(saved.moderation).to.deep.equal({});
  });

  it('hiding removes the kudos live from other walls and marks it on its author’s; restoring brings it back', async () => {
    const { author, viewer, moderator } = tabs();
    const kudos = await author.kudos.giveKudos(draft({ recipientIds: ['p-03'] }), { idempotencyKey: 'h1' });
    await viewer.kudos.reportKudos(kudos.id, 'Not appropriate.');
    const seenByViewer = recorder(viewer, 'kudos');
    const seenByAuthor = recorder(author, 'kudos');
    await moderator.moderation.moderate({ kind: 'kudos', id: kudos.id }, 'hide', 'Not for the wall.');
    expect(seenByViewer).to.deep.include({ topic: 'kudos', type: 'deleted', id: kudos.id });
    const update = seenByAuthor.find((e) => e.topic === 'kudos' && e.type === 'updated');
    expect(update && 'kudos' in update && update.kudos.hidden).to.deep.equal({ reason: 'Not for the wall.' });

    seenByViewer.length = 0;
    await moderator.moderation.moderate({ kind: 'kudos', id: kudos.id }, 'restore', 'Fine after all.');
    const back = seenByViewer.find((e) => e.topic === 'kudos' && e.type === 'created');
    expect(back && 'kudos' in back && back.kudos.id).to.equal(kudos.id);
  });

  it('hides after the configured number of reports (autoHideReports)', async () => {
    const { author, viewer, moderator } = tabs({ moderation: { autoHideReports: 1 } });
    const kudos = await author.kudos.giveKudos(draft({ recipientIds: ['p-03'] }), { idempotencyKey: 'a1' });
    await viewer.kudos.reportKudos(kudos.id, 'Spam.');
    expect((await viewer.kudos.listKudos({ limit: 50 })).items.some((k) => k.id === kudos.id)).to.equal(false);
    expect((await author.kudos.getKudos(kudos.id)).hidden).to.deep.equal({ reason: '' });
    const [item] = (await moderator.moderation.listQueue({ state: 'hidden' })).items.filter((i) => i.ref.id === kudos.id);
    expect(item?.history.map((h) => h.action)).to.deep.equal(['auto-hide']);
  });

  it('tells moderators, and only them, that the queue changed', async () => {
    const { author, viewer, moderator } = tabs();
    const kudos = await author.kudos.giveKudos(draft({ recipientIds: ['p-03'] }), { idempotencyKey: 'l1' });
    const forModerator = recorder(moderator, 'moderation');
    const forEmployee = recorder(author, 'moderation');
    await viewer.kudos.reportKudos(kudos.id, 'Live.');
    expect(forModerator).to.deep.equal([{ topic: 'moderation', type: 'changed' }]);
    expect(forEmployee).to.deep.equal([]);
  });
});
