import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusErrorEvent } from '../../../src/core/events.js';
import { buttonNamed, fieldLabelled, nextEvent, textOf, waitFor, withBlockedSessionStorage, withoutRandomUUID } from '../../support.js';
import { cards, composerOf, messageBox, postComment, recipientPicker, pickWithKeyboard, sendKudos, wallWith } from './helpers.js';

const quiet = () => new MemoryAdapter({ persist: false, latency: 0 });

/** Pages the wall meets on real intranets: plain http, blocked storage, old renderers. */
describe('<chorus-kudos-wall> on a hostile page', () => {
  beforeEach(() => sessionStorage.clear());

  it('sends kudos and posts a comment where crypto.randomUUID is missing (plain http)', async () => {
    const restore = withoutRandomUUID();
    try {
      const wall = await wallWith(quiet());
      const given = nextEvent(wall, 'chorus-kudos-given');
      await sendKudos(wall, 'Thanks for keeping the intranet running over the holidays.');
      const { kudos } = await given;
      expect(kudos.message).to.include('intranet running');
      const commented = nextEvent(wall, 'chorus-kudos-commented');
      await postComment(wall, 'Seconded!');
      expect((await commented).comment.message).to.equal('Seconded!');
    } finally {
      restore();
    }
  });

  it('reports kudos as sent, once, where sessionStorage throws', async () => {
    const adapter = quiet();
    const wall = await wallWith(adapter);
    const restore = withBlockedSessionStorage();
    const errors: ChorusErrorEvent[] = [];
    wall.addEventListener('chorus-error', (e) => errors.push(e));
    try {
      const message = 'Your migration checklist saved the release weekend.';
      const given = nextEvent(wall, 'chorus-kudos-given');
      await sendKudos(wall, message);
      await given;
      await waitFor(() => messageBox(wall).value === '', 'composer cleared after sending');
      expect(textOf(composerOf(wall))).not.to.include('wasn’t sent');
      expect(errors.map((e) => e.operation)).to.deep.equal([]);
      expect(cards(wall).filter((c) => textOf(c).includes(message))).to.have.length(1);
      const stored = await adapter.kudos.listKudos({ limit: 50 });
      expect(stored.items.filter((k) => k.message === message)).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('keeps its internal events inside: only chorus- events reach the page', async () => {
    const wall = await wallWith(quiet());
    const leaked: string[] = [];
    const listen = (e: Event) => leaked.push(e.type);
    for (const type of ['chorus-composer-submit', 'change']) document.addEventListener(type, listen);
    try {
      const given = nextEvent(wall, 'chorus-kudos-given');
      await sendKudos(wall, 'Thank you for the calm handling of the outage call.');
      await given;
      expect(leaked).to.deep.equal([]);
    } finally {
      for (const type of ['chorus-composer-submit', 'change']) document.removeEventListener(type, listen);
    }
  });

  it('accepts a raster data:image the backends accept (data:image/webp)', async () => {
    const wall = await wallWith(quiet());
    recipientPicker(wall).focus();
    await pickWithKeyboard('a');
    const box = messageBox(wall);
    box.value = 'The new office signage is beautiful, thank you.';
    box.dispatchEvent(new Event('input'));
    buttonNamed(wall, 'Add an image')!.click();
    const url = await waitFor(() => fieldLabelled<HTMLInputElement>(composerOf(wall), 'Image or GIF address'));
    url.value = 'data:image/webp;base64,UklGRhoAAABXRUJQ';
    url.dispatchEvent(new Event('input'));
    const alt = fieldLabelled(composerOf(wall), 'Describe the image')!;
    alt.value = 'The signage';
    alt.dispatchEvent(new Event('input'));
    const given = nextEvent(wall, 'chorus-kudos-given');
    buttonNamed(wall, 'Send kudos')!.click();
    const { kudos } = await given;
    expect(kudos.image?.url).to.equal('data:image/webp;base64,UklGRhoAAABXRUJQ');
  });

  it('redraws only the card whose reaction was toggled', async () => {
    const wall = await wallWith(quiet());
    const list = wall.shadowRoot!.querySelector('ul.list')!;
    const target = cards(wall).find((c) => buttonNamed(c, 'React with'))!;
    const others = cards(wall).filter((c) => c !== target);
    const othersBefore = others.map((c) => textOf(c));
    // Two hours later: a card drawn again shows another "… ago"; one that is skipped does not.
    const realNow = Date.now;
    Date.now = () => realNow() + 2 * 3600_000;
    const changed = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target)));
    observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
    try {
      const targetBefore = textOf(target);
      buttonNamed(target, 'React with')!.click();
      await waitFor(() => textOf(target) !== targetBefore, 'the toggled card redrawn');
      await wall.updateComplete;
      observer.takeRecords().forEach((r) => changed.add(r.target));
      const outside = [...changed].filter((node) => !target.contains(node) && !target.parentNode!.isSameNode(node));
      expect(outside, 'nodes changed outside the toggled card').to.have.length(0);
      expect(others.map((c) => textOf(c))).to.deep.equal(othersBefore);
    } finally {
      observer.disconnect();
      Date.now = realNow;
    }
  });
});
