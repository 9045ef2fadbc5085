import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { LiveListeners } from '../../../src/adapter/live-listeners.js';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import { deepQueryAll, textOf, waitFor } from '../../support.js';

/*
 * Finding 12: when the backend cannot replay what a wall missed, the adapter delivers a `reset`
 * and the wall reloads what it shows. The live port here is the test's, so nothing arrives
 * but what the test sends.
 */

const cards = (wall: Element) => deepQueryAll<HTMLElement>(wall, 'article.card');

describe('<chorus-kudos-wall> after a live reset', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the kudos given while its updates were lost', async () => {
    const base = new MemoryAdapter({ persist: false, latency: 0 });
    const live = new LiveListeners();
    const adapter: ChorusAdapter = { people: base.people, me: base.me, kudos: base.kudos, live: { subscribe: (topic, listener) => live.add(topic, listener) } };
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="5"></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length === 5, 'first page');

    const [someone] = (await base.people.searchPeople('a')).filter((p) => p.id !== base.currentUserId);
    const message = `Given during the outage ${crypto.randomUUID()}`;
    await base.kudos.giveKudos(
      { recipientIds: [someone!.id], message, valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(textOf(wall)).not.to.include(message);

    live.deliver({ topic: 'kudos', type: 'reset' });
    await waitFor(() => textOf(cards(wall)[0]!).includes(message), 'reloaded, the new kudos on top');
    expect(cards(wall)).to.have.length(5);
  });
});
