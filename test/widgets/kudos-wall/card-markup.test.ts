import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { deepQueryAll, textOf, waitFor } from '../../support.js';

/*
 * A wall may show hundreds of cards: template formatting (newlines and indentation between tags)
 * must not reach the DOM, where it was a third of the wall's nodes. The spaces a reader sees
 * between words ("Ana → Chloé") are single spaces and stay.
 */

const cards = (wall: Element) => deepQueryAll<HTMLElement>(wall, 'article.card');

function formattingText(root: Node): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^\s*$/.test(node.nodeValue!) && node.nodeValue !== ' ') found.push(JSON.stringify(node.nodeValue));
  }
  return found;
}

describe('<chorus-kudos-wall> card markup', () => {
  beforeEach(() => sessionStorage.clear());

  it('puts no template formatting into a card, and keeps the spaces between words', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    // A moderator sees private kudos and a Delete button on every card: the fullest cards.
    const moderator = adapter.listUsers().find((u) => u.roles.includes('moderator'))!;
    adapter.setCurrentUser(moderator.id);
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="20"></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length === 20, 'first page shown');
    for (const card of cards(wall)) expect(formattingText(card), card.id).to.deep.equal([]);
    const title = cards(wall)[0]!.querySelector('.title')!;
    expect(textOf(title)).to.match(/\S → \S/);
  });
});
