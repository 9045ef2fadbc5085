import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { deepQueryAll, waitFor } from '../../support.js';
import { cards, wallWith } from './helpers.js';

/*
 * Reactions under jitter: answers and retried requests arrive out of order. What the user clicked
 * last is what the card shows and what the backend keeps.
 */

describe('<chorus-kudos-wall> reactions out of order', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the last click when the first request reaches the backend after the second', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const real = adapter.kudos.setReaction.bind(adapter.kudos);
    const gates: Array<() => void> = [];
    let started = 0;
    let finished = 0;
    // Each request waits at the gate until the test lets it reach the backend.
    adapter.kudos.setReaction = async (...args) => {
      started++;
      await new Promise<void>((release) => gates.push(release));
      try {
        return await real(...args);
      } finally {
        finished++;
      }
    };
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
      await waitFor(() => gates.length > 0 || (started > 0 && started === finished), 'a request or the end');
      if (!gates.length) break;
      for (const release of gates.splice(0).reverse()) release();
      await waitFor(() => finished + gates.length === started, 'released requests answered');
    }
    await (wall as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const kept = (await adapter.kudos.getKudos(id)).reactions.find((r) => r.emoji === emoji);
    expect(kept?.mine ?? false, 'the backend keeps the last click').to.equal(false);
    expect(button.getAttribute('aria-pressed'), 'the card shows the last click').to.equal('false');
  });
});
