import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { NetworkError } from '../../../src/core/errors.js';
import type { KudosLiveEvent } from '../../../src/core/live.js';
import { deepQueryAll, waitFor } from '../../support.js';
import { cards, wallWith } from './helpers.js';

/*
 * Reactions under jitter: answers and retried requests arrive out of order. What the user clicked
 * last is what the card shows and what the backend keeps.
 */

/**
 * An adapter whose reaction requests each wait at a gate until the test lets them reach the
 * backend: `gates` holds the waiting ones' releases; `started` and `finished` count requests.
 */
function gatedAdapter() {
  const adapter = new MemoryAdapter({ persist: false, latency: 0 });
  const real = adapter.kudos.setReaction.bind(adapter.kudos);
  const gated = { adapter, gates: [] as Array<() => void>, started: 0, finished: 0 };
  adapter.kudos.setReaction = async (...args) => {
    gated.started++;
    await new Promise<void>((release) => gated.gates.push(release));
    try {
      return await real(...args);
    } finally {
      gated.finished++;
    }
  };
  return gated;
}

describe('<chorus-kudos-wall> reactions out of order', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the last click when the first request reaches the backend after the second', async () => {
    const gated = gatedAdapter();
    const { adapter, gates } = gated;
    const wall = await wallWith(adapter);
    const card = cards(wall)[0]!;
    const button = deepQueryAll<HTMLButtonElement>(card, 'button.reaction').find((b) => b.getAttribute('aria-pressed') === 'false')!;
    const emoji = [...(await adapter.kudos.listKudos({ limit: 1 })).items[0]!.reactions].find((r) => !r.mine && button.textContent!.includes(r.emoji))!.emoji;
    const id = (await adapter.kudos.listKudos({ limit: 1 })).items[0]!.id;

    button.click(); // on
    await waitFor(() => button.getAttribute('aria-pressed') === 'true');
    button.click(); // off: the user's last word
    await waitFor(() => button.getAttribute('aria-pressed') === 'false');

    // Jitter: whatever is waiting reaches the backend newest first, until nothing is left.
    for (;;) {
      await waitFor(() => gates.length > 0 || (gated.started > 0 && gated.started === gated.finished), 'a request or the end');
      if (!gates.length) break;
      for (const release of gates.splice(0).reverse()) release();
      await waitFor(() => gated.finished + gates.length === gated.started, 'released requests answered');
    }
    await (wall as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const kept = (await adapter.kudos.getKudos(id)).reactions.find((r) => r.emoji === emoji);
    expect(kept?.mine ?? false, 'the backend keeps the last click').to.equal(false);
    expect(button.getAttribute('aria-pressed'), 'the card shows the last click').to.equal('false');
  });

  it('shows what the backend kept when every answer was lost after the write, and says nothing failed', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const real = adapter.kudos.setReaction.bind(adapter.kudos);
    // The write is done each time; its answer never arrives.
    adapter.kudos.setReaction = async (...args) => {
      await real(...args);
      throw new NetworkError();
    };
    const wall = await wallWith(adapter);
    const card = cards(wall)[0]!;
    const button = deepQueryAll<HTMLButtonElement>(card, 'button.reaction').find((b) => b.getAttribute('aria-pressed') === 'false')!;
    button.click();
    await waitFor(() => button.getAttribute('aria-pressed') === 'true');
    // The call failed: the card asks the backend, finds the reaction kept, and keeps showing it.
    await new Promise((r) => setTimeout(r, 100));
    await waitFor(() => button.getAttribute('aria-pressed') === 'true');
    expect(deepQueryAll(wall, '.notice.error'), 'no failure is reported for a reaction that was kept').to.have.length(0);
    const id = (await adapter.kudos.listKudos({ limit: 1 })).items[0]!.id;
    const mine = (await adapter.kudos.getKudos(id)).reactions.filter((r) => r.mine).map((r) => r.emoji);
    expect(mine.some((emoji) => button.textContent!.includes(emoji))).to.equal(true);
  });

  it('goes back to what the backend has, and says so, when a reaction could not be saved', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    adapter.kudos.setReaction = () => Promise.reject(new NetworkError());
    const wall = await wallWith(adapter);
    const card = cards(wall)[0]!;
    const button = deepQueryAll<HTMLButtonElement>(card, 'button.reaction').find((b) => b.getAttribute('aria-pressed') === 'false')!;
    button.click();
    const notice = await waitFor(() => deepQueryAll(wall, '.notice.error')[0]);
    expect(notice.textContent).to.include('Your reaction couldn’t be saved.');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('keeps a click on its way when a live update written before it arrives, and a second click undoes it', async () => {
    const gated = gatedAdapter();
    const { adapter, gates } = gated;
    // The wall's live listener, to hand it an update as a backend would, late.
    let deliver: ((event: KudosLiveEvent) => void) | undefined;
    const subscribe = adapter.live.subscribe.bind(adapter.live);
    adapter.live.subscribe = ((topic, listener) => {
      if (topic === 'kudos') deliver = listener as (event: KudosLiveEvent) => void;
      return subscribe(topic, listener);
    }) as typeof adapter.live.subscribe;
    const wall = await wallWith(adapter);
    const id = (await adapter.kudos.listKudos({ limit: 1 })).items[0]!.id;
    const button = deepQueryAll<HTMLButtonElement>(cards(wall)[0]!, 'button.reaction').find((b) => b.getAttribute('aria-pressed') === 'false')!;
    const before = await adapter.kudos.getKudos(id);

    button.click();
    await waitFor(() => gates.length === 1, 'the request on its way');
    expect(deliver, 'the wall listens live').to.be.a('function');
    // The backend's state from before the click arrives live (a write by someone else, dispatched late).
    deliver!({ topic: 'kudos', type: 'updated', kudos: { ...before, message: `${before.message} (edited)` } });
    await (wall as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(cards(wall)[0]!.textContent, 'the live update is shown').to.include('(edited)');
    expect(button.getAttribute('aria-pressed'), 'and the click on its way still shows').to.equal('true');

    button.click(); // the user's second click undoes the first, as the card showed it
    for (let answered = 1; answered <= 2; answered++) {
      await waitFor(() => gates.length > 0, 'a request');
      gates.shift()!();
      await waitFor(() => gated.finished === answered, 'its answer');
    }
    await waitFor(() => gates.length === 0 && button.getAttribute('aria-pressed') === 'false', 'settled');
    const kept = (await adapter.kudos.getKudos(id)).reactions.filter((r) => r.mine && button.textContent!.includes(r.emoji));
    expect(kept, 'the backend keeps the last click').to.have.length(0);
    expect(deepQueryAll(wall, '.notice.error')).to.have.length(0);
  });
});
