import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import { deepQuery, deepQueryAll, waitFor } from '../../support.js';

/*
 * A long wall renders only the cards in view (issue 12): the page scrolls through all of them, and
 * the DOM holds a few dozen cards however far the reader goes.
 */

/** The card of kudos `id`, if it is in the wall's DOM (messages repeat in the demo data; ids do not). */
const cardOf = (wall: Element, id: string) => deepQuery<HTMLElement>(wall, `#title-${CSS.escape(id)}`)?.closest('li') ?? undefined;

/** Scrolls the page to `y` (the end when omitted) frame after frame, as the wall grows with what it measures, until `done`. */
async function scrollUntil(done: () => unknown, y?: number): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) {
    window.scrollTo(0, y ?? document.documentElement.scrollHeight);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Cards in the wall's DOM. */
const inDom = (wall: Element) => deepQueryAll(wall, 'ul.list > li').length;

/** Once the wall is windowed and the virtualizer has laid out the first screen. */
const windowed = (wall: Element) => waitFor(() => deepQuery(wall, 'ul.list.windowed') && inDom(wall) > 0 && inDom(wall) <= 40, 'the windowed wall');

describe('<chorus-kudos-wall> windowed', () => {
  // The virtualizer measures cards in a ResizeObserver; Chromium reports a measurement that spilled
  // into the next frame as an error event, which is a notice (nothing is lost), not a failure.
  let onerror: OnErrorEventHandler;
  beforeEach(() => {
    sessionStorage.clear();
    onerror = window.onerror;
    window.onerror = (message, ...rest) =>
      typeof message === 'string' && message.includes('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest);
  });
  afterEach(() => {
    window.onerror = onerror;
    window.scrollTo(0, 0);
  });

  it('shows 100 kudos with a few dozen cards in the DOM, and the last one when scrolled to the end', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const all = (await adapter.kudos.listKudos({ limit: 100 })).items;
    expect(all.length, 'a page holds 100 kudos').to.equal(100);
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="100" no-composer></chorus-kudos-wall>`);
    await windowed(wall);
    expect(cardOf(wall, all[0]!.id), 'the newest kudos at the top').to.exist;
    expect(cardOf(wall, all.at(-1)!.id), 'the last one not yet in the DOM').to.equal(undefined);

    const last = all.at(-1)!;
    await scrollUntil(() => cardOf(wall, last.id));
    expect(cardOf(wall, last.id), 'the oldest kudos is reached by scrolling').to.exist;
    expect(inDom(wall), 'cards in the DOM at the end').to.be.within(1, 40);
    // Cards scrolled away leave nothing behind: each card in the DOM has its two markers, no more
    // (lit-html 3.3.1–3.3.3 left one per card ever removed: package.json pins 3.3.0).
    const list = deepQuery<HTMLUListElement>(wall, 'ul.list')!;
    expect(list.childNodes.length, 'nodes in the list').to.be.at.most(3 * inDom(wall) + 5);
    // Each card says where it stands in the whole wall, as the cards out of the DOM cannot.
    const lastItem = cardOf(wall, last.id)!;
    expect(lastItem.getAttribute('aria-posinset')).to.equal('100');
    expect(lastItem.getAttribute('aria-setsize'), 'more can load: the size is unknown').to.equal('-1');
  });

  it('keeps a card’s reactions working after it was scrolled away and back', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const top = (await adapter.kudos.listKudos({ limit: 1 })).items[0]!;
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="100" no-composer></chorus-kudos-wall>`);
    await windowed(wall);
    const topCard = () => cardOf(wall, top.id);
    const reaction = () => deepQueryAll<HTMLButtonElement>(topCard()!, 'button.reaction').find((b) => b.textContent!.includes(emoji));
    const emoji = top.reactions.find((r) => !r.mine)!.emoji;

    await scrollUntil(() => !topCard());
    expect(topCard(), 'the top card scrolled out of the DOM').to.equal(undefined);
    await scrollUntil(() => topCard(), 0);
    await waitFor(() => topCard() && reaction()?.getAttribute('aria-pressed') === 'false', 'the top card back');
    reaction()!.click();
    await waitFor(() => reaction()?.getAttribute('aria-pressed') === 'true', 'the reaction shown');
    for (let i = 0; i < 50 && !(await adapter.kudos.getKudos(top.id)).reactions.some((r) => r.mine && r.emoji === emoji); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(
      (await adapter.kudos.getKudos(top.id)).reactions.some((r) => r.mine && r.emoji === emoji),
      'the reaction kept',
    ).to.equal(true);
  });
});
